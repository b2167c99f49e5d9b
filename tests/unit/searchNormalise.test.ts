import { describe, expect, it } from 'vitest';
import { normaliseForSearch, normaliseHtmlText, normaliseQuery } from '../../src/lib/searchNormalise.ts';

describe('search normalisation', () => {
  it('"o\'zbek" = "oʻzbek", whatever mark the keyboard has', () => {
    const want = normaliseForSearch('oʻzbek');
    expect(want).toBe('o\u02BBzbek');
    for (const typed of ["o'zbek", 'o`zbek', 'o‘zbek', 'o’zbek', 'oʻzbek', 'oʼzbek', 'o´zbek']) {
      expect(normaliseForSearch(typed), typed).toBe(want);
    }
  });
  it('treats gʻ like oʻ, in capitals too', () => {
    expect(normaliseForSearch("sog'liq")).toBe(normaliseForSearch('sogʻliq'));
    expect(normaliseForSearch("O'zbekiston")).toBe('O\u02BBzbekiston');
    expect(normaliseForSearch("G'ijduvon")).toBe('G\u02BBijduvon');
  });
  it('maps the tutuq belgisi (maʼlumot) to one form', () => {
    expect(normaliseForSearch("ma'lumot")).toBe('ma\u02BClumot');
    expect(normaliseForSearch('ma’lumot')).toBe(normaliseForSearch('maʼlumot'));
  });
  it('leaves quotes that are not inside a word alone', () => {
    expect(normaliseForSearch("'patent'")).toBe("'patent'");
    expect(normaliseForSearch('«o‘qish»')).toBe('«o\u02BBqish»');
  });
  it('ё = е in Russian', () => {
    expect(normaliseForSearch('ещё')).toBe('еще');
    expect(normaliseForSearch('Ёлка')).toBe('Елка');
  });
  it('cleans the query box', () => {
    expect(normaliseQuery("  o'zbek   pasporti ")).toBe('o\u02BBzbek pasporti');
  });
  it('changes the text of an HTML page, not its tags or addresses', () => {
    const html = `<a href="/x/o'k/" title="o'k">O&#39;zbek tili</a><p>ko&rsquo;cha, ещё</p>`;
    expect(normaliseHtmlText(html)).toBe(`<a href="/x/o'k/" title="o'k">O\u02BBzbek tili</a><p>ko\u02BBcha, еще</p>`);
  });
});

import { chapterOfPath, isIndexable, keywordsFor, pageForIndex } from '../../src/lib/searchIndex.ts';

describe('what goes into the search index', () => {
  it('leaves out pages with nothing to find', () => {
    for (const p of ['/', '/404/', '/offline/', '/q/a3/', '/ru/search/', '/uz/print/', '/print/']) expect(isIndexable(p), p).toBe(false);
    for (const p of ['/ru/', '/uz/guide/police/', '/tg/help/', '/ky/map/']) expect(isIndexable(p), p).toBe(true);
  });
  it('gives a translated chapter its own, its source\'s and the Russian keywords, once each', () => {
    const k = {
      byId: new Map([['ru/work-permit', ['патент', 'ИИН']], ['uz/work-permit', ['patent', 'Патент']]]),
      fromById: new Map([['uz/work-permit', 'ru'], ['ru/work-permit', undefined]]),
    };
    expect(keywordsFor('uz', 'work-permit', k)).toEqual(['patent', 'Патент', 'ИИН']);
    // A fallback page (no Kyrgyz file) is still found by the Russian terms.
    expect(keywordsFor('ky', 'work-permit', k)).toEqual(['патент', 'ИИН']);
    expect(chapterOfPath('/ky/guide/work-permit/')).toEqual({ lang: 'ky', slug: 'work-permit' });
    expect(chapterOfPath('/ky/help/')).toBeUndefined();
  });
  it('adds the keywords inside the indexed article and normalises the indexed copy', () => {
    const html = '<html><body><nav>o\'zbek</nav><article data-pagefind-body><h1>Ещё</h1></article></body></html>';
    const out = pageForIndex(html, ['ИИН', 'o\'zbek']);
    expect(out).toContain('<h1>Еще</h1><p data-pagefind-weight="2">ИИН, o\u02BBzbek</p></article>');
  });
});
