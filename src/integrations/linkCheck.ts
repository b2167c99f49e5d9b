/**
 * After every page is written: a link to a page that was not built stops the build, naming the page,
 * the Markdown file it comes from (for guide chapters and videos) and the link, so an editor can fix
 * a typo in a relative link before it reaches a migrant as a dead end.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrokenLinks } from '../lib/site/builtSite.ts';
import { withoutBase } from '../lib/site/routes.ts';
import { pageKind } from '../lib/site/pageKind.ts';

/** The content file a page's text comes from, if it is a chapter or a video in its own language. */
export function sourceFileOf(contentRoot: string, sitePath: string): string | undefined {
  const kind = pageKind(sitePath);
  if (kind !== 'chapter' && kind !== 'video') return undefined;
  const [lang, section, slug] = sitePath.split('/').filter(Boolean);
  const rel = `${section}/${lang}/${slug}.md`;
  return existsSync(join(contentRoot, rel)) ? `content/${rel}` : undefined;
}

export function linkCheck(contentRoot: string, base: string): AstroIntegration {
  return {
    name: 'migrant-guide:link-check',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const broken = findBrokenLinks(fileURLToPath(dir), base);
        if (!broken.length) {
          logger.info('every internal link leads to a built page');
          return;
        }
        const lines = broken.map((b) => {
          const path = withoutBase(base, b.page);
          const file = sourceFileOf(contentRoot, path);
          return `- ${file ? `${file} (page ${path})` : `page ${path}`}: the link "${b.target}" leads nowhere — ${b.reason}. Check its spelling; links between chapters look like ../registration/ and to the help page ../../help/.`;
        });
        throw new Error(`${broken.length} broken internal link(s):\n${lines.join('\n')}`);
      },
    },
  };
}
