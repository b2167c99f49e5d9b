/**
 * Finds internal links in built HTML that lead nowhere. Pure over a file map so the build check, the
 * browser tests and `npm run check` share it. External links are not fetched (no network here).
 */
import { parseHtml, walk, type El } from './html.ts';

export interface BrokenLink {
  page: string;
  target: string;
  reason: string;
}

/** Every URL referenced by a page's elements: href, src, poster and srcset candidates (text inside scripts is not a link). */
export function extractLinks(page: string | El): string[] {
  const out: string[] = [];
  walk(typeof page === 'string' ? parseHtml(page) : page, (el) => {
    for (const name of ['href', 'src', 'poster'] as const)
      if (el.attrs[name] !== undefined) out.push(el.attrs[name]);
    if (el.attrs.srcset !== undefined)
      out.push(
        ...el.attrs.srcset
          .split(',')
          .map((c) => c.trim().split(/\s+/)[0])
          .filter(Boolean),
      );
  });
  return out;
}

/**
 * Checks links of one page. `pageUrl` is the page's URL path ('/mg/ru/guide/x/'); `exists(path)`
 * answers whether a URL path (base included) is served; `ids(path)` returns the ids in that page for
 * #fragment checks (optional).
 */
export function checkPageLinks(
  pageUrl: string,
  html: string | El,
  exists: (path: string) => boolean,
  ids?: (path: string) => Set<string> | undefined,
): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const origin = 'http://site.invalid';
  for (const raw of extractLinks(html)) {
    if (!raw || /^(mailto:|tel:|geo:|sms:|data:|javascript:|blob:)/i.test(raw)) continue;
    if (/^(https?:)?\/\//i.test(raw)) continue; // other hosts: not checked here
    let url: URL;
    try {
      url = new URL(raw, origin + pageUrl);
    } catch {
      broken.push({ page: pageUrl, target: raw, reason: 'not a valid URL' });
      continue;
    }
    const path = decodeURIComponent(url.pathname);
    if (!exists(path)) {
      broken.push({ page: pageUrl, target: raw, reason: `nothing is built at ${path}` });
      continue;
    }
    if (url.hash.length > 1 && ids) {
      const set = ids(path);
      const id = decodeURIComponent(url.hash.slice(1));
      if (set && !set.has(id))
        broken.push({
          page: pageUrl,
          target: raw,
          reason: `no element with id="${id}" on ${path}`,
        });
    }
  }
  return broken;
}

export function extractIds(page: string | El): Set<string> {
  const ids = new Set<string>();
  walk(typeof page === 'string' ? parseHtml(page) : page, (el) => {
    if (el.attrs.id) ids.add(el.attrs.id);
  });
  return ids;
}
