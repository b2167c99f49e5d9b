// A person shares a page with a friend, and an NGO worker prints a chapter for a notice board.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPhone } from '../support/browser.ts';
import { locales } from '../../src/config/locales.ts';
import { dictionaries } from '../../src/i18n/index.ts';

const baseUrl = inject('baseUrl');
const siteUrl = inject('siteUrl');
const at = (path: string) => new URL(path.replace(/^\//, ''), baseUrl).href;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('sharing', () => {
  it("Telegram and WhatsApp links carry the page's public address, and nothing is sent to them before a tap", async () => {
    const { page, context, external } = await openPhone(browser, baseUrl);
    await page.goto(at('/tg/guide/police/'));
    const pageUrl = `${siteUrl}tg/guide/police/`;
    const title = (await page.textContent('article h1'))!.trim();
    const tg = new URL(
      (await page.locator('.share a[href^="https://t.me/"]').getAttribute('href'))!,
    );
    expect(tg.origin + tg.pathname).toBe('https://t.me/share/url');
    expect(tg.searchParams.get('url')).toBe(pageUrl);
    expect(tg.searchParams.get('text')).toBe(title);
    const wa = new URL(
      (await page.locator('.share a[href^="https://wa.me/"]').getAttribute('href'))!,
    );
    expect(wa.searchParams.get('text')).toContain(pageUrl);
    expect(await page.locator('.share h2').textContent()).toBe(dictionaries.tg['share.title']);
    expect(external).toEqual([]);
    await context.close();
  });

  it('adds "copy link" where the browser can copy, and it copies the address', async () => {
    const { page, context } = await openPhone(browser, baseUrl, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await page.goto(at('/en/help/'));
    const copy = page.locator('[data-share-copy] button');
    await copy.click();
    await expect
      .poll(() => page.textContent('[data-share-status]'))
      .toBe(dictionaries.en['share.copied']);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${siteUrl}en/help/`);
    await context.close();
  });

  it('has Open Graph and Twitter tags with a per-language image at an absolute address', async () => {
    const { page, context } = await openPhone(browser, baseUrl);
    for (const l of locales) {
      await page.goto(at(`/${l.code}/`));
      expect(await page.getAttribute('meta[property="og:image"]', 'content')).toBe(
        `${siteUrl}og/${l.code}.png`,
      );
      expect(await page.getAttribute('meta[name="twitter:card"]', 'content')).toBe(
        'summary_large_image',
      );
      const res = await page.request.get(at(`/og/${l.code}.png`));
      expect(res.status()).toBe(200);
      const png = await res.body();
      expect(png.readUInt32BE(16)).toBe(1200);
      expect(png.readUInt32BE(20)).toBe(630);
    }
    await context.close();
  });
});

describe('printing', () => {
  it('prints a chapter without navigation, with link addresses, and with its QR code and link in the footer', async () => {
    const { page, context } = await openPhone(browser, baseUrl);
    await page.goto(at('/uz/guide/police/'));
    expect(await page.locator('.print-footer').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    for (const sel of ['.site-header', '.site-nav', '.call-bar', '.share', '.pager']) {
      const n = await page.locator(sel).count();
      for (let i = 0; i < n; i++)
        expect(await page.locator(sel).nth(i).isVisible(), sel).toBe(false);
    }
    const footer = page.locator('.print-footer');
    expect(await footer.isVisible()).toBe(true);
    expect(await footer.locator('svg path').getAttribute('d')).toMatch(/^M\d/);
    expect(await footer.textContent()).toContain(dictionaries.uz['print.scan']);
    const after = await page
      .locator('main a[href^="http"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('http');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(1000);
    await context.close();
  });
});
