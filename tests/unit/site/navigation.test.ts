import { describe, expect, it } from 'vitest';
import { routePath } from '../../../src/lib/site/navigation.ts';
import { homeTasks, navItems } from '../../../src/config/navigation.ts';

describe('navigation route ids', () => {
  it('turns a route id into the page path of a language', () => {
    expect(routePath('uz', { route: 'guide' })).toBe('/uz/guide/');
    expect(routePath('tg', { route: 'chapter', slug: 'police' })).toBe('/tg/guide/police/');
    expect(routePath('en', { route: 'home' })).toBe('/en/');
  });
  it('gives every header link and home task a path in the reader’s language', () => {
    for (const item of [...navItems, ...homeTasks])
      expect(routePath('ky', item), item.label).toMatch(/^\/ky\/.+\/$/);
    expect(navItems.map((i) => routePath('ru', i))).toEqual([
      '/ru/guide/',
      '/ru/help/',
      '/ru/videos/',
      '/ru/map/',
    ]);
  });
});
