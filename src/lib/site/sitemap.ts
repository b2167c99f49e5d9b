/**
 * Sitemap rules: a page that only shows another language's text (a fallback) is left out of the
 * sitemap and out of hreflang alternates, so search engines and messengers only see real translations.
 */
import { locales } from '../../config/locales.ts';
import { splitId } from '../translation/fallback.ts';
import { langOfPath, switchLangPath, withoutBase } from './routes.ts';
import { X_DEFAULT_PATH, hreflangLinks } from './hreflang.ts';
import { pageKind, type PageKind } from './pageKind.ts';

/** Content kinds whose pages can fall back, with their URL segment. */
export const fallbackSections = { guide: 'guide', videos: 'videos' } as const;

/**
 * Given content ids per section (e.g. guide: ['ru/police', 'en/police']), returns the site paths
 * ('/uz/guide/police/') that are fallbacks.
 */
export function fallbackPaths(
  idsBySection: Record<string, string[]>,
  langs = locales.map((l) => l.code),
): Set<string> {
  const out = new Set<string>();
  for (const [section, ids] of Object.entries(idsBySection)) {
    const real = new Set(
      ids.map((id) => {
        const p = splitId(id);
        return `${p.lang}/${p.slug}`;
      }),
    );
    const slugs = new Set(ids.map((id) => splitId(id).slug));
    for (const slug of slugs)
      for (const lang of langs)
        if (!real.has(`${lang}/${slug}`)) out.add(`/${lang}/${section}/${slug}/`);
  }
  return out;
}

export interface SitemapLink {
  lang: string;
  url: string;
}

/**
 * hreflang alternates for a page URL in the sitemap: every language in which the same path is a real page,
 * and the language chooser as x-default of itself and of the homes (see src/lib/site/hreflang.ts).
 */
export function alternatesFor(
  url: string,
  siteUrl: string,
  base: string,
  fallbacks: Set<string>,
): SitemapLink[] {
  const path = withoutBase(base, new URL(url).pathname);
  if (path !== X_DEFAULT_PATH && !langOfPath(path)) return [];
  const langs = locales
    .map((l) => l.code)
    .filter((code) => path === X_DEFAULT_PATH || !fallbacks.has(switchLangPath(path, code)));
  return hreflangLinks(path, langs).map((l) => ({
    lang: l.hreflang,
    url: new URL(l.path.slice(1), siteUrl).href,
  }));
}

/** Pages that are for tools or translators, not for search engines (they are also noindex or redirects). */
const notForSearchEngines = new Set<PageKind>([
  'translationStatus',
  'review',
  'shortLink',
  'notFound',
  'search',
  'offline',
  'print',
]);

export function inSitemap(path: string, fallbacks: Set<string>): boolean {
  return !fallbacks.has(path) && !notForSearchEngines.has(pageKind(path));
}
