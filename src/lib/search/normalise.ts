/**
 * One spelling for search. People type Uzbek oʻ and gʻ with whatever their keyboard has (o' o` o‘ o’ oʻ),
 * and Russian with or without ё; the search index and the query box must agree, or "o'zbek" misses
 * "oʻzbek". Both the indexer (src/integrations/search.ts) and the search page's script call this, so the
 * rule lives in one place. Text shown to people is not changed; only what Pagefind indexes and looks up.
 */

/** Every mark people use for the Uzbek oʻ/gʻ sign and the tutuq belgisi (ʼ), as characters… */
const MARKS = "'`´‘’ʻʼʹ′";

const LATIN = 'A-Za-z\u00C0-\u024F';
const markBetween = new RegExp(`([${LATIN}])[${MARKS}](?=[${LATIN}])`, 'g');

/**
 * The one mark every sign between two Latin letters becomes: U+2019 ’. Pagefind counts ’ as punctuation
 * inside a word, so it indexes "ro’yxatga" also as "royxatga": `roʻyxat`, `ro'yxat` and `royxat` all find
 * it. (U+02BB ʻ is a letter to Pagefind, and then `royxat` found nothing.) Cyrillic ё becomes е.
 * Deterministic, so index and query meet.
 */
export const SEARCH_MARK = '\u2019';

export function normaliseForSearch(text: string): string {
  return text
    .replace(markBetween, (_m, letter: string) => `${letter}${SEARCH_MARK}`)
    .replace(/ё/g, 'е')
    .replace(/Ё/g, 'Е');
}

/**
 * Puts the Uzbek signs back in text that comes out of the index (result excerpts), for Uzbek pages:
 * o’/g’ → oʻ/gʻ (U+02BB), any other ’ between letters → ʼ (U+02BC, tutuq belgisi).
 */
export function restoreUzbekMarks(text: string): string {
  return text.replace(
    new RegExp(`([${LATIN}])${SEARCH_MARK}(?=[${LATIN}])`, 'g'),
    (_m, letter: string) => (/[oOgG]/.test(letter) ? `${letter}\u02BB` : `${letter}\u02BC`),
  );
}

/** What the search box sends to Pagefind: normalised, trimmed, inner spaces collapsed. */
export function normaliseQuery(query: string): string {
  return normaliseForSearch(query).replace(/\s+/g, ' ').trim();
}
