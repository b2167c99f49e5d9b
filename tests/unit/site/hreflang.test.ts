// hreflang alternates: `/` is the x-default of the homes and of itself; utility pages have none.
import { describe, expect, it } from 'vitest';
import { hreflangLinks } from '../../../src/lib/site/hreflang.ts';
import { alternatesFor } from '../../../src/lib/site/sitemap.ts';
import { localeCodes } from '../../../src/config/locales.ts';
import { getLocale } from '../../../src/lib/site/i18n.ts';

const all = [...localeCodes];
const asPairs = (links: { hreflang: string; path: string }[]) =>
  links.map((l) => `${l.hreflang} ${l.path}`);

describe('hreflang alternates in a page head', () => {
  it('the language chooser lists every home and is its own x-default', () => {
    expect(asPairs(hreflangLinks('/', all))).toEqual([
      ...all.map((c) => `${getLocale(c).htmlLang} /${c}/`),
      'x-default /',
    ]);
  });
  it('each language home lists every home and points to the chooser as x-default', () => {
    for (const code of all) {
      const links = hreflangLinks(`/${code}/`, all);
      expect(links.filter((l) => l.hreflang === 'x-default')).toEqual([
        { hreflang: 'x-default', path: '/' },
      ]);
      expect(links.filter((l) => l.hreflang !== 'x-default').map((l) => l.path)).toEqual(
        all.map((c) => `/${c}/`),
      );
    }
  });
  it('a chapter lists only its real translations, with no x-default', () => {
    expect(asPairs(hreflangLinks('/tg/guide/police/', ['ru', 'tg']))).toEqual([
      'ru /ru/guide/police/',
      'tg /tg/guide/police/',
    ]);
    expect(hreflangLinks('/en/guide/health/', ['ru'])).toEqual([]);
  });
  it('utility pages given no languages carry no alternates', () => {
    for (const path of ['/offline/', '/404/', '/translation-status/', '/ru/search/'])
      expect(hreflangLinks(path, []), path).toEqual([]);
  });
});

describe('hreflang alternates in the sitemap', () => {
  const site = 'https://s.org/mg/';
  it('match the page heads: the chooser and the homes have the chooser as x-default', () => {
    const chooser = alternatesFor(site, site, '/mg/', new Set());
    expect(chooser).toContainEqual({ lang: 'x-default', url: site });
    expect(chooser).toContainEqual({ lang: 'uz-Latn', url: `${site}uz/` });
    expect(chooser).toHaveLength(all.length + 1);
    expect(alternatesFor(`${site}ky/`, site, '/mg/', new Set())).toContainEqual({
      lang: 'x-default',
      url: site,
    });
    expect(
      alternatesFor(`${site}ky/guide/`, site, '/mg/', new Set()).some(
        (l) => l.lang === 'x-default',
      ),
    ).toBe(false);
  });
});
