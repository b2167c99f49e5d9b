// Sitemap and hreflang rules: fallbacks are left out, alternates link real translations only.
import { describe, expect, it } from 'vitest';
import { fallbackPaths, alternatesFor, inSitemap } from '../../../src/lib/site/sitemap.ts';

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
