// npm run check (after the build): every internal link in the built site leads to a built page, and
// every page is valid HTML. Prints each problem with the page and what to fix; exit 1 if any.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { resolveSiteUrl } from '../src/config/site.ts';
import { findBrokenLinks, htmlPages } from '../src/lib/site/builtSite.ts';
import { validateHtml } from '../src/lib/site/htmlValidation.ts';

const dist = join(import.meta.dirname, '..', process.env.OUT_DIR ?? 'dist');
const { base } = resolveSiteUrl(process.env);
let failed = false;

const broken = findBrokenLinks(dist, base);
if (broken.length) {
  failed = true;
  console.error(
    `${broken.length} broken internal link(s). Fix the link in the page's Markdown file (a chapter's links are relative, e.g. ../registration/):`,
  );
  for (const b of broken) console.error(`- on ${b.page}: "${b.target}" — ${b.reason}`);
} else console.log('Links: every internal link leads to a built page.');

const pages = htmlPages(dist);
const problems = await validateHtml(
  pages.map((file) => ({ file: relative(dist, file), html: readFileSync(file, 'utf8') })),
);
if (problems.length) {
  failed = true;
  console.error(`${problems.length} HTML problem(s):`);
  for (const p of problems) console.error(`- ${p.file}:${p.line} [${p.rule}] ${p.message}`);
} else console.log(`HTML: ${pages.length} pages valid.`);

process.exit(failed ? 1 : 0);
