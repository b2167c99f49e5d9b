/** Writes `_headers` after the build from the CSP Astro put in each page (see src/lib/securityHeaders.ts). */
import type { AstroIntegration } from 'astro';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { htmlPages, urlPathOf } from '../lib/builtSite.ts';
import { cspFromHtml, headersFile } from '../lib/securityHeaders.ts';

export function securityHeaders(base: string): AstroIntegration {
  return {
    name: 'migrant-guide:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = new Map<string, string>();
        for (const file of htmlPages(out)) {
          const csp = cspFromHtml(readFileSync(file, 'utf8'));
          if (csp) pages.set(urlPathOf(out, base, file), csp);
        }
        const tmp = join(out, '_headers.tmp');
        writeFileSync(tmp, headersFile(pages, base));
        renameSync(tmp, join(out, '_headers'));
        logger.info(`_headers written for ${pages.size} pages`);
      },
    },
  };
}
