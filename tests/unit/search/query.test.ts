// What the search page asks Pagefind for a typed query, and how the answers become one list.
import { describe, expect, it } from 'vitest';
import {
  boostChapters,
  CHAPTER_BOOST,
  mergeResults,
  queryForms,
  stemWord,
  sumResults,
  wordsOf,
} from '../../../src/lib/search/query.ts';

const R = '\u2019';

describe('search query forms', () => {
  it('Uzbek with or without the sign is one query form', () => {
    expect(queryForms("ro'yxat", 'uz', [])).toEqual([`ro${R}yxat`]);
    expect(queryForms('roʻyxat', 'uz', [])).toEqual([`ro${R}yxat`]);
    expect(queryForms('royxat', 'uz', [])).toEqual(['royxat']);
  });
  it('an Uzbek Cyrillic query is also searched in Latin, and a Russian word stays as typed', () => {
    expect(queryForms('рўйхат', 'uz', [])).toEqual(['рўйхат', `ro${R}yxat`]);
    expect(queryForms('патент', 'uz', [])).toEqual(['патент', 'patent']);
    // Only on the Uzbek pages: a Tajik or Russian query is never transliterated.
    expect(queryForms('патент', 'tg', [])).toEqual(['патент']);
    expect(queryForms('регистрация', 'ru', [])).toEqual(['регистрация']);
  });
  it("cuts the editors' endings off, keeping at least four letters", () => {
    const endings = ['dingiz', 'dim', 'di'];
    expect(stemWord('yoʻqotdim', endings)).toBe('yoʻqot');
    expect(stemWord('keldi', endings)).toBe('keldi');
    expect(queryForms("pasport yo'qotdim", 'uz', endings)).toEqual([
      `pasport yo${R}qotdim`,
      `pasport yo${R}qot`,
    ]);
    expect(queryForms('   ', 'uz', endings)).toEqual([]);
  });
  it('words one by one, only for two or more', () => {
    expect(wordsOf(['lost my pasport', 'lost my pasport'])).toEqual(['lost', 'my', 'pasport']);
    expect(wordsOf(['kasal'])).toEqual([]);
  });
});

describe('search results', () => {
  it('merges forms: each page once with its best score', () => {
    const merged = mergeResults([
      [
        { id: 'a', score: 1 },
        { id: 'b', score: 3 },
      ],
      [{ id: 'a', score: 5 }],
    ]);
    expect(merged).toEqual([
      { id: 'a', score: 5 },
      { id: 'b', score: 3 },
    ]);
  });
  it('adds up the scores of words searched one by one', () => {
    expect(
      sumResults([
        [
          { id: 'a', score: 1 },
          { id: 'b', score: 2 },
        ],
        [{ id: 'a', score: 2 }],
      ]),
    ).toEqual([
      { id: 'a', score: 3 },
      { id: 'b', score: 2 },
    ]);
  });
  it('puts a chapter above a video found by the same words', () => {
    const boosted = boostChapters(
      [
        { id: 'video', score: 2 },
        { id: 'chapter', score: 1 },
      ],
      new Set(['chapter']),
    );
    expect(boosted.map((r) => r.id)).toEqual(['chapter', 'video']);
    expect(boosted[0].score).toBe(CHAPTER_BOOST);
  });
});
