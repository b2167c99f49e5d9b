/**
 * hreflang alternates of a page, the same in its <head> and in the sitemap. Search engines and messengers
 * use them to show a reader the page in their language:
 * - the language chooser `/` lists every language's home, and is itself the `x-default` (the page for a
 *   reader whose language we do not have);
 * - each language's home lists the other homes and `/` as the `x-default`;
 * - other pages list the languages in which they really exist (not a fallback), with no `x-default`;
 * - utility pages that are not translations of each other (the offline fallback, search, translation
 *   status, not found) are given no languages, and so carry no alternates.
 */
import { getLocale } from './i18n.ts';
import { switchLangPath } from './routes.ts';
import { pageKind } from './pageKind.ts';

/** The language chooser's site path: the x-default of the homes. */
export const X_DEFAULT_PATH = '/';

export interface HreflangLink {
  /** BCP 47 tag ('uz-Latn') or 'x-default'. */
  hreflang: string;
  /** Site path without the base, like '/uz/guide/police/'. */
  path: string;
}

/**
 * The alternates of the page at `path` (a site path without the base), given the languages in which it
 * really exists. Fewer than two languages give no alternates: a page is not an alternate of itself only.
 */
export function hreflangLinks(path: string, langs: readonly string[]): HreflangLink[] {
  if (langs.length < 2) return [];
  const kind = pageKind(path);
  const chooser = kind === 'chooser';
  const home = kind === 'home';
  const links = langs.map((code) => ({
    hreflang: getLocale(code).htmlLang,
    path: chooser ? `/${code}/` : switchLangPath(path, code),
  }));
  if (chooser || home) links.push({ hreflang: 'x-default', path: X_DEFAULT_PATH });
  return links;
}
