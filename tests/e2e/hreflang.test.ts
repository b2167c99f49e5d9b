// hreflang on the built site: the language chooser `/` is the x-default of itself and of every language
// home; utility pages that are not translations of each other carry no alternates; and every alternate
// is a built page that links back (search engines ignore one-way alternates).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPhone } from '../support/browser.ts';
import { locales } from '../../src/config/locales.ts';
import { htmlPages, servedPath, urlPathOf } from '../../src/lib/site/builtSite.ts';
import { findAll, parseHtml } from '../../src/lib/site/html.ts';

const distDir = inject('distDir');
const base = inject('base');
const siteUrl = inject('siteUrl');
const baseUrl = inject('baseUrl');
const at = (path: string) => new URL(path.replace(/^\//, ''), baseUrl).href;
const publicUrl = (path: string) => new URL(path.replace(/^\//, ''), siteUrl).href;

/** Served path (with the base) → its hreflang alternates, hreflang → public URL. */
const alternates = new Map<string, Map<string, string>>();
/** Pages kept out of search engines, like a fallback that shows another language's text. */
const noindex = new Set<string>();
for (const file of htmlPages(distDir)) {
  const tree = parseHtml(readFileSync(file, 'utf8'));
  const links = findAll(
    tree,
    (el) => el.name === 'link' && el.attrs.rel === 'alternate' && 'hreflang' in el.attrs,
  );
  const path = urlPathOf(distDir, base, file);
  alternates.set(path, new Map(links.map((l) => [l.attrs.hreflang, l.attrs.href])));
  if (
    findAll(
      tree,
      (el) =>
        el.name === 'meta' && el.attrs.name === 'robots' && /noindex/.test(el.attrs.content ?? ''),
    ).length
  )
    noindex.add(path);
}
const of = (path: string) => alternates.get(`${base}${path.slice(1)}`)!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('hreflang alternates', () => {
  it('the language chooser is the x-default of itself and lists every home (as a browser reads the head)', async () => {
    const { page, context } = await openPhone(browser, baseUrl);
    await page.goto(at('/'));
    expect(
      await page.locator('link[rel="alternate"][hreflang="x-default"]').getAttribute('href'),
    ).toBe(siteUrl);
    for (const l of locales) {
      expect(
        await page.locator(`link[rel="alternate"][hreflang="${l.htmlLang}"]`).getAttribute('href'),
      ).toBe(publicUrl(`/${l.code}/`));
    }
    await page.goto(at('/offline/'));
    expect(await page.locator('link[rel="alternate"]').count()).toBe(0);
    await context.close();
  });

  it('every language home points to the chooser as x-default', () => {
    for (const l of locales) expect(of(`/${l.code}/`).get('x-default'), l.code).toBe(siteUrl);
  });

  it('utility pages that are not translations of each other carry none', () => {
    const utility = [
      '/offline/',
      '/404.html',
      '/translation-status/',
      ...locales.map((l) => `/${l.code}/search/`),
    ];
    for (const path of utility)
      expect([...(of(path)?.keys() ?? ['page not built'])], path).toEqual([]);
  });

  it('x-default only on the chooser and the homes; every alternate is a built page that links back', () => {
    const problems: string[] = [];
    for (const [path, links] of alternates) {
      const self = publicUrl(path.slice(base.length - 1));
      if (
        links.has('x-default') &&
        !(path === base || locales.some((l) => path === `${base}${l.code}/`))
      )
        problems.push(`${path}: x-default on a page that is not a home`);
      for (const [lang, href] of links) {
        const target = new URL(href).pathname;
        if (!servedPath(distDir, base, target))
          problems.push(`${path}: ${lang} → ${href} is not a built page`);
        // A fallback (noindex) points to the real translations without being one of them.
        else if (
          !noindex.has(path) &&
          ![...(alternates.get(target)?.values() ?? [])].includes(self)
        )
          problems.push(`${path}: ${lang} → ${href} does not link back`);
      }
      if (!noindex.has(path) && links.size > 0 && ![...links.values()].includes(self))
        problems.push(`${path}: does not list itself`);
    }
    expect(problems).toEqual([]);
  });
});
