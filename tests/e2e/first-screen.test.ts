// The first screen answers (issue 18): a person scans a leaflet on a 360×740 phone and, in every
// language, sees the chapter's title, its first main point and a way to call 112 without scrolling;
// the header stays compact; pages the server cannot tailor (404, offline) put the address's language
// first; the chooser remembers the language chosen on this phone; partners find every language's PDFs.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPhone } from '../support/browser.ts';
import { locales } from '../../src/config/locales.ts';
import { dictionaries } from '../../src/i18n/index.ts';
import { chapterCallNumber } from '../../src/config/emergency.ts';

const baseUrl = inject('baseUrl');
const at = (path: string) => new URL(path.replace(/^\//, ''), baseUrl).href;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Code {
  code: string;
  path: string;
}
const codes: Code[] = JSON.parse(readFileSync('content/qr/registry.json', 'utf8')).codes;
const chapterCodes = codes.filter((c) => /^\/[a-z]{2}\/guide\/[a-z0-9-]+\/$/.test(c.path));

/** Bottom edges (px from the top of the page, not scrolled) of what must be on the first screen. */
async function firstScreen(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element | null | undefined) => (el ? el.getBoundingClientRect() : undefined);
    const h1 = document.querySelector('article h1');
    // The first main point: the first item of the first list after the chapter's first heading.
    const firstH2 = document.querySelector('article .prose h2');
    let list: Element | null = firstH2;
    while (list && list.tagName !== 'UL' && list.tagName !== 'OL') list = list.nextElementSibling;
    const point = list?.querySelector('li');
    const tel = [...document.querySelectorAll<HTMLAnchorElement>('a[href="tel:112"]')].find(
      (a) => a.offsetParent !== null,
    );
    return {
      header: box(document.querySelector('header.site-header'))?.height ?? NaN,
      h1: box(h1)?.bottom ?? NaN,
      point: box(point)?.bottom ?? NaN,
      pointText: point?.textContent?.slice(0, 40) ?? '',
      tel: box(tel)?.bottom ?? NaN,
      telName: tel?.textContent?.trim() ?? '',
      scrollY: window.scrollY,
    };
  });
}

