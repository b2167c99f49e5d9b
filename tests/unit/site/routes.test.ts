import { describe, expect, it } from 'vitest';
import { resolveAll, splitId, realTranslations } from '../../../src/lib/translation/fallback.ts';
import {
  langOfPath,
  switchLangPath,
  withBase,
  withoutBase,
  paths,
} from '../../../src/lib/site/routes.ts';
import { fallbackPaths, alternatesFor, inSitemap } from '../../../src/lib/site/sitemap.ts';
import { suggestLang } from '../../../src/lib/site/suggestLang.ts';
import { localeCodes } from '../../../src/config/locales.ts';

describe('fallback resolution', () => {
  const entries = [
    { id: 'ru/police', entry: 'ru-police' },
    { id: 'ru/health', entry: 'ru-health' },
    { id: 'en/police', entry: 'en-police' },
    { id: 'uz/health', entry: 'uz-health' },
  ];
  const all = resolveAll(entries);
  const find = (lang: string, slug: string) => all.find((r) => r.lang === lang && r.slug === slug)!;
  it('publishes every chapter in every language', () => {
    expect(all).toHaveLength(2 * 5);
  });
  it('uses the translation where it exists', () => {
    expect(find('en', 'police')).toMatchObject({
      contentLang: 'en',
      isFallback: false,
      entry: 'en-police',
    });
  });
  it('falls back to Russian where it does not, and says so', () => {
    expect(find('tg', 'police')).toMatchObject({
      contentLang: 'ru',
      isFallback: true,
      entry: 'ru-police',
    });
    expect(find('en', 'health')).toMatchObject({ contentLang: 'ru', isFallback: true });
  });
  it('lists real translations only', () => {
    expect(realTranslations(entries, 'health').sort()).toEqual(['ru', 'uz']);
  });
  it('splits ids and rejects files outside a language folder', () => {
    expect(splitId('uz/lost-documents.md')).toEqual({ lang: 'uz', slug: 'lost-documents' });
    expect(() => splitId('police')).toThrow(/language folder/);
  });
});

describe('routes', () => {
  it('adds and removes the base path', () => {
    expect(withBase('/', '/ru/guide/')).toBe('/ru/guide/');
    expect(withBase('/repo/', '/ru/guide/')).toBe('/repo/ru/guide/');
    expect(withoutBase('/repo/', '/repo/ru/')).toBe('/ru/');
    expect(withoutBase('/repo/', '/repo')).toBe('/');
  });
  it('switches language and keeps the page', () => {
    expect(switchLangPath(paths.chapter('uz', 'police'), 'en')).toBe('/en/guide/police/');
    expect(switchLangPath('/ky/', 'tg')).toBe('/tg/');
    expect(switchLangPath('/404/', 'uz')).toBe('/uz/');
    expect(langOfPath('/tg/help/')).toBe('tg');
    expect(langOfPath('/q/ab/')).toBeUndefined();
  });
  it('suggests a language from the browser without forcing it', () => {
    expect(suggestLang(['uz-UZ', 'ru'], localeCodes)).toBe('uz');
    expect(suggestLang(['de-DE', 'ky-KG'], localeCodes)).toBe('ky');
    expect(suggestLang(['de-DE'], localeCodes)).toBeUndefined();
  });
});

describe('sitemap alternates', () => {
  const fallbacks = fallbackPaths({ guide: ['ru/police', 'en/police', 'ru/health'] });
  it('marks untranslated chapters as fallbacks', () => {
    expect(fallbacks.has('/tg/guide/police/')).toBe(true);
    expect(fallbacks.has('/en/guide/police/')).toBe(false);
    expect(fallbacks.has('/en/guide/health/')).toBe(true);
  });
  it('leaves fallbacks, redirects and tool pages out', () => {
    expect(inSitemap('/en/guide/police/', fallbacks)).toBe(true);
    expect(inSitemap('/tg/guide/police/', fallbacks)).toBe(false);
    for (const p of ['/q/a2/', '/translation-status/', '/uz/search/', '/ru/print/'])
      expect(inSitemap(p, fallbacks), p).toBe(false);
  });
  it('links only real translations', () => {
    const links = alternatesFor(
      'https://s.org/mg/ru/guide/police/',
      'https://s.org/mg/',
      '/mg/',
      fallbacks,
    );
    expect(links.map((l) => l.lang).sort()).toEqual(['en', 'ru']);
    expect(links.find((l) => l.lang === 'en')!.url).toBe('https://s.org/mg/en/guide/police/');
    expect(
      alternatesFor('https://s.org/mg/ru/guide/health/', 'https://s.org/mg/', '/mg/', fallbacks),
    ).toEqual([]);
    // Five homes and the language chooser as x-default.
    expect(
      alternatesFor('https://s.org/mg/ru/', 'https://s.org/mg/', '/mg/', fallbacks),
    ).toHaveLength(6);
  });
});
