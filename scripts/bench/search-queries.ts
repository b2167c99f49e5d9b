/**
 * Search quality (issue 18): for each language, the typed queries of content/search/queries/<lang>.yaml
 * are run through the real search page (Pagefind in headless Chromium, with the page's own query
 * handling) and counted: right chapter first, right chapter in the first three. The queries that miss
 * are listed, so an editor sees what to add to content/search/<lang>.yaml.
 * Usage: bench(distDir, base) from `npm run bench`, or `npx node scripts/bench/search-queries.ts <dist> <base>`.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startStaticServer } from '../../tests/support/staticServer.ts';
import { launchBrowser } from '../../tests/support/browser.ts';
import { locales } from '../../src/config/locales.ts';
import { readBenchQueries } from '../../tests/support/benchQueries.ts';
import { searchAnswered } from '../../tests/support/searchPage.ts';

const contentRoot = join(import.meta.dirname, '..', '..', 'content');

export async function bench(
  distDir: string,
  base: string,
): Promise<Record<string, string | number>> {
  const out: Record<string, string | number> = {};
  const chapters = new Set(
    readdirSync(join(contentRoot, 'guide', 'ru')).map((f) => f.replace(/\.mdx?$/, '')),
  );
  const server = await startStaticServer(distDir, base);
  const browser = await launchBrowser();
  const misses: string[] = [];
  try {
    for (const l of locales) {
      const queries = readBenchQueries(contentRoot, l.code, chapters);
      if (!queries.length) continue;
      const context = await browser.newContext({
        viewport: { width: 360, height: 740 },
        serviceWorkers: 'block',
      });
      const page = await context.newPage();
      let first = 0;
      let top3 = 0;
      for (const { q, chapter } of queries) {
        await page.goto(`${server.url}${l.code}/search/?q=${encodeURIComponent(q)}`);
        await searchAnswered(page, 30_000);
        const found = await page
          .locator('[data-search-results] li > a')
          .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
        const want = `${base}${l.code}/guide/${chapter}/`;
        const at = found.indexOf(want);
        if (at === 0) first++;
        if (at >= 0 && at < 3) top3++;
        if (at !== 0)
          misses.push(
            `${l.code} "${q}" → ${chapter}: ${at < 0 ? 'not in first 5' : `#${at + 1}`}; first: ${found[0]?.slice(base.length) ?? 'nothing'}`,
          );
      }
      out[`search ${l.code}: right chapter first`] =
        `${first}/${queries.length} (${Math.round((first / queries.length) * 100)}%)`;
      out[`search ${l.code}: right chapter in first 3`] = `${top3}/${queries.length}`;
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  misses.forEach((m, i) => {
    out[`search miss ${i + 1}`] = m;
  });
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dist = 'dist', base = '/'] = process.argv.slice(2);
  for (const [k, v] of Object.entries(await bench(dist.endsWith('/') ? dist : `${dist}/`, base)))
    console.log(`${k}: ${v}`);
}
