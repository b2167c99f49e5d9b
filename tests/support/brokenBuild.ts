/**
 * Shared by the broken-content tests: builds a copy of content/ after `mutate` breaks it and returns
 * the build's exit code and its output without colour codes. Each test file gets its own work folder.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;

export function brokenBuilds(prefix: string) {
  const work = mkdtempSync(join(tmpdir(), `mg-${prefix}-`));
  function buildWith(
    name: string,
    mutate: (dir: string) => void,
    env: Record<string, string> = {},
  ) {
    const dir = join(work, name);
    cpSync(join(root, 'content'), dir, { recursive: true });
    mutate(dir);
    const res = spawnSync('astro', ['build'], {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        CONTENT_DIR: dir,
        OUT_DIR: join(work, `${name}-out`),
        ASTRO_CACHE_DIR: join(work, `${name}-cache`),
        ASTRO_TELEMETRY_DISABLED: '1',
        ...env,
      },
    });
    return {
      status: res.status,
      output: `${res.stdout}\n${res.stderr}`.replace(/\x1b\[[0-9;]*m/g, ''),
      out: join(work, `${name}-out`),
    };
  }
  return { buildWith, cleanup: () => rmSync(work, { recursive: true, force: true }) };
}

/** Replaces text in a file (the first match). */
export const edit = (file: string, from: string | RegExp, to: string) =>
  writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
