/**
 * The one list of the site's kinds of page, read from a site path (without the base). Features decide
 * their own rules from the kind: which pages get a printed QR code, go into the search index or the
 * sitemap, or are stored by "Save for offline". A new kind of page is added here once, and each of those
 * rules then says whether it wants it.
 */
import { langOfPath } from './routes.ts';

export type PageKind =
  /** '/': the language chooser. */
  | 'chooser'
  /** '/ru/' */
  | 'home'
  /** '/ru/guide/': the list of chapters. */
  | 'guide'
  /** '/ru/guide/police/' */
  | 'chapter'
  /** '/ru/videos/' */
  | 'videos'
  /** '/ru/videos/registration/' */
  | 'video'
  | 'help'
  /** '/ru/map/' */
  | 'map'
  /** '/ru/map/almaty/': one district's facilities. */
  | 'mapDistrict'
  /** '/ru/figures/': key figures with their sources. */
  | 'figures'
  | 'search'
  /** '/ru/print/': the printable documents; '/print/…': the folder of the print files themselves. */
  | 'print'
  /** '/offline/': the page shown for a page that is not saved. */
  | 'offline'
  /** '/review/uz/…': translators' side-by-side pages. */
  | 'review'
  /** '/translation-status/' */
  | 'translationStatus'
  /** '/404/' or '/404.html' */
  | 'notFound'
  /** '/q/a3/': a printed short link's redirect page. */
  | 'shortLink'
  /** Anything else: a file, or a page no rule knows yet. */
  | 'other';

/** Sections under a language whose pages are one kind, and the kind of the pages one level below. */
const SECTIONS: Record<string, [PageKind, PageKind | undefined]> = {
  guide: ['guide', 'chapter'],
  videos: ['videos', 'video'],
  map: ['map', 'mapDistrict'],
  help: ['help', undefined],
  figures: ['figures', undefined],
  search: ['search', undefined],
  print: ['print', undefined],
  offline: ['offline', undefined],
};

/** The kind of the page at a site path without the base: pageKind('/uz/guide/police/') → 'chapter'. */
export function pageKind(path: string): PageKind {
  const parts = path
    .replace(/(^|\/)index\.html$/, '/')
    .split('/')
    .filter(Boolean);
  if (parts.length === 0) return 'chooser';
  const [first] = parts;
  if (parts.length === 1 && (first === '404' || first === '404.html')) return 'notFound';
  // A page is a folder: a name with a dot is a file (the map's data, a PDF, the one-file guide).
  if (parts.some((p) => p.includes('.'))) return 'other';
  if (first === 'q') return parts.length === 2 ? 'shortLink' : 'other';
  if (first === 'review') return 'review';
  if (first === 'print') return 'print';
  if (first === 'offline') return parts.length === 1 ? 'offline' : 'other';
  if (first === 'translation-status') return parts.length === 1 ? 'translationStatus' : 'other';
  if (!langOfPath(path)) return 'other';
  if (parts.length === 1) return 'home';
  const section = SECTIONS[parts[1]];
  if (!section) return 'other';
  if (parts.length === 2) return section[0];
  return parts.length === 3 && section[1] ? section[1] : 'other';
}
