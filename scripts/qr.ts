/**
 * npm run qr — makes the short links, QR images, card sheets and leaflets for an existing build, and adds
 * codes for new pages to content/qr/registry.json (commit that file afterwards). The build does the same
 * at its end; this is for re-making the sheets, or issuing codes, without a full build.
 *
 *   SITE_URL=https://ngo.github.io/migrant-guide/ npm run build    # builds and makes the sheets
 *   SITE_URL=https://ngo.github.io/migrant-guide/ npm run qr       # again, on dist/ (or OUT_DIR)
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { site, contentDir } from '../src/config/site.ts';
import { makeQrSheets } from '../src/integrations/qrSheets.ts';
import { siteUrlProblem } from '../src/lib/qr/shortLinks.ts';
import { ENGLISH_SIZES, formatSize } from '../src/lib/site/format.ts';

const projectRoot = fileURLToPath(new URL('../', import.meta.url));
const problem = siteUrlProblem(site.url, site.isPublic);
if (problem) {
  console.error(`npm run qr: ${problem}`);
  process.exit(1);
}
try {
  const result = await makeQrSheets({
    distDir: resolve(projectRoot, process.env.OUT_DIR ?? 'dist'),
    contentDir: resolve(projectRoot, contentDir),
    siteUrl: site.url,
    base: site.base,
    projectRoot,
    log: (m) => console.log(m),
  });
  console.log(
    `${result.codes.length} short links; ${result.documents.map((d) => `${d.file} (${formatSize(d.bytes, 'en', ENGLISH_SIZES)})`).join(', ')}; QR version ${result.spec.version}-${result.spec.ec}; ${Math.round(result.ms)} ms.`,
  );
} catch (e) {
  console.error(`npm run qr: ${(e as Error).message}`);
  process.exit(1);
}
