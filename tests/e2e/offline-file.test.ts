// A migrant opens the forwarded one-file guide from the phone's downloads folder, with no connection:
// every chapter is there, the contents and the links inside chapters jump within the file, phone
// numbers can be tapped, and the file asks nothing of any host.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { locales } from '../../src/config/locales.ts';
import { paths } from '../../src/lib/site/routes.ts';
import { findAll, hasClass, parseHtml, textOf } from '../../src/lib/site/html.ts';
import { validateHtml } from '../../src/lib/site/htmlValidation.ts';
import { loadFacilities } from '../../src/data/facilities.ts';
import { dictionaries } from '../../src/i18n/index.ts';

const distDir = inject('distDir');
const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Chapter titles as the site's guide page lists them. */
function chapterTitles(lang: string): string[] {
  const html = readFileSync(join(distDir, paths.guide(lang), 'index.html'), 'utf8');
  const list = findAll(parseHtml(html), (el) => el.name === 'ol' && hasClass(el, 'chapters'))[0];
  return findAll(list, (el) => el.name === 'a').map((a) => textOf(a).trim());
}

/** A phone with no connection: anything that is not the file itself is blocked and recorded. */
async function openFile(
  lang: string,
): Promise<{ context: BrowserContext; page: Page; requests: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    offline: true,
  });
  const requests: string[] = [];
  const file = pathToFileURL(join(distDir, paths.offlineFile(lang))).href;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === file) return route.continue();
    requests.push(url);
    return route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  await page.goto(file);
  return { context, page, requests };
}

describe('the whole guide in one file', () => {
  for (const { code: lang, nativeName } of locales) {
    it(`${lang}: has every chapter, working in-file links and phone links, and makes no request`, async () => {
      const { context, page, requests } = await openFile(lang);
      const headings = (await page.locator('section.part h2').allTextContents()).map((h) =>
        h.trim(),
      );
      for (const title of chapterTitles(lang)) expect(headings).toContain(title);
      await expect(page.locator('header').textContent()).resolves.toContain(nativeName);

      // The contents: tapping a chapter brings it into view.
      const toc = page.locator('#contents a[href="#chapter-registration"]');
      await toc.click();
      await expect(page.evaluate(() => location.hash)).resolves.toBe('#chapter-registration');
      const top = await page
        .locator('#chapter-registration')
        .evaluate((el) => el.getBoundingClientRect().top);
      expect(Math.abs(top)).toBeLessThan(5);

      // A link inside a chapter ("../../help/" on the site) leads to the help part of the file.
      const toHelp = page.locator('section.part:not(#help) a[href="#help"]').first();
      await toHelp.scrollIntoViewIfNeeded();
      await toHelp.click();
      await expect(page.evaluate(() => location.hash)).resolves.toBe('#help');

      // Every in-file link has a target.
      const missing = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')]
          .map((a) => a.getAttribute('href')!.slice(1))
          .filter((id) => !document.getElementById(id)),
      );
      expect(missing).toEqual([]);

      for (const n of ['112', '102', '103'])
        expect(await page.locator(`a[href="tel:${n}"]`).count()).toBeGreaterThan(0);
      // The latest version's address and its QR code (the tests build with a public https address).
      await expect(page.locator('.latest a').getAttribute('href')).resolves.toBe(
        new URL(`${lang}/`, inject('siteUrl')).href,
      );
      expect(await page.locator('.latest svg').count()).toBe(1);
      expect(requests).toEqual([]);
      await context.close();
    });
  }

  it('is valid HTML in every language (html-validate, as npm run check sees it)', async () => {
    const files = locales.map((l) => paths.offlineFile(l.code).slice(1));
    const problems = await validateHtml(
      files.map((file) => ({ file, html: readFileSync(join(distDir, file), 'utf8') })),
    );
    expect(problems).toEqual([]);
  });

  // The list is the map page's own (no second reader of the GeoJSON files): the same entries in the same
  // order, each saying its town or village (issue 19), the address notes in the reader's language, and
  // nothing about a map the file does not have.
  it('lists every facility of the map page, each with its town or village', () => {
    const facilities = loadFacilities();
    for (const { code: lang } of locales) {
      const site = parseHtml(readFileSync(join(distDir, paths.map(lang), 'index.html'), 'utf8'));
      const siteIds = findAll(site, (el) => el.name === 'li' && hasClass(el, 'facility')).map(
        (el) => el.attrs.id,
      );
      expect(siteIds.length).toBe(facilities.length);
      const file = parseHtml(readFileSync(join(distDir, paths.offlineFile(lang)), 'utf8'));
      const part = findAll(file, (el) => el.name === 'section' && el.attrs.id === 'facilities')[0];
      expect(part, lang).toBeDefined();
      const entries = findAll(part, (el) => el.name === 'li' && hasClass(el, 'facility'));
      expect(entries.map((e) => e.attrs.id)).toEqual(siteIds.map((id) => `facilities--${id}`));
      for (const f of facilities) {
        const entry = entries.find((e) => e.attrs.id === `facilities--${f.id}`)!;
        const kind = textOf(findAll(entry, (el) => hasClass(el, 'facility-kind'))[0]);
        expect(kind, `${lang} ${f.id}`).toContain(dictionaries[lang][`map.district.${f.district}`]);
        // The town is named unless the district is that town ("Город Шымкент").
        if (f.city && !dictionaries.ru[`map.district.${f.district}`].split(/\s+/).includes(f.city))
          expect(kind, `${lang} ${f.id}`).toContain(f.city);
      }
      expect(textOf(part)).not.toContain(dictionaries[lang]['map.entry.notOnMap']);
      expect(
        findAll(part, (el) => hasClass(el, 'facility-position') || hasClass(el, 'map-unplaced')),
      ).toEqual([]);
    }
    const en = textOf(
      findAll(
        parseHtml(readFileSync(join(distDir, paths.offlineFile('en')), 'utf8')),
        (el) => el.attrs.id === 'facilities',
      )[0],
    );
    expect(en).toContain('Сарыагашский район, с. Жемисти');
    expect(en).toContain(
      'г. Шымкент (serves: мкр Кайтпас-1, Таскен, Нуртас; exact address not found)',
    );
    expect(en).not.toContain('точный адрес');
  });

  it('shows an untranslated chapter in Russian with the same notice as the site', async () => {
    const slug = inject('fallbackPath').split('/').filter(Boolean).pop()!;
    const { context, page } = await openFile('tg');
    const notice = page.locator(`#chapter-${slug} [data-notice="fallback"]`);
    await expect(notice.textContent()).resolves.toMatch(/тарҷума нашудааст.*Русский/);
    await context.close();
  });

  it('is linked, with its size, from the home and help pages', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    for (const path of [paths.home('uz'), paths.help('uz')]) {
      await page.goto(new URL(path.slice(1), baseUrl).href);
      const link = page.locator('.guide-file a');
      const href = (await link.getAttribute('href'))!;
      expect(href).toBe(`${inject('base')}offline/migrant-guide-uz.html`);
      await expect(page.locator('.guide-file [data-onefile-size]').textContent()).resolves.toMatch(
        /^HTML, \d+ KB$/,
      );
      const res = await page.request.get(new URL(href, baseUrl).href);
      expect(res.status()).toBe(200);
    }
    expect(existsSync(join(distDir, paths.offlineFile('uz')))).toBe(true);
    await context.close();
  });
});
