/**
 * Builds the site's URLs in one way everywhere, so that the site works at the domain root and under
 * a sub-path (GitHub Pages' /repo/) alike. Paths are given without the base; `withBase` adds it.
 */
import { localeCodes } from '../../config/locales.ts';

/** Joins base ('/' or '/repo/') and a site path ('ru/guide/' or '/ru/guide/'). */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}

/** Strips the base from a pathname; returns a path starting with '/'. */
export function withoutBase(base: string, pathname: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  if (pathname.startsWith(b)) return `/${pathname.slice(b.length)}`;
  if (`${pathname}/` === b) return '/';
  return pathname;
}

export const paths = {
  home: (lang: string) => `/${lang}/`,
  guide: (lang: string) => `/${lang}/guide/`,
  chapter: (lang: string, slug: string) => `/${lang}/guide/${slug}/`,
  help: (lang: string) => `/${lang}/help/`,
  map: (lang: string) => `/${lang}/map/`,
  /** One district's facilities, and the map's marker data; both only when the map page lists districts. */
  mapDistrict: (lang: string, district: string) => `/${lang}/map/${district}/`,
  mapData: (lang: string) => `/${lang}/map/facilities.json`,
  videos: (lang: string) => `/${lang}/videos/`,
  video: (lang: string, slug: string) => `/${lang}/videos/${slug}/`,
  search: (lang: string) => `/${lang}/search/`,
  print: (lang: string) => `/${lang}/print/`,
  /** Key figures: every amount, fine and deadline the guide uses, with its validity and source. */
  figures: (lang: string) => `/${lang}/figures/`,
  /** The whole guide as one HTML file to forward, and the printable booklet (made after the build). */
  offlineFile: (lang: string) => `/offline/migrant-guide-${lang}.html`,
  booklet: (lang: string) => `/print/booklet-${lang}.pdf`,
  bookletA5: (lang: string) => `/print/booklet-${lang}-a5.pdf`,
};

/** The language segment of a site path ('/uz/guide/x/' → 'uz'), or undefined outside a language. */
export function langOfPath(path: string): string | undefined {
  const seg = path.split('/').filter(Boolean)[0];
  return seg && localeCodes.includes(seg) ? seg : undefined;
}

/** The same page in another language: '/uz/guide/police/' → '/en/guide/police/'. */
export function switchLangPath(path: string, toLang: string): string {
  const parts = path.split('/');
  const i = parts.findIndex((p) => p !== '');
  if (i === -1 || !localeCodes.includes(parts[i])) return `/${toLang}/`;
  parts[i] = toLang;
  return parts.join('/');
}
