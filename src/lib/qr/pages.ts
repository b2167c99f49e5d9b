/**
 * Finds the pages that get a printed QR code by reading the built site, not the source: pages added later
 * by other features (map, videos) are covered without anyone remembering to list them here.
 */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { listFiles } from '../content/tree.ts';
import { pageKind, type PageKind } from '../site/pageKind.ts';
import { findFirst, parseHtml, textOf, type El } from '../site/html.ts';

export interface QrPage {
  /** Site path without the base: '/ru/guide/police/'. */
  path: string;
  /** Our language code ('uz'), the first path segment. */
  lang: string;
  /** The page's heading (or <title>) as readers see it. */
  title: string;
}

/** Pages nobody needs on paper: search, the print page itself, short links, the 404 page. */
const NO_CODE = new Set<PageKind>(['search', 'print', 'shortLink', 'notFound']);

/** Text as a reader sees it: spaces collapsed. */
const plain = (el: El) => textOf(el).replace(/\s+/g, ' ').trim();

/** The title a person sees: the first <h1>, else <title> without the " — site name" suffix. */
export function pageTitle(page: string | El): string | undefined {
  const tree = typeof page === 'string' ? parseHtml(page) : page;
  const h1 = findFirst(tree, (el) => el.name === 'h1');
  if (h1 && plain(h1)) return plain(h1);
  const title = findFirst(tree, (el) => el.name === 'title');
  if (title) return plain(title).split(' — ')[0] || undefined;
  return undefined;
}

/** A page that only sends the browser on (a short link or a moved page): <meta http-equiv="refresh">. */
export function isRedirect(page: El): boolean {
  return (
    findFirst(
      page,
      (el) => el.name === 'meta' && el.attrs['http-equiv']?.toLowerCase() === 'refresh',
    ) !== undefined
  );
}

/**
 * The site path of a built file relative to the output folder, or undefined when it is not a page that
 * gets a code: only '<lang>/…/index.html' in a configured language, no utility pages.
 */
export function qrPathOf(relFile: string, langs: readonly string[]): string | undefined {
  const parts = relFile.split(/[\\/]/);
  if (parts[parts.length - 1] !== 'index.html') return undefined;
  const segs = parts.slice(0, -1);
  if (segs.length === 0 || !langs.includes(segs[0])) return undefined;
  const path = `/${segs.join('/')}/`;
  return NO_CODE.has(pageKind(path)) ? undefined : path;
}

/** Every page in the built site that gets a QR code, sorted by path. Redirect pages are skipped. */
export function discoverPages(distDir: string, langs: readonly string[]): QrPage[] {
  const pages: QrPage[] = [];
  for (const file of listFiles(distDir, ['index.html'])) {
    const rel = relative(distDir, file).split(sep).join('/');
    const path = qrPathOf(rel, langs);
    if (!path) continue;
    const tree = parseHtml(readFileSync(file, 'utf8'));
    if (isRedirect(tree)) continue;
    const title = pageTitle(tree);
    if (!title)
      throw new Error(
        `Built page ${rel} has no <h1> or <title>, so its QR card would have no name.`,
      );
    pages.push({ path, lang: path.split('/')[1], title });
  }
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}
