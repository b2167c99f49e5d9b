/**
 * Builds the site once for the browser tests, into .test-dist/, under a sub-path (/mg/) and with an
 * https public URL on the reserved .test domain — so every test also proves the site works under a
 * sub-path (GitHub Pages) and that QR codes and canonical links use the public URL. Then serves it.
 * It builds from a copy of content/ (.test-content/) in which one Tajik chapter is removed, so the
 * tests can open a real fallback page even when every chapter is translated.
 * Set REUSE_TEST_BUILD=1 to skip the build when .test-dist/ already exists (local iteration only).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../support/staticServer.ts';

export const TEST_SITE_URL = 'https://migrant-guide.test/mg/';
export const TEST_BASE = '/mg/';
/** A repository address on the reserved .test domain, so edit links exist in every test build (CI or not). */
export const TEST_REPO_URL = 'https://git.migrant-guide.test/ngo/migrant-guide';
/** The day the test build takes as today, so no result depends on the calendar (figures expire yearly). */
export const TEST_BUILD_DATE = '2026-12-06';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
    siteUrl: string;
    base: string;
    fallbackPath: string;
  }
}

export default async function setup(project: TestProject) {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  // TEST_OUT lets two test runs on one machine keep apart (default .test-dist/ in the project).
  const distDir = process.env.TEST_OUT
    ? `${process.env.TEST_OUT.replace(/\/$/, '')}/`
    : fileURLToPath(new URL('../../.test-dist/', import.meta.url));
  const contentCopy = `${distDir.replace(/\/$/, '')}-content/`;
  // The last Russian chapter, by file name, loses its Tajik translation in the test build.
  const ruChapters = readdirSync(new URL('../../content/guide/ru/', import.meta.url))
    .filter((f) => f.endsWith('.md'))
    .sort();
  const fallbackSlug = ruChapters[ruChapters.length - 1].replace(/\.md$/, '');
  if (!(process.env.REUSE_TEST_BUILD === '1' && existsSync(distDir))) {
    rmSync(distDir, { recursive: true, force: true });
    rmSync(contentCopy, { recursive: true, force: true });
    cpSync(new URL('../../content/', import.meta.url), contentCopy, { recursive: true });
    rmSync(`${contentCopy}guide/tg/${fallbackSlug}.md`, { force: true });
    execFileSync('astro', ['build'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        REPO_URL: TEST_REPO_URL,
        REPO_BRANCH: 'main',
        CONTENT_DIR: contentCopy.replace(/\/$/, ''),
        ASTRO_CACHE_DIR: `${distDir.replace(/\/$/, '')}-cache`,
        OUT_DIR: distDir,
        SITE_URL: TEST_SITE_URL,
        ASTRO_TELEMETRY_DISABLED: '1',
        BUILD_DATE: TEST_BUILD_DATE,
      },
    });
  }
  const server = await startStaticServer(distDir, TEST_BASE);
  project.provide('baseUrl', server.url);
  project.provide('distDir', distDir);
  project.provide('siteUrl', TEST_SITE_URL);
  project.provide('base', TEST_BASE);
  project.provide('fallbackPath', `/tg/guide/${fallbackSlug}/`);
  return async () => server.close();
}
