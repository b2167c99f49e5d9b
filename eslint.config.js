// The linter: typescript-eslint's and the Astro plugin's recommended rules, nothing more, so a
// newcomer's editor and `npm run lint` agree. Formatting is Prettier's job (.prettierrc), not ESLint's.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default defineConfig(
  {
    // Built, installed and generated files, and editors' content (checked by the build, not linted).
    ignores: [
      'dist/',
      '.test-dist*/',
      '.astro/',
      '.cache/',
      'node_modules/',
      'public/',
      'content/',
    ],
  },
  tseslint.configs.recommended,
  astro.configs.recommended,
);
