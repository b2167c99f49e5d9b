/**
 * What the search page asks Pagefind for one typed query. Runs in the browser (src/client/search.ts),
 * so it stays small and has no Node imports. Several forms are searched and their results merged:
 * - the query as typed, normalised (searchNormalise.ts: every apostrophe one mark, ё = е);
 * - on the Uzbek pages, a query with Cyrillic letters also in Uzbek Latin (рўйхат → roʻyxat), while
 *   the Cyrillic form still finds the Russian official words (патент, регистрация) the index holds;
 * - each of those with the editors' word endings cut off (yoʻqotdim → yoʻqot): Pagefind matches the
 *   beginning of words, so the cut word finds yoʻqotish and yoʻqotsangiz too.
 * Pagefind wants every word on a page; when no page has them all ("i lost my pasport"), the words are
 * searched one by one and a page's scores added up (wordsOf, sumResults), so the page with most wins.
 */
import { normaliseQuery } from './normalise.ts';
import { hasCyrillic, uzCyrillicToLatin } from './uzCyrillic.ts';

/** The Pagefind filter set on chapter pages in the index (indexPages.ts pageForIndex). */
export const KIND_FILTER = 'kind';
export const CHAPTER_KIND = 'chapter';
/**
 * How much more a chapter counts than another page (video, map list, help page) found by the same
 * words: the chapter explains, the others repeat a part of it.
 */
export const CHAPTER_BOOST = 3;

/** A word is cut only if this many letters stay, so short words keep their meaning. */
export const MIN_STEM = 4;

/** The word without the longest listed ending (endings longest first), or the word itself. */
export function stemWord(word: string, endings: readonly string[]): string {
  const lower = word.toLocaleLowerCase();
  for (const e of endings) {
    if (lower.endsWith(e) && [...lower].length - [...e].length >= MIN_STEM)
      return word.slice(0, word.length - e.length);
  }
  return word;
}

export function queryForms(typed: string, lang: string, endings: readonly string[]): string[] {
  const base = normaliseQuery(typed);
  if (!base) return [];
  const forms = [base];
  if (lang === 'uz' && hasCyrillic(base)) forms.push(normaliseQuery(uzCyrillicToLatin(base)));
  for (const f of [...forms])
    forms.push(
      f
        .split(' ')
        .map((w) => stemWord(w, endings))
        .join(' '),
    );
  return [...new Set(forms)];
}

export interface Scored {
  id: string;
  score: number;
}

/** Results of several forms as one list: each page once, with its best score, best first. */
export function mergeResults<T extends Scored>(lists: readonly (readonly T[])[]): T[] {
  const best = new Map<string, T>();
  for (const list of lists)
    for (const r of list) {
      const seen = best.get(r.id);
      if (!seen || r.score > seen.score) best.set(r.id, r);
    }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/** The separate words of the forms, for searching them one by one (two or more words only). */
export function wordsOf(forms: readonly string[]): string[] {
  const words = [...new Set(forms.flatMap((f) => f.split(' ')))];
  return words.length > 1 ? words : [];
}

/** Results of single-word searches as one list: each page once, its scores added up, best first. */
export function sumResults<T extends Scored>(lists: readonly (readonly T[])[]): T[] {
  const total = new Map<string, { r: T; score: number }>();
  for (const list of lists)
    for (const r of list) {
      const seen = total.get(r.id);
      total.set(r.id, { r: seen?.r ?? r, score: (seen?.score ?? 0) + r.score });
    }
  return [...total.values()]
    .sort((a, b) => b.score - a.score)
    .map((t) => ({ ...t.r, score: t.score }));
}

/** Chapters (ids from a search filtered to chapters) scored CHAPTER_BOOST times higher, best first. */
export function boostChapters<T extends Scored>(
  results: readonly T[],
  chapterIds: ReadonlySet<string>,
): T[] {
  return results
    .map((r) => (chapterIds.has(r.id) ? { ...r, score: r.score * CHAPTER_BOOST } : r))
    .sort((a, b) => b.score - a.score);
}
