/**
 * Benchmark for the instruction videos (issue 5). Figures, not pass/fail:
 * - bytes of each MP4 and bytes per minute (duration read from the file's own header) — target: a few
 *   hundred KB a minute;
 * - the total of all video media (MP4, posters, captions) the repository carries — target: a few MB;
 * - first-load bytes of a video page before play (as transferred, gzip, in Chromium, service workers
 *   blocked), and whether any MP4 byte or other host was requested before play — target: no MP4, few KB.
 * Usage: bench(distDir, base) from `npm run bench`, or `npx node scripts/bench/videos.ts <dist> <base>`.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startStaticServer } from '../../tests/support/staticServer.ts';
import { launchBrowser } from '../../tests/support/browser.ts';
import { mp4Duration } from '../../src/lib/video/media.ts';

/** Video pages to load: Russian, Uzbek, Tajik (the Russian video with Tajik captions) and the list. */
const PAGES = [
  'ru/videos/registration/',
  'uz/videos/registration/',
  'tg/videos/registration/',
  'ru/videos/',
];

export async function bench(
  distDir: string,
  base: string,
): Promise<Record<string, string | number>> {
  const out: Record<string, string | number> = {};
  const media = join(distDir, 'videos');
  if (!existsSync(media)) return { 'videos: no videos/ folder in the build': 0 };
  let mediaTotal = 0;
  let mp4Total = 0;
  let minutesTotal = 0;
  for (const f of readdirSync(media).sort()) {
    const bytes = statSync(join(media, f)).size;
    mediaTotal += bytes;
    if (!f.endsWith('.mp4')) continue;
    const seconds = mp4Duration(readFileSync(join(media, f))) ?? 0;
    mp4Total += bytes;
    minutesTotal += seconds / 60;
    out[`videos: ${f} KB`] = Math.round(bytes / 1000);
    out[`videos: ${f} KB/min`] = seconds ? Math.round(bytes / 1000 / (seconds / 60)) : 'n/a';
  }
  out['videos: all MP4 KB'] = Math.round(mp4Total / 1000);
  out['videos: average KB/min'] = minutesTotal ? Math.round(mp4Total / 1000 / minutesTotal) : 'n/a';
  out['videos: all media (mp4+poster+vtt) KB'] = Math.round(mediaTotal / 1000);

  const server = await startStaticServer(distDir, base);
  const browser = await launchBrowser();
  try {
    for (const path of PAGES) {
      const context = await browser.newContext({
        viewport: { width: 360, height: 740 },
        serviceWorkers: 'block',
      });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      let bytes = 0;
      let requests = 0;
      const urls: string[] = [];
      cdp.on('Network.requestWillBeSent', (e: { request: { url: string } }) =>
        urls.push(e.request.url),
      );
      cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
        bytes += e.encodedDataLength;
        requests++;
      });
      await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
      const own = new URL(server.url).host;
      out[`videos: first load before play ${path} KB`] = Math.round(bytes / 100) / 10;
      out[`videos: requests before play ${path}`] = requests;
      out[`videos: MP4 requests before play ${path}`] = urls.filter((u) =>
        u.endsWith('.mp4'),
      ).length;
      out[`videos: other-host requests ${path}`] = urls.filter(
        (u) => /^https?:/.test(u) && new URL(u).host !== own,
      ).length;
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dist, base = '/'] = process.argv.slice(2);
  if (!dist)
    throw new Error('usage: npx node scripts/bench/videos.ts <built site folder> [base path]');
  for (const [k, v] of Object.entries(await bench(dist, base))) console.log(`${k.padEnd(60)} ${v}`);
}
