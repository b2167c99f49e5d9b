import { describe, expect, it } from 'vitest';
import { pageKind, type PageKind } from '../../../src/lib/site/pageKind.ts';

describe('pageKind', () => {
  const cases: [string, PageKind][] = [
    ['/', 'chooser'],
    ['/ru/', 'home'],
    ['/uz/guide/', 'guide'],
    ['/uz/guide/police/', 'chapter'],
    ['/tg/videos/', 'videos'],
    ['/tg/videos/registration/', 'video'],
    ['/ky/help/', 'help'],
    ['/ru/map/', 'map'],
    ['/ru/map/almaty/', 'mapDistrict'],
    ['/en/figures/', 'figures'],
    ['/ru/search/', 'search'],
    ['/uz/print/', 'print'],
    ['/print/', 'print'],
    ['/offline/', 'offline'],
    ['/ru/offline/', 'offline'],
    ['/review/uz/guide/registration/', 'review'],
    ['/translation-status/', 'translationStatus'],
    ['/404/', 'notFound'],
    ['/404.html', 'notFound'],
    ['/q/a3/', 'shortLink'],
  ];
  it.each(cases)('%s is a %s page', (path, kind) => {
    expect(pageKind(path)).toBe(kind);
  });

  it('reads a path with or without the trailing slash or index.html', () => {
    expect(pageKind('/ru/guide/police')).toBe('chapter');
    expect(pageKind('/ru/guide/police/index.html')).toBe('chapter');
    expect(pageKind('/index.html')).toBe('chooser');
    expect(pageKind('/404')).toBe('notFound');
  });

  it('knows a chapter by its place, not its name: a chapter called "print" is a chapter', () => {
    expect(pageKind('/ru/guide/print/')).toBe('chapter');
  });

  it('calls files, unknown languages and unknown sections "other"', () => {
    for (const p of [
      '/ru/map/facilities.json',
      '/offline/migrant-guide-ru.html',
      '/print/booklet-ru.pdf',
      '/xx/',
      '/xx/guide/police/',
      '/ru/unknown/',
      '/ru/guide/police/extra/',
      '/ru/help/more/',
      '/q/',
      '/offline/ru.json',
    ]) {
      expect(pageKind(p), p).toBe('other');
    }
  });
});
