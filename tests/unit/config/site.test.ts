import { describe, expect, it } from 'vitest';
import { resolveSiteUrl } from '../../../src/config/site.ts';

describe('site URL', () => {
  it('takes SITE_URL with a sub-path as base', () => {
    expect(resolveSiteUrl({ SITE_URL: 'https://ngo.github.io/migrant-guide' })).toEqual({
      url: 'https://ngo.github.io/migrant-guide/',
      base: '/migrant-guide/',
      isPublic: true,
    });
  });
  it('derives the GitHub Pages URL in Actions', () => {
    expect(
      resolveSiteUrl({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'KorganM/migrant-guide' }).url,
    ).toBe('https://korganm.github.io/migrant-guide/');
    expect(
      resolveSiteUrl({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'KorganM/korganm.github.io' })
        .base,
    ).toBe('/');
  });
  it('builds a local preview without a public URL', () => {
    expect(resolveSiteUrl({})).toMatchObject({ base: '/', isPublic: false });
  });
  it('rejects a URL that is not one', () => {
    expect(() => resolveSiteUrl({ SITE_URL: 'migrant guide' })).toThrow(/not a URL/);
    expect(() => resolveSiteUrl({ SITE_URL: 'ftp://x.org/' })).toThrow(/https/);
  });
});
