/**
 * Benchmark of the QR step: how long making every short link, QR image, card sheet and leaflet takes for
 * all languages (target: under 10 s), how dense the codes are (QR version, module size at 3 cm) and how
 * big the PDFs are. Runs on a copy of the built site and of the registry, so nothing real is changed.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLocale } from '../../src/config/locales.ts';
import { canonicalUrl } from '../../src/lib/site/html.ts';
import { makeQrSheets } from '../../src/integrations/qrSheets.ts';

export async function bench(
  distDir: string,
  base: string,
): Promise<Record<string, string | number>> {
  const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
  const canonical = canonicalUrl(readFileSync(join(distDir, defaultLocale, 'index.html'), 'utf8'));
  if (!canonical?.startsWith('https://'))
    return { 'qr.skipped': 'the build has no public https SITE_URL, so it has no QR codes' };
  const siteUrl = new URL(base, canonical).href;
  const work = mkdtempSync(join(tmpdir(), 'qr-bench-'));
  try {
    const dist = join(work, 'dist');
    cpSync(distDir, dist, {
      recursive: true,
      filter: (f) => !/\.(mp4|webm)$|[\\/]pagefind$/.test(f),
    });
    const content = join(work, 'content');
    mkdirSync(join(content, 'qr'), { recursive: true });
    const registry = join(projectRoot, 'content', 'qr', 'registry.json');
    if (existsSync(registry)) cpSync(registry, join(content, 'qr', 'registry.json'));
    const cpu = process.cpuUsage();
    const r = await makeQrSheets({
      distDir: dist,
      contentDir: content,
      siteUrl,
      base,
      projectRoot,
    });
    const used = process.cpuUsage(cpu);
    const out: Record<string, string | number> = {
      'qr.seconds (target < 10)': Number((r.ms / 1000).toFixed(2)),
      // CPU time says what the work costs when other jobs share the machine and stretch the wall clock.
      'qr.cpuSeconds': Number(((used.user + used.system) / 1e6).toFixed(2)),
      'qr.shortLinks': r.codes.length,
      'qr.images': r.codes.filter((c) => c.images).length * 2,
      'qr.version': `${r.spec.version}-${r.spec.ec} (${r.spec.modules} modules)`,
      'qr.moduleMm at 3 cm': Number(r.moduleMm.toFixed(2)),
      'qr.pngBytes (largest)': Math.max(
        ...r.codes
          .filter((c) => c.images)
          .map((c) => readFileSync(join(dist, c.images!.png)).length),
      ),
    };
    for (const [name, ms] of Object.entries(r.phases)) out[`qr.ms.${name}`] = ms;
    for (const d of r.documents)
      out[`qr.${d.file.replace('print/', '')} KB`] = Number((d.bytes / 1024).toFixed(1));
    return out;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// Run alone: node scripts/bench/qr.ts <distDir> <base>
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [dist = 'dist', base = '/'] = process.argv.slice(2);
  console.log(await bench(dist, base));
}
