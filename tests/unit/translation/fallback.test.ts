// Which language's text each page shows: the fallback chain and the pages that really exist.
import { describe, expect, it } from 'vitest';
import { resolveAll, splitId, realTranslations } from '../../../src/lib/translation/fallback.ts';

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
