/**
 * What goes into the search index, decided without Pagefind so it can be tested: which built pages are
 * worth finding, and which official host-country words (патент, ИИН, РВП …) each chapter should also be
 * found by, in every language. Migrants often know only the Russian or Kazakh word from a document.
 */
import { defaultLocale } from '../config/locales.ts';
import { normaliseHtmlText } from './searchNormalise.ts';
import { russianKeyboardForm } from './search/keyboard.ts';
import type { SearchTerms } from './search/terms.ts';

/**
 * Pages with nothing to find: the language chooser, not-found, the offline page, short-link
 * redirects (/q/…), print sheets and the search page itself. Path without the base.
 */
export function isIndexable(sitePath: string): boolean {
  const parts = sitePath.split('/').filter(Boolean);
  if (parts.length === 0) return false;
  if (/^(404|offline|q|print|search)$/.test(parts[0])) return false;
  if (parts.length >= 2 && /^(print|search|offline|q)$/.test(parts[1])) return false;
  return true;
}

export interface ChapterKeywords {
  /** 'ru/police' → keywords from that file's front matter. */
  byId: Map<string, string[]>;
  /** 'uz/police' → the language the translation was made from ('ru'). */
  fromById: Map<string, string | undefined>;
  /** 'uz/police' → the chapter's title (for its Russian-keyboard form in Tajik and Kyrgyz). */
  titleById?: Map<string, string>;
}

/**
 * A chapter page's search words: its own, those of the text it was translated from and the Russian
 * ones (the official terms), without repeats. Works for fallback pages too (no own file).
 */
export function keywordsFor(lang: string, slug: string, k: ChapterKeywords): string[] {
  const own = `${lang}/${slug}`;
  const from = k.fromById.get(own);
  const ids = [own, from ? `${from}/${slug}` : undefined, `${defaultLocale}/${slug}`].filter(Boolean) as string[];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const id of ids) {
    for (const word of k.byId.get(id) ?? []) {
      const key = word.toLocaleLowerCase();
      if (!seen.has(key)) { seen.add(key); out.push(word); }
    }
  }
  return out;
}

/**
 * Every word a chapter page is indexed with besides its text: the keywords (keywordsFor), the words the
 * editors listed for it in content/search/<lang>.yaml, and in Tajik and Kyrgyz the Russian-keyboard form
 * (see search/keyboard.ts) of its title and of those words, where it differs.
 */
export function indexWordsFor(lang: string, slug: string, k: ChapterKeywords, terms: SearchTerms): string[] {
  const words = [...keywordsFor(lang, slug, k)];
  const seen = new Set(words.map((w) => w.toLocaleLowerCase()));
  const add = (w: string) => { const key = w.toLocaleLowerCase(); if (!seen.has(key)) { seen.add(key); words.push(w); } };
  for (const w of terms.words.get(slug) ?? []) add(w);
  const title = k.titleById?.get(`${lang}/${slug}`);
  for (const w of [...(title ? [title] : []), ...words]) add(russianKeyboardForm(w, lang));
  return words;
}

/** '/uz/guide/police/' → { lang: 'uz', slug: 'police' }; other pages → undefined. */
export function chapterOfPath(sitePath: string): { lang: string; slug: string } | undefined {
  const m = /^\/([a-z]{2,3})\/guide\/([a-z0-9-]+)\/$/.exec(sitePath);
  return m ? { lang: m[1], slug: m[2] } : undefined;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The copy of a page handed to Pagefind: text normalised (see searchNormalise.ts) and, for chapters,
 * the keywords added inside the indexed part with extra weight. The page people download is unchanged.
 */
export function pageForIndex(html: string, keywords: string[]): string {
  let out = normaliseHtmlText(html);
  if (keywords.length) {
    const line = `<p data-pagefind-weight="2">${escapeHtml(normaliseHtmlText(keywords.join(', ')))}</p>`;
    // At the end of the chapter's <article>, so excerpts prefer the chapter's own sentences.
    const body = /<article\b[^>]*\bdata-pagefind-body\b[^>]*>/i.exec(out);
    const end = body ? out.indexOf('</article>', body.index) : -1;
    if (end > 0) out = out.slice(0, end) + line + out.slice(end);
  }
  return out;
}
