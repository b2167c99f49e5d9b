/**
 * The registry of short links behind printed QR codes (content/qr/registry.json). Printed codes must never
 * stop working, so the registry only grows: a code, once issued, is never removed or given to another page.
 * A renamed page keeps its code (an editor changes "path" and keeps the old one in "formerPaths"); a code
 * whose page is gone leads to the nearest page above it that still exists (/ru/guide/x/ → /ru/guide/ → /ru/).
 *
 * Pure logic plus one file read, so the build, `npm run qr`, the booklet and the tests share it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One printed short link: /q/<code>/ leads to `path` (a site path without the base, like /ru/guide/x/). */
export interface RegistryEntry {
  code: string;
  path: string;
  /** Earlier addresses of the same page, newest last; kept so editors can see a code's history. */
  formerPaths?: string[];
  /** Date (YYYY-MM-DD) the code was issued. */
  since?: string;
}

export interface Registry {
  /** The file the registry was read from (for error messages). */
  file: string;
  entries: RegistryEntry[];
}

/** Where the registry lives inside the content folder. */
export const REGISTRY_FILE = join('qr', 'registry.json');

/**
 * Letters and digits that cannot be mistaken for one another when a person types a short link from paper:
 * no 0/o, 1/l/i/j, 2/z, 5/s, 6/b, 9/g/q, u/v.
 */
export const CODE_ALPHABET = '3478acdefhkmnprtwxy';

const CODE_PATTERN = new RegExp(`^[${CODE_ALPHABET}]{2,3}$`);

/** The short link's site path for a code: 'a2' → '/q/a2/'. */
export function shortPathOf(code: string): string {
  return `/q/${code}/`;
}

/** Site paths are compared as '/ru/guide/x/': leading and trailing slash. */
export function normalisePath(path: string): string {
  let p = path.trim();
  if (!p.startsWith('/')) p = `/${p}`;
  if (!p.endsWith('/')) p = `${p}/`;
  return p;
}

function fail(file: string, message: string): never {
  throw new Error(`QR registry ${file}: ${message}`);
}

/**
 * Reads and checks a registry file's text. Errors name the file and the code, and say what to do, because
 * the person reading them is usually an NGO editor who changed the file by hand.
 */
export function parseRegistry(text: string, file: string): Registry {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    fail(
      file,
      `is not valid JSON (${(e as Error).message}). Check for a missing comma or quote near that place.`,
    );
  }
  if (!data || typeof data !== 'object' || !Array.isArray((data as { codes?: unknown }).codes)) {
    fail(
      file,
      'expected an object with a "codes" list, like {"codes": [{"code": "a3", "path": "/ru/"}]}.',
    );
  }
  const entries: RegistryEntry[] = [];
  (data as { codes: unknown[] }).codes.forEach((raw, i) => {
    const where = `entry ${i + 1}`;
    if (!raw || typeof raw !== 'object')
      fail(file, `${where} is not an object with "code" and "path".`);
    const r = raw as Record<string, unknown>;
    const code = r.code;
    if (typeof code !== 'string' || !CODE_PATTERN.test(code)) {
      fail(
        file,
        `${where}: code ${JSON.stringify(code)} is not valid. Expected 2 or 3 characters from "${CODE_ALPHABET}".`,
      );
    }
    if (typeof r.path !== 'string' || !r.path.trim().startsWith('/')) {
      fail(
        file,
        `code "${code}": "path" must be a site address starting with "/", like "/ru/guide/registration/".`,
      );
    }
    const entry: RegistryEntry = { code, path: normalisePath(r.path) };
    if (r.formerPaths !== undefined) {
      if (
        !Array.isArray(r.formerPaths) ||
        r.formerPaths.some((p) => typeof p !== 'string' || !p.startsWith('/'))
      ) {
        fail(
          file,
          `code "${code}": "formerPaths" must be a list of site addresses starting with "/".`,
        );
      }
      entry.formerPaths = (r.formerPaths as string[]).map(normalisePath);
    }
    if (r.since !== undefined) {
      if (typeof r.since !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(r.since)) {
        fail(file, `code "${code}": "since" must be a date like "2026-11-23".`);
      }
      entry.since = r.since;
    }
    entries.push(entry);
  });
  checkUnique({ file, entries });
  return { file, entries };
}

/** Two entries with one code, or two codes for one page, would make a printed code ambiguous. */
export function checkUnique(registry: Registry): void {
  const byCode = new Map<string, RegistryEntry>();
  const byPath = new Map<string, RegistryEntry>();
  for (const e of registry.entries) {
    const other = byCode.get(e.code);
    if (other) {
      fail(
        registry.file,
        `code "${e.code}" is claimed by two pages (${other.path} and ${e.path}). A printed code can lead to one page only: keep the first and delete the other entry (the build gives that page a new code).`,
      );
    }
    byCode.set(e.code, e);
    const same = byPath.get(e.path);
    if (same) {
      fail(
        registry.file,
        `page ${e.path} has two codes ("${same.code}" and "${e.code}"). Keep both codes working by changing one entry's "path" back to the page it was printed for.`,
      );
    }
    byPath.set(e.path, e);
  }
}

