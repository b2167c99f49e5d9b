/**
 * Benchmark of the health-care map page. Figures, not pass/fail:
 * - firstLoadKB: what /ru/map/ downloads on first visit in `distDir` (HTML + CSS + JS + JSON, gzip
 *   level 6 as a typical server sends it); the real data places facilities at their settlements, so
 *   Leaflet is included (the budget is 60 KB);
 * - withMapKB: the same page on a copy of the site with 12 synthetic located facilities (exact markers);
 * - map5000ReadyMs: with 5,000 synthetic located facilities and the CPU slowed 4x (Chromium CDP
 *   Emulation.setCPUThrottlingRate), the time from navigation start until the clusters and markers in
 *   view are drawn and answer taps, in a browser already running (see measure): the median of RUNS
 *   (a shared 2-CPU machine varies from run to run), with the fastest and slowest;
 *   map5000ColdBrowserReadyMs: the same in a browser just started; map5000DomContentLoadedMs: when the
 *   page itself (HTML, CSS, scripts) was done, map or not; map5000ScriptMs: the map's work after that
 *   (waiting for its data, Leaflet, clustering, drawing).
 * Tile requests are blocked, as they would be offline; tiles do not count towards "usable".
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../../tests/support/browser.ts';
import { startStaticServer } from '../../tests/support/staticServer.ts';
import { buildSyntheticSite } from '../../tests/support/syntheticSite.ts';

const kb = (n: number) => Math.round((n / 1024) * 10) / 10;

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * `warm`: the phone's browser is already running — the person came from the home page — so its own
 * start-up (mostly font set-up in a fresh browser process) is not counted. The
 * HTTP cache is emptied before the map page, so the page still downloads everything as on a first visit.
 */
async function measure(distDir: string, base: string, throttle: number, warm = false) {
  const server = await startStaticServer(distDir, base);
  const browser = await launchBrowser();
  try {
    // The service worker's own precaching (another feature) is not part of this page's first load.
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      serviceWorkers: 'block',
    });
    const own = new URL(server.url).host;
    const files: string[] = [];
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.host !== own) return route.abort('internetdisconnected');
      files.push(url.pathname);
      return route.continue();
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    if (warm) {
      await page.goto(new URL('ru/', server.url).href);
      await page.waitForLoadState('load');
      await cdp.send('Network.clearBrowserCache');
      files.length = 0;
    }
    await page.goto(new URL('ru/map/', server.url).href);
    const hasMap = (await page.locator('#facility-map').count()) > 0;
    let ready = 0;
    let started = 0;
    let dcl = 0;
    if (hasMap) {
      await page
        .locator('#facility-map[data-ready]')
        .waitFor({ state: 'attached', timeout: 120_000 });
      ready = Number(await page.locator('#facility-map').getAttribute('data-ready'));
      started = Number(await page.locator('#facility-map').getAttribute('data-started'));
      dcl = await page.evaluate(() =>
        Math.round(
          (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
            .domContentLoadedEventStart,
        ),
      );
    } else {
      await page.waitForLoadState('load');
    }
    await page.waitForTimeout(300);
    let bytes = 0;
    const detail: string[] = [];
    for (const path of new Set(files)) {
      const file = `${distDir.replace(/\/$/, '')}/${path.slice(base.length).replace(/\/$/, '/index.html')}`;
      const size = gzipSync(readFileSync(file), { level: 6 }).length;
      bytes += size;
      detail.push(`${path.split('/').pop() || 'index.html'} ${kb(size)}`);
    }
    return { kb: kb(bytes), files: detail.join(', '), ready, script: ready - dcl, dcl, started };
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function bench(
  distDir: string,
  base: string,
): Promise<Record<string, string | number>> {
  const today = await measure(distDir, base, 1);
  const tmp = process.env.BENCH_TMP ?? '/tmp/map-bench';
  const url = `http://localhost${base}`;
  const few = await measure(
    buildSyntheticSite({ count: 12, outDir: `${tmp}-12`, siteUrl: url }),
    base,
    1,
  );
  const manyDir = buildSyntheticSite({ count: 5000, outDir: `${tmp}-5000`, siteUrl: url });
  const runs = [];
  const warmRuns = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push(await measure(manyDir, base, 4));
    warmRuns.push(await measure(manyDir, base, 4, true));
  }
  const ready = runs.map((r) => r.ready);
  const warmReady = warmRuns.map((r) => r.ready);
  return {
    firstLoadKB: today.kb,
    firstLoadFiles: today.files,
    withMapKB: few.kb,
    withMapFiles: few.files,
    map5000ReadyMs: median(warmReady),
    map5000ReadyMsRange: `${Math.min(...warmReady)}–${Math.max(...warmReady)} in ${RUNS} runs`,
    map5000DomContentLoadedMs: median(warmRuns.map((r) => r.dcl)),
    map5000ScriptMs: median(warmRuns.map((r) => r.script)),
    map5000ColdBrowserReadyMs: median(ready),
    map5000ColdBrowserReadyMsRange: `${Math.min(...ready)}–${Math.max(...ready)} in ${RUNS} runs`,
    map5000PageKB: runs[0].kb,
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const [dist = 'dist', base = '/'] = process.argv.slice(2);
  console.log(await bench(dist, base));
}
