/**
 * Benchmark for search and offline reading (issue 7). Figures, not pass/fail:
 * - bytes transferred for a first search in each language (fresh browser, search page already open,
 *   from pressing "Search" to the results shown) — target under 100 KB;
 * - bytes that "Save for offline" stores per language (from the built offline/<lang>.json) — under 500 KB;
 * - a chapter page's gzip size with and without the print-only QR footer, and the site script's size.
 * Usage: bench(distDir, base) from `npm run bench`, or `npx node scripts/bench/search-offline.ts <dist> <base>`.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startStaticServer } from '../../tests/support/staticServer.ts';
import { launchBrowser } from '../../tests/support/browser.ts';
import { locales } from '../../src/config/locales.ts';
import { hasClass, parseHtml, removeAll, serialize } from '../../src/lib/site/html.ts';
import { searchAnswered } from '../../tests/support/searchPage.ts';

/**
 * Per language: a word its guide certainly contains (the police chapter's subject), and two words
 * found on many pages (two index files and five results to fetch: the heavier case).
 */
const QUERIES: Record<string, string[]> = {
  ru: ['полиция', 'паспорт работодатель'],
  uz: ['politsiya', 'ish haqi'],
  tg: ['милиса', 'музди меҳнат'],
  ky: ['милиция', 'эмгек акы'],
  en: ['police', 'unpaid wages'],
};

const gz = (s: string | Buffer) => gzipSync(s, { level: 6 }).length;

export async function bench(
  distDir: string,
  base: string,
): Promise<Record<string, string | number>> {
  const out: Record<string, string | number> = {};
  const server = await startStaticServer(distDir, base);
  const browser = await launchBrowser();
  try {
    for (const l of locales)
      for (const query of QUERIES[l.code] ?? ['police']) {
        const context = await browser.newContext({
          viewport: { width: 360, height: 740 },
          serviceWorkers: 'block',
        });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await page.goto(`${server.url}${l.code}/search/`);
        let bytes = 0;
        let requests = 0;
        cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
          bytes += e.encodedDataLength;
          requests++;
        });
        await page.fill('#q', query);
        await page.press('#q', 'Enter');
        await searchAnswered(page, 30_000);
        await page.waitForTimeout(300);
        const what = `first search ${l.code} "${query}"`;
        out[`${what} (KB transferred)`] = Math.round(bytes / 102.4) / 10;
        out[`${what} (requests, results shown)`] =
          `${requests}, ${await page.locator('[data-search-results] li').count()}`;
        await context.close();
      }
  } finally {
    await browser.close();
    await server.close();
  }
  // The index files a first search picks one (or two) from: their number and the largest, per language.
  const indexDir = join(distDir, 'pagefind', 'index');
  if (existsSync(indexDir)) {
    const sizes = new Map<string, number[]>();
    for (const f of readdirSync(indexDir)) {
      const lang = f.slice(0, f.indexOf('_'));
      sizes.set(lang, [...(sizes.get(lang) ?? []), statSync(join(indexDir, f)).size]);
    }
    for (const [lang, s] of sizes)
      out[`search index ${lang}: files, largest (KB)`] =
        `${s.length}, ${Math.round(Math.max(...s) / 102.4) / 10}`;
  }
  for (const l of locales) {
    const file = join(distDir, 'offline', `${l.code}.json`);
    if (!existsSync(file)) continue;
    const b = JSON.parse(readFileSync(file, 'utf8')) as {
      bytes: number;
      files: unknown[];
      searchIncluded: boolean;
    };
    out[`save for offline ${l.code} (KB)`] = Math.round(b.bytes / 102.4) / 10;
    out[`save for offline ${l.code} (files)`] = b.files.length;
    out[`save for offline ${l.code} includes search`] = b.searchIncluded ? 'yes' : 'no';
  }
  // A chapter's first load: its HTML (CSS inline) plus the one site script; and what the QR footer costs.
  const chapter = readFileSync(join(distDir, 'ru', 'guide', 'police', 'index.html'), 'utf8');
  const tree = parseHtml(chapter);
  removeAll(tree, (el) => hasClass(el, 'print-footer'));
  const withoutQr = serialize(tree);
  out['chapter ru/police HTML gzip (KB)'] = Math.round(gz(chapter) / 102.4) / 10;
  out['chapter ru/police HTML gzip without QR footer (KB)'] =
    Math.round(gz(withoutQr) / 102.4) / 10;
  const script = readdirSync(join(distDir, '_astro')).find((f) => f.startsWith('SiteScript'));
  if (script)
    out['site script gzip (KB)'] =
      Math.round(gz(readFileSync(join(distDir, '_astro', script))) / 102.4) / 10;
  if (existsSync(join(distDir, 'sw.js')))
    out['service worker gzip (KB)'] =
      Math.round(gz(readFileSync(join(distDir, 'sw.js'))) / 102.4) / 10;
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dist = 'dist', base = '/'] = process.argv.slice(2);
  console.table(await bench(dist.endsWith('/') ? dist : `${dist}/`, base));
}
