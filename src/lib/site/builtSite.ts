/** Reads a built site folder for checks: its pages by URL path, and whether a URL path is served. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { listFiles } from '../content/tree.ts';
import { checkPageLinks, extractIds, type BrokenLink } from './linkCheck.ts';
import { parseHtml, type El } from './html.ts';

/** URL path ('/mg/ru/guide/x/') of a built HTML file. */
export function urlPathOf(distDir: string, base: string, file: string): string {
  const rel = relative(distDir, file).split(sep).join('/');
  const path = rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel;
  return base + path;
}

export function servedPath(distDir: string, base: string, path: string): string | undefined {
  if (!path.startsWith(base)) return undefined;
  const file = join(distDir, path.slice(base.length));
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
}

export function htmlPages(distDir: string): string[] {
  return listFiles(distDir, ['.html']);
}

/** Every broken internal link (and #fragment) in every built page. */
export function findBrokenLinks(distDir: string, base: string): BrokenLink[] {
  // Each page is parsed once, whether it is checked first or linked to first.
  const trees = new Map<string, El>();
  const tree = (file: string) => {
    if (!trees.has(file)) trees.set(file, parseHtml(readFileSync(file, 'utf8')));
    return trees.get(file)!;
  };
  const idCache = new Map<string, Set<string>>();
  const ids = (path: string) => {
    const file = servedPath(distDir, base, path);
    if (!file || !file.endsWith('.html')) return undefined;
    if (!idCache.has(file)) idCache.set(file, extractIds(tree(file)));
    return idCache.get(file);
  };
  return htmlPages(distDir).flatMap((file) =>
    checkPageLinks(
      urlPathOf(distDir, base, file),
      tree(file),
      (p) => Boolean(servedPath(distDir, base, p)),
      ids,
    ),
  );
}
