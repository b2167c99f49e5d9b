// npm run bench — builds the site, serves it gzip-compressed on localhost and prints, for each kind of
// page, the first-load bytes (as transferred) and the first contentful paint on a throttled phone-like
// link (400 kbit/s, 400 ms round trip, CPU 4x slower), plus the build time. Each feature adds its
// own figures through a module in scripts/bench/ exporting `bench(distDir, base)`.
// Targets (from the issues) are printed beside the figures; nothing here fails a build.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { launchBrowser } from '../tests/support/browser.ts';
import { startStaticServer } from '../tests/support/staticServer.ts';
import { measureFirstLoad } from '../tests/support/firstLoad.ts';

const root = join(import.meta.dirname, '..');
const out = join(tmpdir(), 'migrant-guide-bench');
const base = '/mg/';
const siteUrl = `https://migrant-guide.test${base}`;

function row(label: string, value: string, target = '') {
  console.log(`${label.padEnd(44)} ${value.padStart(12)}  ${target}`);
}

rmSync(out, { recursive: true, force: true });
const t0 = performance.now();
execFileSync('astro', ['build'], {
  cwd: root,
  stdio: 'ignore',
  env: { ...process.env, OUT_DIR: out, SITE_URL: siteUrl, ASTRO_CACHE_DIR: `${out}-cache` },
});
const buildSeconds = (performance.now() - t0) / 1000;

const server = await startStaticServer(out, base);
const browser = await launchBrowser();

console.log(`migrant-guide benchmark — ${new Date().toISOString()}\n`);
row('build (astro build, all post-build steps)', `${buildSeconds.toFixed(1)} s`);
console.log('\nFirst load, gzip as served (throttled: 400 kbit/s, 400 ms RTT, CPU 4x)');
row('page', 'bytes / FCP', 'target');
const kinds: [string, string, string][] = [
  ['language chooser', '/', ''],
  ['home (uz)', '/uz/', ''],
  ['guide chapter (ru, registration)', '/ru/guide/registration/', '< 14 KB'],
  ['guide chapter (tg, russia)', '/tg/guide/russia/', '< 14 KB'],
  ['guide chapter (tg, russia-bans, the largest)', '/tg/guide/russia-bans/', '< 14 KB'],
  ['guide chapter (ru, border-and-stay, most figures)', '/ru/guide/border-and-stay/', '< 14 KB'],
  ['Key figures (ru)', '/ru/figures/', '< 14 KB'],
  ['Key figures (tg)', '/tg/figures/', '< 14 KB'],
  ['chapter list (ky)', '/ky/guide/', ''],
  ['help page (en)', '/en/help/', ''],
  ['map (ru)', '/ru/map/', '< 60 KB'],
  ['video page (uz)', '/uz/videos/registration/', ''],
  ['search (ru)', '/ru/search/', ''],
];
for (const [label, path] of kinds) {
  const target = kinds.find((k) => k[1] === path)![2];
  if (!existsSync(join(out, path.slice(1), 'index.html')) && path !== '/') {
    row(label, 'not built', target);
    continue;
  }
  const m = await measureFirstLoad(browser, server.url + path.slice(1));
  const limit = /^< (\d+) KB$/.exec(target);
  const verdict = limit ? (m.bytes / 1024 < Number(limit[1]) ? ' met' : ' NOT met') : '';
  row(label, `${(m.bytes / 1024).toFixed(1)} KB / ${Math.round(m.fcpMs)} ms`, target + verdict);
  row(
    '  of which HTML / CSS / JS / images / fonts',
    `${m.byType.document ?? 0}/${m.byType.stylesheet ?? 0}/${m.byType.script ?? 0}/${m.byType.image ?? 0}/${m.byType.font ?? 0} B`,
  );
}
await browser.close();

const benchDir = join(import.meta.dirname, 'bench');
for (const file of existsSync(benchDir)
  ? readdirSync(benchDir)
      .filter((f) => f.endsWith('.ts'))
      .sort()
  : []) {
  console.log(`\n${file.replace(/\.ts$/, '')}`);
  try {
    const mod = (await import(join(benchDir, file))) as {
      bench: (dist: string, base: string, url?: string) => Promise<Record<string, string | number>>;
    };
    for (const [k, v] of Object.entries(await mod.bench(`${out}/`, base, server.url)))
      row(k, String(v));
  } catch (e) {
    row('failed', String((e as Error).message).slice(0, 200));
  }
}
await server.close();
