/**
 * The one way this project replaces a file: write the new content to a temporary file in the same
 * folder, then rename it over the target. A rename within one folder is atomic, so a reader (a
 * server, a later build step) sees the old file or the new one, never half of one, and a build that
 * fails part-way leaves no broken file behind. Used by the post-build steps, the QR registry, the
 * print pages and the scripts that write into public/.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

let counter = 0;

/** Replaces `file` whole with `data`, creating its folder if needed; no temporary file stays behind. */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const dir = dirname(file);
  mkdirSync(dir, { recursive: true });
  // Hidden, and unique per process and call, so two writers never share a temporary file.
  const tmp = join(dir, `.${basename(file)}.${process.pid}-${++counter}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
