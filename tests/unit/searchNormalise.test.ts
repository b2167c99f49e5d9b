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
