/**
 * Stops the build before anything is rendered when the content folders are laid out wrongly, with a
 * message per problem. Schema errors (front matter) are reported by Astro's content layer itself.
 */
import type { AstroIntegration } from 'astro';
import { checkLanguageFolders } from '../lib/contentTree.ts';

export function contentChecks(root: string, sections: string[]): AstroIntegration {
  return {
    name: 'migrant-guide:content-checks',
    hooks: {
      'astro:config:setup': () => {
        const problems = sections.flatMap((s) => checkLanguageFolders(root, s));
        if (problems.length) {
          throw new Error(`The content has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
        }
      },
    },
  };
}