/**
 * Reads `<contentDir>/qr/registry.json`. A missing file is an empty registry (a new deployment before its
 * first `npm run qr`); a malformed one stops with a message naming the file.
 */
export function loadRegistry(contentDir: string): Registry {
  const file = join(contentDir, REGISTRY_FILE);
  if (!existsSync(file)) return { file, entries: [] };
  return parseRegistry(readFileSync(file, 'utf8'), file);
}

/** The short link of a page, if it has one: shortLinkFor(r, '/ru/guide/registration/') → { code, shortPath: '/q/a2/' }. */
export function shortLinkFor(
  registry: Registry,
  sitePath: string,
): { code: string; shortPath: string } | undefined {
  const path = normalisePath(sitePath);
  const entry = registry.entries.find((e) => e.path === path);
  return entry ? { code: entry.code, shortPath: shortPathOf(entry.code) } : undefined;
}

/** FNV-1a: a stable number per page path, so the same page gets the same code on every machine. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function codeFromNumber(n: number, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) {
    s += CODE_ALPHABET[n % CODE_ALPHABET.length];
    n = Math.floor(n / CODE_ALPHABET.length);
  }
  return s;
}

/**
 * A new code for a page: derived from its path (so two editors adding different pages on different
 * branches rarely pick the same code), moving on to the next free one when taken; 3 characters once the
 * 2-character codes are two-thirds used, so guessing stays quick.
 */
export function newCode(path: string, taken: Set<string>): string {
  const a = CODE_ALPHABET.length;
  for (const length of [2, 3]) {
    const space = a ** length;
    const used = [...taken].filter((c) => c.length === length).length;
    if (used >= (space * 2) / 3) continue;
    const start = hash(path) % space;
    for (let i = 0; i < space; i++) {
      const code = codeFromNumber((start + i) % space, length);
      if (!taken.has(code)) return code;
    }
  }
  throw new Error('QR registry: no free short codes left (over 4,500 pages).');
}

/**
 * Gives a code to every page that has none yet and returns the grown registry (the input is not changed).
 * A page found in another entry's "formerPaths" is not given a new code: that entry keeps it.
 */
export function assignCodes(
  registry: Registry,
  pagePaths: Iterable<string>,
  today: string,
): { registry: Registry; added: RegistryEntry[] } {
  const known = new Set(registry.entries.flatMap((e) => [e.path, ...(e.formerPaths ?? [])]));
  const taken = new Set(registry.entries.map((e) => e.code));
  const added: RegistryEntry[] = [];
  for (const raw of [...new Set([...pagePaths].map(normalisePath))].sort()) {
    if (known.has(raw)) continue;
    const code = newCode(raw, taken);
    taken.add(code);
    known.add(raw);
    added.push({ code, path: raw, since: today });
  }
  const entries = [...registry.entries, ...added].sort((x, y) => x.path.localeCompare(y.path));
  return { registry: { file: registry.file, entries }, added };
}

/**
 * Where a code leads now: its page if that is built, else the nearest page above it that is
 * (/ru/guide/x/ → /ru/guide/ → /ru/), else the site's front page '/'. `exists` answers for site paths.
 */
export function resolveEntry(entry: RegistryEntry, exists: (path: string) => boolean): string {
  let path = entry.path;
  for (;;) {
    if (exists(path)) return path;
    if (path === '/') return '/';
    path = path.replace(/[^/]+\/$/, '');
  }
}

/**
 * Checks that `next` keeps every code of `previous` (the registry only grows). Renames are allowed: a code
 * may change its path. Returns the codes that disappeared.
 */
export function missingCodes(previous: Registry, next: Registry): string[] {
  const now = new Set(next.entries.map((e) => e.code));
  return previous.entries.map((e) => e.code).filter((c) => !now.has(c));
}

/** The registry file's text: one entry per line, sorted by page, so diffs and hand edits stay readable. */
export function serializeRegistry(registry: Registry): string {
  const lines = registry.entries.map((e) => {
    const o: Record<string, unknown> = { code: e.code, path: e.path };
    if (e.formerPaths?.length) o.formerPaths = e.formerPaths;
    if (e.since) o.since = e.since;
    return `    ${JSON.stringify(o)}`;
  });
  return [
    '{',
    '  "about": "Short links printed as QR codes (/q/<code>/). Never delete an entry or change a code: printed leaflets use them for years. When a page gets a new address, change its \\"path\\" and add the old address to \\"formerPaths\\". New pages get codes when you run npm run qr; commit this file.",',
    '  "codes": [',
    lines.join(',\n'),
    '  ]',
    '}',
    '',
  ].join('\n');
}
