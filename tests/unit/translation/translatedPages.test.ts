import { describe, expect, it } from 'vitest';
import { translatedPages } from '../../../src/lib/translation/translatedPages.ts';

describe('translated pages', () => {
  const entries = [
    { id: 'ru/police', data: { version: 2, translation: { status: 'original' as const } } },
    {
      id: 'en/police',
      data: { translation: { status: 'machine' as const, from: 'ru', sourceVersion: 1 } },
    },
    {
      id: 'uz/police',
      data: { translation: { status: 'reviewed' as const, from: 'ru', sourceVersion: 2 } },
    },
  ];
  const pages = translatedPages(entries);
  const get = (lang: string) => pages.find((p) => p.lang === lang)!;
  it('links each translation to its source and tells outdated ones apart', () => {
    expect(get('en')).toMatchObject({
      outdated: true,
      isFallback: false,
      realLangs: ['ru', 'uz', 'en'],
    });
    expect(get('en').source?.id).toBe('ru/police');
    expect(get('uz').outdated).toBe(false);
  });
  it('falls back where no translation exists', () => {
    expect(get('tg')).toMatchObject({ isFallback: true, contentLang: 'ru', outdated: false });
  });
});
