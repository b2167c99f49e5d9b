/**
 * Benchmark of the whole-guide outputs: each language's one-file guide as sent (gzip, target under
 * 150 KB), the booklets' page counts and sizes, and how long making them all takes (measured on a
 * copy of the built site, so nothing real is changed).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { defaultLocale, localeCodes } from '../../src/config/locales.ts';
import { canonicalUrl } from '../../src/lib/site/html.ts';
import { paths } from '../../src/lib/site/routes.ts';
import { makeOneFileGuides } from '../../src/integrations/oneFileGuide.ts';
import { makeBooklets } from '../../src/integrations/booklet.ts';

const kb = (n: number) => Number((n / 1024).toFixed(1));

export async function bench(
  distDir: string,
  base: string,
): Promise<Record<string, string | number>> {
  const out: Record<string, string | number> = {};
  for (const lang of localeCodes) {
    const file = join(distDir, paths.offlineFile(lang));
    if (!existsSync(file)) continue;
    const html = readFileSync(file);
    out[`offline.${lang}.file KB`] = kb(html.length);
    out[`offline.${lang}.gzip KB (target < 150)`] = kb(gzipSync(html, { level: 9 }).length);
    for (const [label, path] of [
      ['booklet A4', paths.booklet(lang)],
      ['booklet A5', paths.bookletA5(lang)],
    ] as const) {
      const pdf = join(distDir, path);
      if (!existsSync(pdf)) continue;
      const doc = await PDFDocument.load(readFileSync(pdf), { updateMetadata: false });
      out[`offline.${lang}.${label} pages`] = doc.getPageCount();
      out[`offline.${lang}.${label} KB`] = kb(statSync(pdf).size);
    }
  }
  const canonical = canonicalUrl(readFileSync(join(distDir, defaultLocale, 'index.html'), 'utf8'));
  const isPublic = Boolean(canonical?.startsWith('https://'));
  const url = canonical ? new URL(base, canonical).href : `http://localhost:4321${base}`;
  const work = mkdtempSync(join(tmpdir(), 'offline-bench-'));
  try {
    const dist = join(work, 'dist');
    cpSync(distDir, dist, {
      recursive: true,
      filter: (f) => !/\.(mp4|webm)$|[\\/]pagefind$/.test(f),
    });
    const contentRoot =
      process.env.CONTENT_DIR ?? fileURLToPath(new URL('../../content/', import.meta.url));
    const quiet = { info: () => {}, warn: () => {} };
    const options = { contentRoot, site: { url, base, isPublic } };
    const started = Date.now();
    const file = await makeOneFileGuides(dist, options, quiet);
    const print = await makeBooklets(dist, options, quiet);
    const t = {
      total: Date.now() - started,
      pages: file.pages + print.pages,
      file: file.file,
      layout: print.layout,
      qr: print.qr,
      pdf: print.pdf,
    };
    out['offline.seconds (all languages)'] = Number((t.total / 1000).toFixed(2));
    out['offline.seconds reading pages'] = Number((t.pages / 1000).toFixed(2));
    out['offline.seconds one-file guides'] = Number((t.file / 1000).toFixed(2));
    out['offline.seconds booklet layout'] = Number((t.layout / 1000).toFixed(2));
    out['offline.seconds QR images'] = Number((t.qr / 1000).toFixed(2));
    out['offline.seconds PDF drawing'] = Number((t.pdf / 1000).toFixed(2));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return out;
}

// `npx node scripts/bench/offline.ts <distDir> [base]` prints the figures for a build already made.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dist = 'dist', base = '/'] = process.argv.slice(2);
  for (const [k, v] of Object.entries(await bench(dist, base))) console.log(`${k.padEnd(48)} ${v}`);
}
