/**
 * The language of an address, for pages the server cannot tailor (404, offline): a static host serves
 * one 404.html for every path, so the page reads its language from location.pathname. A module of its
 * own, with no imports, so the page's script stays inline (the offline page must work with no network).
 */
/** The site language a path is in ('/mg/tg/x/' with base '/mg/' → 'tg'), or undefined. */
export function langInPath(
  pathname: string,
  base: string,
  codes: readonly string[],
): string | undefined {
  const b = base.endsWith('/') ? base : `${base}/`;
  if (!pathname.startsWith(b)) return undefined;
  const seg = pathname.slice(b.length).split('/')[0];
  return codes.includes(seg) ? seg : undefined;
}
