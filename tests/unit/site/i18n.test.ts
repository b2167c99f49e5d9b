import { describe, expect, it } from 'vitest';
import { locales, defaultLocale } from '../../../src/config/locales.ts';
import { dictionaries } from '../../../src/i18n/index.ts';
import {
  fallbackChain,
  formatDate,
  interpolate,
  makeTranslator,
  missingKeys,
  getLocale,
} from '../../../src/lib/site/i18n.ts';

describe('UI strings', () => {
  const reference = dictionaries[defaultLocale];
  for (const l of locales) {
    it(`${l.code}.json has every key of ${defaultLocale}.json, none empty`, () => {
      expect(missingKeys(reference, dictionaries[l.code])).toEqual([]);
    });
    it(`${l.code}.json has no keys unknown to ${defaultLocale}.json`, () => {
      expect(Object.keys(dictionaries[l.code]).filter((k) => !(k in reference))).toEqual([]);
    });
    it(`${l.code}.json uses the same {placeholders} as ${defaultLocale}.json`, () => {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const [key, value] of Object.entries(reference)) {
        expect(names(dictionaries[l.code][key] ?? ''), key).toEqual(names(value));
      }
    });
  }
  it('Uzbek strings use the modifier letter ʻ (U+02BB) for oʻ and gʻ, not an apostrophe', () => {
    const text = Object.values(dictionaries.uz).join(' ');
    expect(text).toMatch(/[oOgG]\u02BB/);
    expect(text).not.toMatch(/[oOgG]['’‘`]/);
  });
  it('Tajik strings are written with Tajik letters', () => {
    expect(Object.values(dictionaries.tg).join(' ')).toMatch(/[ғӣқӯҳҷ]/);
  });
});

describe('fallback chain', () => {
  it('starts with the language itself and ends with the default', () => {
    for (const l of locales) {
      const chain = fallbackChain(l.code);
      expect(chain[0]).toBe(l.code);
      expect(chain[chain.length - 1]).toBe(defaultLocale);
      expect(new Set(chain).size).toBe(chain.length);
    }
  });
  it('rejects an unknown language with a message naming the configured ones', () => {
    expect(() => fallbackChain('fr')).toThrow(/Unknown language "fr".*ru, uz, tg, ky, en/);
  });
});

describe('translator', () => {
  const dicts = { ru: { a: 'А {n}', b: 'Б' }, uz: { a: 'A {n}' }, tg: {}, ky: {}, en: {} };
  it('looks up, interpolates and falls back along the chain', () => {
    const t = makeTranslator('uz', dicts);
    expect(t('a', { n: 2 })).toBe('A 2');
    expect(t('b')).toBe('Б');
  });
  it('throws on an unknown key instead of showing it to a reader', () => {
    expect(() => makeTranslator('en', dicts)('nope')).toThrow(/"nope"/);
  });
  it('throws when a placeholder has no value', () => {
    expect(() => interpolate('Checked: {date}')).toThrow(/\{date\}/);
  });
});

describe('dates', () => {
  const d = new Date('2026-11-23T00:00:00Z');
  it('formats in each language', () => {
    expect(formatDate(d, 'ru')).toMatch(/23 ноября 2026/);
    expect(formatDate(d, 'en')).toBe('23 November 2026');
    for (const l of locales) expect(formatDate(d, l.code)).toMatch(/2026/);
  });
  it('every locale has a native name in its own script', () => {
    expect(getLocale('uz').nativeName).toBe('Oʻzbekcha');
    expect(getLocale('tg').nativeName).toMatch(/[ҷӣ]/);
  });
});
