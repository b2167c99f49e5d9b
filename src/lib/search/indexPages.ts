/**
 * What goes into the search index, decided without Pagefind so it can be tested: which built pages are
 * worth finding, and which official host-country words (патент, ИИН, РВП …) each chapter should also be
 * found by, in every language. Migrants often know only the Russian or Kazakh word from a document.
 */
import { defaultLocale } from '../../config/locales.ts';
import { normaliseForSearch } from './normalise.ts';
import { findFirst, parseHtml, serialize, type Node } from '../site/html.ts';
import { russianKeyboardForm } from './keyboard.ts';
import type { SearchTerms } from './terms.ts';
import { CHAPTER_KIND, KIND_FILTER } from './query.ts';
import { pageKind, type PageKind } from '../site/pageKind.ts';

/**
 * Pages with nothing to find: the language chooser, not-found, the offline page, short-link
 * redirects (/q/…), print sheets, the search page itself and the translators' review pages (/review/…).
 * Path without the base.
 */
const NOT_INDEXED = new Set<PageKind>([
  'chooser',
  'notFound',
  'offline',
  'shortLink',
  'print',
  'search',
  'review',
]);

export function isIndexable(sitePath: string): boolean {
  return !NOT_INDEXED.has(pageKind(sitePath));
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
  const ids = [own, from ? `${from}/${slug}` : undefined, `${defaultLocale}/${slug}`].filter(
    Boolean,
  ) as string[];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const id of ids) {
    for (const word of k.byId.get(id) ?? []) {
      const key = word.toLocaleLowerCase();
      if (!seen.has(key)) {
        seen.add(key);
        out.push(word);
      }
    }
  }
  return out;
}

/** Words a chapter is indexed with besides its text, each line with its weight (see pageForIndex). */
export interface IndexLine {
  words: string[];
  weight: number;
}

/**
 * The extra lines of a chapter page in the index: its keywords (keywordsFor) at weight 2; the words
 * the editors listed for it in content/search/<lang>.yaml at weight 10 (Pagefind's highest) — a listed word is one people type
 * for exactly this chapter, so it should put the chapter first; and in Tajik and Kyrgyz the
 * Russian-keyboard form (search/keyboard.ts) of its title and of all those words, where it differs.
 */
export function indexLinesFor(
  lang: string,
  slug: string,
  k: ChapterKeywords,
  terms: SearchTerms,
): IndexLine[] {
  const seen = new Set<string>();
  const take = (list: string[]) =>
    list.filter((w) => {
      const key = w.toLocaleLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const editors = take(terms.words.get(slug) ?? []);
  const keywords = take(keywordsFor(lang, slug, k));
  const title = k.titleById?.get(`${lang}/${slug}`);
  const keyboard = take(
    [...(title ? [title] : []), ...editors, ...keywords].map((w) => russianKeyboardForm(w, lang)),
  );
  return [
    { words: editors, weight: 10 },
    { words: keywords, weight: 2 },
    { words: keyboard, weight: 2 },
  ].filter((l) => l.words.length > 0);
}

/** '/uz/guide/police/' → { lang: 'uz', slug: 'police' }; other pages → undefined. */
export function chapterOfPath(sitePath: string): { lang: string; slug: string } | undefined {
  if (pageKind(sitePath) !== 'chapter') return undefined;
  const [lang, , slug] = sitePath.split('/').filter(Boolean);
  return { lang, slug };
}

/** Every text node of the tree through normaliseForSearch (entities are already decoded there). */
function normaliseTree(node: Node): void {
  if (node.type === 'text') {
    node.text = normaliseForSearch(node.text);
    return;
  }
  if (node.name === 'script' || node.name === 'style') return;
  node.children.forEach(normaliseTree);
}

/**
 * The copy of a page handed to Pagefind: text normalised (see searchNormalise.ts); for chapters, the
 * extra lines added inside the indexed part with their weight, and the filter kind:chapter, by which the
 * search page puts chapters above the video or the map list that repeat their words (weights cannot:
 * Pagefind weighs words against the rest of their own page). The page people download is unchanged.
 */
export function pageForIndex(
  html: string,
  lines: IndexLine[],
  isChapter = lines.length > 0,
): string {
  const root = parseHtml(html);
  normaliseTree(root);
  const body = isChapter
    ? findFirst(root, (el) => el.name === 'article' && 'data-pagefind-body' in el.attrs)
    : undefined;
  if (body) {
    body.attrs['data-pagefind-filter'] = `${KIND_FILTER}:${CHAPTER_KIND}`;
    // At the end of the chapter's <article>, so excerpts prefer the chapter's own sentences.
    for (const l of lines) {
      body.children.push({
        type: 'el',
        name: 'p',
        attrs: { 'data-pagefind-weight': String(l.weight) },
        children: [{ type: 'text', text: normaliseForSearch(l.words.join(', ')) }],
      });
    }
  }
  return serialize(root);
}
