// Key figures: a page per language with every figure, its validity and source; chapters show figures
// in the reader's language; an unverified contact's number carries the caveat wherever it appears.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPhone } from '../support/browser.ts';
import { locales } from '../../src/config/locales.ts';
import { dictionaries } from '../../src/i18n/index.ts';

const baseUrl = inject('baseUrl');
const at = (path: string) => new URL(path.replace(/^\//, ''), baseUrl).href;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Intl's group separator may be a no-break space or a narrow one: compare with plain spaces. */
const plain = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('Key figures page', () => {
  it('exists in every language and lists the МРП of 4 325 tenge with its source', async () => {
    const { page, external, context } = await openPhone(browser, baseUrl);
    const mrp: Record<string, string> = {
      ru: '4 325 тенге',
      uz: '4 325 tenge',
      tg: '4 325 танга',
      ky: '4 325 теңге',
      en: '4,325 tenge',
    };
    for (const l of locales) {
      const res = await page.goto(at(`/${l.code}/figures/`));
      expect(res?.status(), l.code).toBe(200);
      expect(await page.locator('h1').textContent()).toBe(dictionaries[l.code]['figures.title']);
      const item = page.locator('li#mrp');
      expect(plain(await item.locator('.figure-value').textContent()), l.code).toBe(mrp[l.code]);
      expect(await item.locator('a[href^="https://"]').count(), l.code).toBe(1);
      expect(plain(await item.textContent())).toMatch(/2026/);
      // Fines are listed with the tenge amount worked out from the МРП.
      expect(
        plain(await page.locator('li#koap-517-4 .figure-value').textContent()),
        l.code,
      ).toMatch(/^25 (МРП|MRP) \(108[ ,]125 /);
      // Nothing is out of date on the test build's day (BUILD_DATE in globalSetup).
      expect(await page.locator('[data-stale-fact]').count(), l.code).toBe(0);
    }
    expect(external).toEqual([]);
    await context.close();
  });

  it('is linked from the guide contents and the help page', async () => {
    const { page, context } = await openPhone(browser, baseUrl);
    for (const from of ['/en/guide/', '/en/help/']) {
      await page.goto(at(from));
      await page.getByRole('link', { name: dictionaries.en['figures.link'] }).click();
      await page.waitForURL(/\/en\/figures\/$/);
    }
    await context.close();
  });
});

describe('figures and contacts in chapters', () => {
  it('render in the reader number format, with no reference left as raw text', async () => {
    const { page, context } = await openPhone(browser, baseUrl);
    await page.goto(at('/en/guide/border-and-stay/'));
    const table = plain(await page.locator('.prose table').first().textContent());
    expect(table).toContain('10 MRP (43,250 tenge)');
    expect(table).toContain('over 10 days');
    await page.goto(at('/ru/guide/border-and-stay/'));
    expect(plain(await page.locator('.prose table').first().textContent())).toContain('до 3 дней');
    for (const l of locales) {
      await page.goto(at(`/${l.code}/guide/registration/`));
      expect(await page.locator('.prose').textContent(), l.code).not.toContain('{{');
    }
    await context.close();
  });

  it('mark the prosecutor line 115 as not verified wherever a chapter gives it', async () => {
    const { page, context } = await openPhone(browser, baseUrl);
    let marked = 0;
    for (const l of locales) {
      for (const chapter of ['rights-at-work', 'police']) {
        await page.goto(at(`/${l.code}/guide/${chapter}/`));
        const links = page.locator('.prose a[href="tel:115"]');
        const n = await links.count();
        for (let i = 0; i < n; i++) {
          const link = links.nth(i);
          const inBox = await link.evaluate((a) => !!a.closest('.callout-unverified'));
          const mark = await link.evaluate((a) =>
            a.nextElementSibling?.matches('[data-unverified="contact"]')
              ? a.nextElementSibling.textContent
              : null,
          );
          if (!inBox) {
            expect(mark, `${l.code}/${chapter}`).toBe(
              `(${dictionaries[l.code]['unverified.mark']})`,
            );
            marked++;
          }
        }
      }
    }
    expect(marked).toBeGreaterThanOrEqual(locales.length * 2);
    await context.close();
  });
});
