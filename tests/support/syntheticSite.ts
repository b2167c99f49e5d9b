/**
 * Builds a throw-away copy of the site whose facility list also holds `count` synthetic facilities
 * with positions, so browser tests and the benchmark exercise the real map code (markers, clusters,
 * filters, popups) while content/ keeps only real, sourced facilities. Output goes to `outDir`; the
 * content copy and Astro cache sit next to it. Usage: npx node tests/support/syntheticSite.ts 5000 /tmp/x
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { syntheticFacilities } from './syntheticFacilities.ts';

export interface SyntheticSiteOptions {
  count: number;
  outDir: string;
  /** Public URL to build for (sets the base path); the tests use https://migrant-guide.test/mg/. */
  siteUrl: string;
  /** The content to start from; defaults to CONTENT_DIR or the project's content/. */
  contentDir?: string;
}

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export function buildSyntheticSite({
  count,
  outDir,
  siteUrl,
  contentDir = process.env.CONTENT_DIR ?? `${projectRoot}content`,
}: SyntheticSiteOptions): string {
  const out = outDir.replace(/\/$/, '');
  const content = `${out}-content`;
  rmSync(out, { recursive: true, force: true });
  rmSync(content, { recursive: true, force: true });
  cpSync(contentDir, content, { recursive: true });
  mkdirSync(`${content}/facilities`, { recursive: true });
  writeFileSync(
    `${content}/facilities/zz-synthetic.geojson`,
    JSON.stringify(syntheticFacilities(count)),
  );
  execFileSync('astro', ['build'], {
    cwd: projectRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      CONTENT_DIR: content,
      OUT_DIR: out,
      ASTRO_CACHE_DIR: `${out}-cache`,
      SITE_URL: siteUrl,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  return `${out}/`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [count = '5000', outDir = '/tmp/map-synthetic'] = process.argv.slice(2);
  const dir = buildSyntheticSite({
    count: Number(count),
    outDir,
    siteUrl: process.env.SITE_URL ?? 'http://localhost:4321/',
  });
  console.log(`Built ${dir} with ${count} synthetic facilities.`);
}
