/**
 * After every page exists: trims each page's CSP <meta> to its own inline code (src/lib/security/pageCsp.ts) and
 * writes `_headers` from those policies (src/lib/security/headers.ts).
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { htmlPages, urlPathOf } from '../lib/site/builtSite.ts';
import { writeFileAtomic } from '../lib/site/files.ts';
import { headersFile } from '../lib/security/headers.ts';
import { trimPageCsp } from '../lib/security/pageCsp.ts';

export function securityHeaders(base: string): AstroIntegration {
  return {
    name: 'migrant-guide:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = new Map<string, string>();
        for (const file of htmlPages(out)) {
          const html = readFileSync(file, 'utf8');
          const { html: trimmed, csp } = trimPageCsp(html);
          if (trimmed !== html) writeFileAtomic(file, trimmed);
          if (csp) pages.set(urlPathOf(out, base, file), csp);
        }
        writeFileAtomic(join(out, '_headers'), headersFile(pages, base));
        logger.info(
          `page CSPs trimmed to their own inline code; _headers written for ${pages.size} pages`,
        );
      },
    },
  };
}