describe('the first screen of a chapter opened from a QR code (360×740)', () => {
  it('shows the title, the first main point and a 112 call link without scrolling, in every language', async () => {
    const { page, context } = await openPhone(browser, baseUrl, { javaScriptEnabled: false });
    const problems: string[] = [];
    let checked = 0;
    for (const l of locales) {
      const mine = chapterCodes.filter((c) => c.path.startsWith(`/${l.code}/`));
      expect(mine.length, l.code).toBeGreaterThan(10);
      for (const c of mine) {
        await page.goto(at(`/q/${c.code}/`));
        await page.waitForURL((u) => u.pathname.endsWith(c.path));
        const s = await firstScreen(page);
        checked++;
        if (!(s.header <= 100)) problems.push(`${c.path}: header ${s.header} px`);
        if (!(s.h1 <= 740)) problems.push(`${c.path}: title ends at ${Math.round(s.h1)} px`);
        if (!(s.point <= 740))
          problems.push(
            `${c.path}: first main point ("${s.pointText}") ends at ${Math.round(s.point)} px`,
          );
        if (!(s.tel <= 740))
          problems.push(`${c.path}: no visible tel:112 link on the first screen`);
      }
    }
    expect(checked).toBeGreaterThanOrEqual(5 * 16);
    expect(problems).toEqual([]);
    await context.close();
  }, 300_000);

  it("calls 112 and the chapter's own number from the call bar, with names that say so", async () => {
    const { page, context } = await openPhone(browser, baseUrl, { javaScriptEnabled: false });
    await page.goto(at('/tg/guide/health/'));
    const bar = page.locator('.call-bar');
    const call112 = bar.locator('a[href="tel:112"]');
    await expect(call112.getAttribute('href')).resolves.toBe('tel:112');
    const name = (await call112.textContent())!.replace(/\s+/g, ' ');
    expect(name).toContain(dictionaries.tg['call.verb']);
    expect(name).toContain(dictionaries.tg['call.112']);
    expect(chapterCallNumber.health).toBe('103');
    await expect(bar.locator('a[href="tel:103"]').textContent()).resolves.toContain(
      dictionaries.tg['call.103'],
    );
    // A page without its own number links to all of them instead.
    await page.goto(at('/tg/guide/money/'));
    await expect(page.locator('.call-bar a[href$="/tg/help/"]').textContent()).resolves.toBe(
      dictionaries.tg['call.more'],
    );
    expect(await page.locator('.call-bar a[href="tel:112"]').isVisible()).toBe(true);
    await context.close();
  });

  it('keeps the header within 100 px on every kind of page, and one search box on the search page', async () => {
    const { page, context } = await openPhone(browser, baseUrl);
    for (const l of locales) {
      for (const p of ['', 'guide/', 'help/', 'map/', 'videos/', 'search/', 'print/']) {
        await page.goto(at(`/${l.code}/${p}`));
        const h = await page
          .locator('header.site-header')
          .evaluate((e) => e.getBoundingClientRect().height);
        expect(h, `/${l.code}/${p}`).toBeLessThanOrEqual(100);
      }
      expect(await page.locator('input[type="search"]').count(), `/${l.code}/print/`).toBe(0);
      await page.goto(at(`/${l.code}/search/`));
      expect(await page.locator('input[type="search"]').count()).toBe(1);
    }
    await context.close();
  });

  it('opens the language list without JavaScript, with links to the same page in every language', async () => {
    const { page, context } = await openPhone(browser, baseUrl, { javaScriptEnabled: false });
    await page.goto(at('/ky/guide/police/'));
    const links = page.locator('.lang-menu .langs a');
    expect(await links.first().isVisible()).toBe(false);
    await page.locator('.lang-menu summary').click();
    for (const l of locales) {
      const a = page.locator(`.lang-menu a[hreflang="${l.htmlLang}"]`);
      expect(await a.isVisible(), l.code).toBe(true);
      expect(
        new URL((await a.getAttribute('href'))!, baseUrl).pathname.endsWith(
          `/${l.code}/guide/police/`,
        ),
      ).toBe(true);
    }
    await context.close();
  });

  it('says in one line under the title that a translation is unchecked, with the details on demand', async () => {
    const { page, context } = await openPhone(browser, baseUrl, { javaScriptEnabled: false });
    await page.goto(at('/tg/guide/police/'));
    const notice = page.locator('article h1 + [data-notice="machine"]');
    const summary = notice.locator('summary');
    await expect(summary.textContent()).resolves.toBe(dictionaries.tg['notice.machineShort']);
    expect(await summary.evaluate((s) => s.getBoundingClientRect().height)).toBeLessThan(48);
    expect(await notice.locator('details p').isVisible()).toBe(false);
    await summary.click();
    expect(await notice.locator('details p').isVisible()).toBe(true);
    expect(
      new URL((await notice.locator('a[hreflang="ru"]').getAttribute('href'))!, baseUrl).pathname,
    ).toMatch(/\/ru\/guide\/police\/$/);
    await context.close();
  });
});

