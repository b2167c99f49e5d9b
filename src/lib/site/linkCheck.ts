/**
 * Finds internal links in built HTML that lead nowhere. Pure over a file map so the build check, the
 * browser tests and `npm run check` share it. External links are not fetched (no network here).
 */
export interface BrokenLink { page: string; target: string; reason: string }

// Attribute names must follow whitespace: `\b` would also match inside data-print-href="…".
const ATTR = /\s(href|src|poster|srcset)\s*=\s*("([^"]*)"|'([^']*)')/gi;

/** Every internal URL referenced by a page: href, src, poster and srcset candidates. */
export function extractLinks(html: string): string[] {
  const out: string[] = [];
  // Inline scripts and styles are not links.
  const body = html.replace(/<script\b[\s\S]*?<\/script>/gi, '').replace(/<style\b[\s\S]*?<\/style>/gi, '');
  for (const m of body.matchAll(ATTR)) {
    const value = (m[3] ?? m[4] ?? '').replace(/&amp;/g, '&');
    if (m[1].toLowerCase() === 'srcset') out.push(...value.split(',').map((c) => c.trim().split(/\s+/)[0]).filter(Boolean));
    else out.push(value);
  }
  return out;
}

/**
 * Checks links of one page. `pageUrl` is the page's URL path ('/mg/ru/guide/x/'); `exists(path)`
 * answers whether a URL path (base included) is served; `ids(path)` returns the ids in that page for
 * #fragment checks (optional).
 */
export function checkPageLinks(
  pageUrl: string,
  html: string,
  exists: (path: string) => boolean,
  ids?: (path: string) => Set<string> | undefined,
): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const origin = 'http://site.invalid';
  for (const raw of extractLinks(html)) {
    if (!raw || /^(mailto:|tel:|geo:|sms:|data:|javascript:|blob:)/i.test(raw)) continue;
    if (/^(https?:)?\/\//i.test(raw)) continue; // other hosts: not checked here
    let url: URL;
    try { url = new URL(raw, origin + pageUrl); } catch { broken.push({ page: pageUrl, target: raw, reason: 'not a valid URL' }); continue; }
    const path = decodeURIComponent(url.pathname);
    if (!exists(path)) { broken.push({ page: pageUrl, target: raw, reason: `nothing is built at ${path}` }); continue; }
    if (url.hash.length > 1 && ids) {
      const set = ids(path);
      const id = decodeURIComponent(url.hash.slice(1));
      if (set && !set.has(id)) broken.push({ page: pageUrl, target: raw, reason: `no element with id="${id}" on ${path}` });
    }
  }
  return broken;
}

export function extractIds(html: string): Set<string> {
  return new Set([...html.matchAll(/\bid\s*=\s*"([^"]+)"/g)].map((m) => m[1]));
}
