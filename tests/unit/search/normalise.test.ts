import { describe, expect, it } from 'vitest';
import {
  normaliseForSearch,
  normaliseQuery,
  restoreUzbekMarks,
} from '../../../src/lib/search/normalise.ts';

describe('search normalisation', () => {
  it('"o\'zbek" = "oʻzbek", whatever mark the keyboard has', () => {
    const want = normaliseForSearch('oʻzbek');
    // U+2019: Pagefind indexes "o’zbek" also as "ozbek", so the word is found without the sign too.
    expect(want).toBe('o\u2019zbek');
    for (const typed of ["o'zbek", 'o`zbek', 'o‘zbek', 'o’zbek', 'oʻzbek', 'oʼzbek', 'o´zbek']) {
      expect(normaliseForSearch(typed), typed).toBe(want);
    }
  });
  it('treats gʻ like oʻ, in capitals too', () => {
    expect(normaliseForSearch("sog'liq")).toBe(normaliseForSearch('sogʻliq'));
    expect(normaliseForSearch("O'zbekiston")).toBe('O\u2019zbekiston');
    expect(normaliseForSearch("G'ijduvon")).toBe('G\u2019ijduvon');
  });
  it('maps the tutuq belgisi (maʼlumot) to one form', () => {
    expect(normaliseForSearch("ma'lumot")).toBe('ma\u2019lumot');
    expect(normaliseForSearch('ma’lumot')).toBe(normaliseForSearch('maʼlumot'));
  });
  it('leaves quotes that are not inside a word alone', () => {
    expect(normaliseForSearch("'patent'")).toBe("'patent'");
    expect(normaliseForSearch('«o‘qish»')).toBe('«o\u2019qish»');
  });
  it('ё = е in Russian', () => {
    expect(normaliseForSearch('ещё')).toBe('еще');
    expect(normaliseForSearch('Ёлка')).toBe('Елка');
  });
  it('cleans the query box', () => {
    expect(normaliseQuery("  o'zbek   pasporti ")).toBe('o\u2019zbek pasporti');
  });
  it('puts the Uzbek signs back in excerpts: oʻ gʻ with U+02BB, the tutuq belgisi with U+02BC', () => {
    expect(
      restoreUzbekMarks(normaliseForSearch("<mark>Ro'yxatga</mark> olish, sog`liq, ma'lumot")),
    ).toBe('<mark>Ro\u02BByxatga</mark> olish, sog\u02BBliq, ma\u02BClumot');
    expect(restoreUzbekMarks('’quote’')).toBe('’quote’');
  });
  it('changes the text of an HTML page, not its tags or addresses (the copy handed to Pagefind)', () => {
    const html = `<a href="/x/o'k/" title="o'k">O&#39;zbek tili</a><p>ko&rsquo;cha, ещё</p>`;
    expect(pageForIndex(html, [], false)).toBe(
      `<a href="/x/o'k/" title="o'k">O\u2019zbek tili</a><p>ko\u2019cha, еще</p>`,
    );
  });
});

import {
  chapterOfPath,
  indexLinesFor,
  isIndexable,
  keywordsFor,
  pageForIndex,
} from '../../../src/lib/search/indexPages.ts';

describe('what goes into the search index', () => {
  it('leaves out pages with nothing to find', () => {
    for (const p of ['/', '/404/', '/offline/', '/q/a3/', '/ru/search/', '/uz/print/', '/print/'])
      expect(isIndexable(p), p).toBe(false);
    for (const p of ['/ru/', '/uz/guide/police/', '/tg/help/', '/ky/map/'])
      expect(isIndexable(p), p).toBe(true);
  });
  it("gives a translated chapter its own, its source's and the Russian keywords, once each", () => {
    const k = {
      byId: new Map([
        ['ru/work-permit', ['патент', 'ИИН']],
        ['uz/work-permit', ['patent', 'Патент']],
      ]),
      fromById: new Map([
        ['uz/work-permit', 'ru'],
        ['ru/work-permit', undefined],
      ]),
    };
    expect(keywordsFor('uz', 'work-permit', k)).toEqual(['patent', 'Патент', 'ИИН']);
    // A fallback page (no Kyrgyz file) is still found by the Russian terms.
    expect(keywordsFor('ky', 'work-permit', k)).toEqual(['патент', 'ИИН']);
    expect(chapterOfPath('/ky/guide/work-permit/')).toEqual({ lang: 'ky', slug: 'work-permit' });
    expect(chapterOfPath('/ky/help/')).toBeUndefined();
  });
  it('adds the extra lines inside the indexed article, marks it as a chapter and normalises the copy', () => {
    const html =
      "<html><body><nav>o'zbek</nav><article data-pagefind-body><h1>Ещё</h1></article></body></html>";
    const out = pageForIndex(html, [
      { words: ['kasal'], weight: 10 },
      { words: ['ИИН', "o'zbek"], weight: 2 },
    ]);
    expect(out).toContain(
      '<article data-pagefind-body data-pagefind-filter="kind:chapter"><h1>Еще</h1><p data-pagefind-weight="10">kasal</p><p data-pagefind-weight="2">ИИН, o\u2019zbek</p></article>',
    );
    // Other pages (videos, map, help) are indexed as they are, without the chapter filter.
    const video = pageForIndex('<article data-pagefind-body><h1>Kasal</h1></article>', [], false);
    expect(video).toBe('<article data-pagefind-body><h1>Kasal</h1></article>');
  });
  it("indexes a chapter by the editors' words first, then its keywords, then their Russian-keyboard form", () => {
    const k = {
      byId: new Map([['tg/registration', ['бақайдгирӣ', 'прописка']]]),
      fromById: new Map([['tg/registration', 'ru']]),
      titleById: new Map([['tg/registration', 'Бақайдгирӣ: кӣ, кай']]),
    };
    const terms = {
      words: new Map([['registration', ['регистратсия', 'қайд шудан', 'прописка']]]),
      endings: [],
    };
    expect(indexLinesFor('tg', 'registration', k, terms)).toEqual([
      { words: ['регистратсия', 'қайд шудан', 'прописка'], weight: 10 },
      { words: ['бақайдгирӣ'], weight: 2 },
      { words: ['Бакайдгири: ки, кай', 'кайд шудан', 'бакайдгири'], weight: 2 },
    ]);
    // Uzbek and the others have no Russian-keyboard line.
    expect(
      indexLinesFor(
        'uz',
        'registration',
        { byId: new Map(), fromById: new Map() },
        { words: new Map([['registration', ['propiska']]]), endings: [] },
      ),
    ).toEqual([{ words: ['propiska'], weight: 10 }]);
  });
});