describe("pages the server cannot tailor, in the reader's language", () => {
  it('puts Tajik first on a not-found address under /tg/, title and lang included', async () => {
    const { page, context } = await openPhone(browser, baseUrl);
    const res = await page.goto(at('/tg/no-such-page/'));
    expect(res!.status()).toBe(404);
    expect(await page.textContent('h1')).toBe(dictionaries.tg['notFound.title']);
    expect(await page.getAttribute('html', 'lang')).toBe('tg');
    expect(await page.locator('[data-every-lang]').first().getAttribute('lang')).toBe('tg');
    await context.close();
  });

  it('without JavaScript, the not-found page still helps in every language', async () => {
    const { page, context } = await openPhone(browser, baseUrl, { javaScriptEnabled: false });
    await page.goto(at('/tg/no-such-page/'));
    for (const l of locales)
      expect(await page.locator(`a[href="#in-${l.code}"]`).isVisible(), l.code).toBe(true);
    await context.close();
  });

  it('puts Tajik first on the offline page for a /tg/ page that is not saved', async () => {
    const { page, context } = await openPhone(browser, baseUrl, {}, { watch: false });
    await page.goto(at('/tg/'));
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise<void>((r) =>
          navigator.serviceWorker.addEventListener('controllerchange', () => r(), { once: true }),
        );
    });
    await context.setOffline(true);
    await page.goto(at('/tg/guide/money/'));
    expect(await page.textContent('h1')).toBe(dictionaries.tg['offline.title']);
    expect(await page.locator('[data-every-lang]').first().getAttribute('lang')).toBe('tg');
    await context.close();
  });

  it('the chooser has no language shown as chosen, one title, and remembers the choice on this phone', async () => {
    const { page, context } = await openPhone(browser, baseUrl, { locale: 'en-GB' });
    await page.goto(at('/'));
    expect(await page.locator('[aria-current]').count()).toBe(0);
    expect(await page.locator('h1').count()).toBe(1);
    for (const l of locales)
      expect(await page.locator(`h1 [lang="${l.htmlLang}"]`).count(), l.code).toBe(1);
    expect(await page.locator('[data-continue]:visible').count()).toBe(0);
    await page.locator('#chooser a[data-lang="tg"]').click();
    await page.waitForURL(/\/tg\/$/);
    await page.goto(at('/'));
    const again = page.locator('[data-continue="tg"] a');
    expect(await again.isVisible()).toBe(true);
    expect(new URL(page.url()).pathname).toMatch(/\/mg\/$/);
    expect(await page.locator('#chooser li').first().getAttribute('lang')).toBe('tg');
    await again.click();
    await page.waitForURL(/\/tg\/$/);
    // Nothing went to a cookie.
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });
});

describe("partners' print page", () => {
  it("links the leaflets and cards of all five languages on every language's page, and labels the HTML guide", async () => {
    const { page, context } = await openPhone(browser, baseUrl);
    for (const l of locales) {
      await page.goto(at(`/${l.code}/print/`));
      for (const other of locales) {
        for (const kind of ['leaflet', 'cards']) {
          const a = page.locator(`[data-print-doc="print/${kind}-${other.code}.pdf"] a`);
          expect(await a.isVisible(), `${l.code}: ${kind}-${other.code}`).toBe(true);
          const res = await page.request.get(
            new URL((await a.getAttribute('href'))!, page.url()).href,
          );
          expect(res.ok(), `${kind}-${other.code}.pdf`).toBe(true);
        }
        if (other.code !== l.code)
          expect(await page.locator(`h3[lang="${other.htmlLang}"]`).textContent()).toBe(
            other.nativeName,
          );
      }
      const size = await page
        .locator(`[data-print-doc="offline/migrant-guide-${l.code}.html"] [data-print-size]`)
        .textContent();
      expect(size).toMatch(/^HTML, \d+/);
    }
    await context.close();
  });
});

describe('video pages', () => {
  it('shows the player on the first screen, with captions of at least 16 px', async () => {
    const { page, context } = await openPhone(browser, baseUrl);
    for (const l of locales) {
      await page.goto(at(`/${l.code}/videos/registration/`));
      const video = page.locator('video.video');
      const top = await video.evaluate((v) => v.getBoundingClientRect().top);
      expect(top, l.code).toBeLessThan(740 - 100);
    }
    // Cues are drawn inside the player, out of reach: resolve the page's ::cue font size on this screen.
    const cue = await page.evaluate(() => {
      const rules = [...document.styleSheets].flatMap((s) => [...s.cssRules]) as CSSStyleRule[];
      const rule = rules.find((r) => r.selectorText?.includes('::cue') && r.style.fontSize);
      if (!rule) return 0;
      const probe = document.createElement('div');
      probe.style.fontSize = rule.style.fontSize;
      document.body.append(probe);
      return parseFloat(getComputedStyle(probe).fontSize);
    });
    expect(cue).toBeGreaterThanOrEqual(16);
    await context.close();
  });

  it('says "(in Russian)" in Tajik next to a Russian video on Tajik pages', async () => {
    const { page, context } = await openPhone(browser, baseUrl);
    await page.goto(at('/tg/videos/'));
    const tags = page.locator(`.video-list .tag[lang="tg"]`);
    expect(await tags.count()).toBeGreaterThan(0);
    expect(await tags.first().textContent()).toBe(dictionaries.tg['lang.in.ru']);
    await context.close();
  });
});
