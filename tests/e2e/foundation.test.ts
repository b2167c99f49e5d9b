// A person scans a code, picks a language, reads a chapter, switches language, meets a fallback page.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPhone } from '../support/browser.ts';
import { findBrokenLinks } from '../../src/lib/site/builtSite.ts';
import { locales } from '../../src/config/locales.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const baseUrl = inject('baseUrl');
const at = (path: string) => new URL(path.replace(/^\//, ''), baseUrl).href;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('language chooser and home', () => {
  it('lists every language in its own name and leads to that home page', async () => {
    const { page, external, context } = await openPhone(browser, baseUrl, { locale: 'uz-UZ' });
    await page.goto(at('/'));
    const chooser = page.locator('#chooser');
    for (const l of locales)
      await expect(
        chooser.getByRole('link', { name: new RegExp(l.nativeName) }).count(),
      ).resolves.toBe(1);
    await chooser.getByRole('link', { name: /Oʻzbekcha/ }).click();
    await page.waitForURL(/\/uz\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('uz-Latn');
    const tel = page.locator('.emergency a[href="tel:112"]');
    await expect(tel.count()).resolves.toBe(1);
    for (const n of ['102', '103'])
      expect(await page.locator(`a[href="tel:${n}"]`).count()).toBeGreaterThan(0);
    expect(await page.locator('.tasks a').count()).toBe(8);
    expect(external).toEqual([]);
    await context.close();
  });

  it("highlights the phone's language without redirecting", async () => {
    const { page, context } = await openPhone(browser, baseUrl, { locale: 'ky-KG' });
    await page.goto(at('/'));
    expect(page.url()).toBe(at('/'));
    expect(await page.locator('#chooser li:first-child a').getAttribute('data-lang')).toBe('ky');
    await context.close();
  });
});

describe('reading the guide', () => {
  it('opens a chapter from the list and switches language to the same chapter', async () => {
    const { page, external, context } = await openPhone(browser, baseUrl);
    await page.goto(at('/ru/guide/'));
    const first = page.locator('ol.chapters a').first();
    const href = (await first.getAttribute('href'))!;
    const slug = href.split('/').filter(Boolean).pop()!;
    await first.click();
    await page.waitForURL(new RegExp(`/ru/guide/${slug}/$`));
    expect(await page.locator('article h1').count()).toBe(1);
    expect(await page.locator('article time[datetime]').count()).toBe(1);
    expect(await page.locator('.sources li a').count()).toBeGreaterThan(0);
    await page.locator('.lang-menu summary').click();
    await page.locator('.langs a[hreflang="en"]').click();
    await page.waitForURL(new RegExp(`/en/guide/${slug}/$`));
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(external).toEqual([]);
    await context.close();
  });

  it("shows a fallback chapter in Russian, marked as such, with a notice in the reader's language", async () => {
    const { page, context } = await openPhone(browser, baseUrl);
    const res = await page.goto(at(inject('fallbackPath')));
    expect(res!.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('tg');
    const notice = page.locator('[data-notice="fallback"]');
    await expect(notice.textContent()).resolves.toMatch(/тарҷума нашудааст.*Русский/);
    expect(await page.locator('article').getAttribute('lang')).toBe('ru');
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    await context.close();
  });

  it('every chapter reads in every language, in that language (one deliberate fallback aside)', async () => {
    const { page, external, context } = await openPhone(browser, baseUrl, {
      javaScriptEnabled: false,
    });
    const slugs = readdirSync(join(inject('distDir'), 'ru', 'guide'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(slugs.length).toBeGreaterThanOrEqual(16);
    for (const l of locales) {
      for (const slug of slugs) {
        const path = `/${l.code}/guide/${slug}/`;
        const res = await page.goto(at(path));
        expect(res!.status(), path).toBe(200);
        expect(await page.getAttribute('html', 'lang'), path).toBe(l.htmlLang);
        expect((await page.locator('article').innerText()).length, path).toBeGreaterThan(1500);
        const fallback = await page.locator('[data-notice="fallback"]').count();
        expect(fallback, path).toBe(path === inject('fallbackPath') ? 1 : 0);
      }
    }
    expect(external).toEqual([]);
    await context.close();
  });

  it('says on a machine translation that no person has checked it', async () => {
    const { page, context } = await openPhone(browser, baseUrl);
    await page.goto(at('/en/guide/'));
    await page.locator('ol.chapters a').first().click();
    await expect(page.locator('[data-notice="machine"]').textContent()).resolves.toMatch(
      /not yet been checked by a person/,
    );
    await context.close();
  });

  it('every language home and guide page answers 200 with the right lang', async () => {
    const { page, context } = await openPhone(browser, baseUrl);
    for (const l of locales) {
      for (const p of [`/${l.code}/`, `/${l.code}/guide/`, `/${l.code}/help/`]) {
        const res = await page.goto(at(p));
        expect(res!.status(), p).toBe(200);
        expect(await page.getAttribute('html', 'lang'), p).toBe(l.htmlLang);
      }
    }
    await context.close();
  });

  it('answers an unknown address with a 404 page that helps in every language', async () => {
    const { page, context } = await openPhone(browser, baseUrl);
    const res = await page.goto(at('/uz/guide/no-such-page/'));
    expect(res!.status()).toBe(404);
    for (const l of locales)
      expect(await page.locator(`section[lang="${l.htmlLang}"] a`).count()).toBeGreaterThan(1);
    await context.close();
  });
});

describe('the built site', () => {
  it('has a sitemap of real translations with hreflang alternates, without fallbacks', () => {
    const xml = readFileSync(join(inject('distDir'), 'sitemap-0.xml'), 'utf8');
    const site = inject('siteUrl');
    expect(xml).toContain(`<loc>${site}ru/guide/</loc>`);
    expect(xml).not.toContain(`<loc>${site}${inject('fallbackPath').slice(1)}</loc>`);
    expect(xml).toMatch(
      new RegExp(`<xhtml:link rel="alternate" hreflang="uz-Latn" href="${site}uz/"/>`),
    );
    expect(xml).not.toContain('/q/');
  });

  it('gives every page a title, a description, a canonical link and <html lang>', async () => {
    const { page, context } = await openPhone(browser, baseUrl);
    for (const p of ['/ru/', '/en/guide/', '/uz/help/']) {
      await page.goto(at(p));
      expect((await page.title()).length).toBeGreaterThan(3);
      expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(
        new URL(p.slice(1), inject('siteUrl')).href,
      );
      // Five languages, and the language chooser as x-default of the homes.
      expect(await page.locator('link[rel="alternate"][hreflang]').count()).toBe(
        p === '/ru/' ? 6 : 5,
      );
    }
    await context.close();
  });

  it('has no broken internal links', () => {
    expect(findBrokenLinks(inject('distDir'), inject('base'))).toEqual([]);
  });

  it('reads with JavaScript off', async () => {
    const { page, context } = await openPhone(browser, baseUrl, { javaScriptEnabled: false });
    await page.goto(at('/ky/guide/'));
    await page.locator('ol.chapters a').first().click();
    expect((await page.locator('article').innerText()).length).toBeGreaterThan(500);
    await context.close();
  });
});
