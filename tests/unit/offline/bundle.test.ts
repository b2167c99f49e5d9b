import { describe, expect, it } from 'vitest';
import {
  isSavedPage,
  makeBundle,
  pageAssets,
  searchFiles,
} from '../../../src/lib/offline/bundle.ts';

describe('what "Save for offline" stores', () => {
  it("keeps a language's guide, video transcripts, help, map list and search pages, nothing else", () => {
    for (const p of [
      '/uz/',
      '/uz/guide/',
      '/uz/guide/police/',
      '/uz/videos/',
      '/uz/videos/registration/',
      '/uz/help/',
      '/uz/map/',
      '/uz/search/',
    ])
      expect(isSavedPage(p, 'uz'), p).toBe(true);
    for (const p of [
      '/ru/guide/police/',
      '/ru/videos/registration/',
      '/uz/print/',
      '/q/a3/',
      '/',
      '/offline/',
    ])
      expect(isSavedPage(p, 'uz'), p).toBe(false);
  });
  it('lists the same-site files a page needs, not media, not other sites', () => {
    const html = `<script type="module" src="/mg/_astro/Site.js"></script><link rel="stylesheet" href="/mg/a.css">
      <link rel="alternate" href="/mg/en/"><img src="/mg/og/x.png"><img src="https://tile.openstreetmap.org/1.png">
      <source src="/mg/videos/a.mp4" type="video/mp4"><div data-facilities-url="/mg/facilities.json"></div>`;
    expect(pageAssets(html, '/mg/')).toEqual([
      '/mg/_astro/Site.js',
      '/mg/a.css',
      '/mg/facilities.json',
      '/mg/og/x.png',
    ]);
  });
  it("takes the language's search files with the fixed cache tag", () => {
    const entry = {
      languages: { 'uz-latn': { hash: 'uz-latn_1', wasm: null }, ru: { hash: 'ru_2', wasm: 'ru' } },
    };
    expect(
      searchFiles(
        entry,
        'uz-Latn',
        ['index/uz-latn_a.pf_index', 'index/ru_b.pf_index', 'fragment/uz-latn_c.pf_fragment'],
        'mg',
      ),
    ).toEqual([
      'pagefind.js',
      'pagefind-entry.json?ts=mg',
      'wasm.unknown.pagefind',
      'pagefind.uz-latn_1.pf_meta',
      'fragment/uz-latn_c.pf_fragment',
      'index/uz-latn_a.pf_index',
    ]);
    expect(searchFiles(entry, 'ky', [], 'mg')).toBeUndefined();
  });
  it('leaves search out rather than pass the budget', () => {
    const pages = [{ url: '/a/', bytes: 300 }];
    const search = [{ url: '/pagefind/pagefind.js', bytes: 300 }];
    expect(makeBundle('ru', pages, search, 1000)).toMatchObject({
      bytes: 600,
      searchIncluded: true,
    });
    expect(makeBundle('ru', pages, search, 500)).toMatchObject({
      bytes: 300,
      searchIncluded: false,
      files: pages,
    });
  });
});
