// A person searches the guide: in their own language, with the Uzbek apostrophe their keyboard has,
// with the Russian word from their documents, in all languages, from the header box, and without JS.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPhone } from '../support/browser.ts';
import { locales } from '../../src/config/locales.ts';
import { dictionaries } from '../../src/i18n/index.ts';
import { parse as parseYaml } from 'yaml';
import { gunzipSync } from 'node:zlib';
import { findFirst, hasClass, parseHtml, textOf } from '../../src/lib/site/html.ts';
import { searchAnswered } from '../support/searchPage.ts';

const contentDir = join(import.meta.dirname, '..', '..', 'content');

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const base = inject('base');
const at = (path: string) => new URL(path.replace(/^\//, ''), baseUrl).href;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The built chapter's article text (what a reader sees), to pick real words from. */
function articleText(lang: string, slug: string): string {
  const html = readFileSync(join(distDir, lang, 'guide', slug, 'index.html'), 'utf8');
  // The chapter's own text: from its prose on (the translation notice under the title is not indexed).
  const prose = findFirst(parseHtml(html), (el) => hasClass(el, 'prose'));
  return prose ? textOf(prose) : '';
}

async function resultsFor(page: Page, lang: string, query: string, all = false): Promise<string[]> {
  await page.goto(at(`/${lang}/search/?q=${encodeURIComponent(query)}${all ? '&all=1' : ''}`));
  await searchAnswered(page, 20_000);
  return page
    .locator('[data-search-results] li > a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search', () => {
  it('finds a chapter by a word of its title, in each language', async () => {
    const { page, context, external } = await openPhone(browser, baseUrl);
    for (const l of locales) {
      const text = articleText(l.code, 'police');
      // The longest word of the chapter's first line: a real word a reader of this language would type.
      const title = /<h1>([^<]+)<\/h1>/.exec(
        readFileSync(join(distDir, l.code, 'guide', 'police', 'index.html'), 'utf8'),
      )![1];
      const word = title.split(/[^\p{L}ʻʼ]+/u).sort((a, b) => b.length - a.length)[0];
      expect(text.length).toBeGreaterThan(100);
      const found = await resultsFor(page, l.code, word);
      expect(found, `${l.code}: "${word}"`).toContain(`${base}${l.code}/guide/police/`);
      // Results are in the reader's language by default.
      expect(
        found.every((p) => p.startsWith(`${base}${l.code}/`)),
        `${l.code}: ${found.join(' ')}`,
      ).toBe(true);
      expect(await page.getAttribute('[data-search-results]', 'lang')).toBe(l.htmlLang);
    }
    expect(external).toEqual([]);
    await context.close();
  });

  it("finds the same Uzbek pages whether oʻ is typed as o', o`, o‘, o’ or oʻ", async () => {
    const { page, context } = await openPhone(browser, baseUrl);
    const word = articleText('uz', 'police').match(/\p{L}*[oOgG][ʻ’'‘`]\p{L}{3,}/u)?.[0];
    expect(word, 'an Uzbek word with oʻ or gʻ in the police chapter').toBeTruthy();
    const stem = word!.replace(/[ʻ’'‘`]/u, 'ʻ');
    const want = await resultsFor(page, 'uz', stem);
    expect(want.length).toBeGreaterThan(0);
    expect(want).toContain(`${base}uz/guide/police/`);
    for (const mark of ["'", '`', '‘', '’']) {
      expect(await resultsFor(page, 'uz', stem.replace('ʻ', mark)), `typed with ${mark}`).toEqual(
        want,
      );
    }
    await context.close();
  });

  it('finds Uzbek registration typed without the ʻ sign, and shows the sign in the result', async () => {
    const { page, context } = await openPhone(browser, baseUrl);
    for (const q of ['royxat', 'Royxat', "ro'yxat"]) {
      expect((await resultsFor(page, 'uz', q))[0], q).toBe(`${base}uz/guide/registration/`);
    }
    // The index keeps one mark for oʻ; the page puts U+02BB back in what it shows.
    const shown = await page.locator('[data-search-results] li').first().textContent();
    expect(shown).toContain('Ro\u02BByxat');
    expect(shown).not.toContain('\u2019');
    await context.close();
  });

  it('finds Uzbek registration typed in Uzbek Cyrillic, and Russian words still work on /uz/', async () => {
    const { page, context } = await openPhone(browser, baseUrl);
    expect((await resultsFor(page, 'uz', 'рўйхат'))[0]).toBe(`${base}uz/guide/registration/`);
    expect((await resultsFor(page, 'uz', 'паспорт йўқолди'))[0]).toBe(
      `${base}uz/guide/lost-documents/`,
    );
    // Russian, not Uzbek Cyrillic: found by the chapter's official Russian keywords.
    expect(await resultsFor(page, 'uz', 'регистрация')).toContain(`${base}uz/guide/registration/`);
    await context.close();
  });

  it('"kasal" puts the health chapter above the emergency-care video', async () => {
    const { page, context } = await openPhone(browser, baseUrl);
    const found = await resultsFor(page, 'uz', 'kasal');
    expect(found[0]).toBe(`${base}uz/guide/health/`);
    const video = found.indexOf(`${base}uz/videos/emergency-care/`);
    expect(video === -1 || video > 0).toBe(true);
    await context.close();
  });

  it("finds a chapter by a word from the editors' list (content/search/ru.yaml) that its text does not use", async () => {
    const { page, context } = await openPhone(browser, baseUrl);
    const list = parseYaml(readFileSync(join(contentDir, 'search', 'ru.yaml'), 'utf8')) as {
      chapters: Record<string, string[]>;
    };
    expect(list.chapters.police).toContain('менты');
    expect(
      articleText('ru', 'police')
        .toLowerCase()
        .split(/[^\p{L}]+/u),
    ).not.toContain('менты');
    expect((await resultsFor(page, 'ru', 'менты'))[0]).toBe(`${base}ru/guide/police/`);
    await context.close();
  });

  it("does not index the video player's interface text, only the video's own words", () => {
    // Pagefind's fragments hold each page's indexed text (gzip, after a short signature).
    const dir = join(distDir, 'pagefind', 'fragment');
    let videos = 0;
    for (const f of readdirSync(dir)) {
      const raw = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
      const page = JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string };
      const m = /\/([a-z]{2})\/videos\/[a-z0-9-]+\/$/.exec(page.url);
      if (!m) continue;
      videos++;
      const t = dictionaries[m[1] as keyof typeof dictionaries];
      for (const key of ['video.noPlayer', 'video.dataNote', 'video.relatedChapters'] as const) {
        expect(page.content, `${page.url}: ${key}`).not.toContain(t[key]);
      }
    }
    expect(videos).toBeGreaterThan(5);
  });

  it('finds Russian ё and е alike', async () => {
    const { page, context } = await openPhone(browser, baseUrl);
    expect(await resultsFor(page, 'ru', 'ещё')).toEqual(await resultsFor(page, 'ru', 'еще'));
    expect((await resultsFor(page, 'ru', 'ещё')).length).toBeGreaterThan(0);
    await context.close();
  });

  it("finds the chapter in the reader's language by the official Russian word (патент, ИИН)", async () => {
    const { page, context } = await openPhone(browser, baseUrl);
    for (const lang of ['uz', 'tg', 'ky', 'en']) {
      const found = await resultsFor(page, lang, 'патент');
      expect(found, lang).toContain(`${base}${lang}/guide/work-permit/`);
    }
    await context.close();
  });

  it('searches all languages when asked, and marks results in another language', async () => {
    const { page, context } = await openPhone(browser, baseUrl);
    const own = await resultsFor(page, 'en', 'полиция');
    expect(own.every((p) => p.startsWith(`${base}en/`))).toBe(true);
    await resultsFor(page, 'en', 'полиция', true);
    // Results come five at a time; open them all.
    while (await page.locator('[data-search-more]').isVisible()) {
      const n = await page.locator('[data-search-results] li').count();
      await page.click('[data-search-more]');
      await page.waitForFunction(
        (k) => document.querySelectorAll('[data-search-results] li').length > k,
        n,
      );
    }
    const all = await page
      .locator('[data-search-results] li > a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    // Pages of other languages are found and marked. (Pagefind searches merged indexes with the first
    // index's stemmer, so from /en/ a Russian page is found only where the Russian stemmer left a word whole;
    // Kyrgyz, Tajik and Uzbek have no stemmer and write полиция as Russian does.)
    const others = all.filter((p) => !p.startsWith(`${base}en/`));
    expect(others.length).toBeGreaterThan(0);
    expect(await page.locator('[data-search-results] .tag[lang]:not([lang="en"])').count()).toBe(
      others.length,
    );
    expect(await page.locator('input[name="all"]').isChecked()).toBe(true);
    await context.close();
  });

  it('runs from the search button in the header and keeps Pagefind off other pages', async () => {
    const { page, context } = await openPhone(browser, baseUrl);
    const loaded: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/pagefind/')) loaded.push(r.url());
    });
    await page.goto(at('/ru/guide/police/'));
    expect(loaded).toEqual([]);
    // The header has a search button (a link); the search page has the only search box.
    await page.locator(`.site-header a[href$="/ru/search/"]`).click();
    await page.waitForURL(/\/ru\/search\/$/);
    expect(await page.locator('input[type="search"]').count()).toBe(1);
    await page.fill('#q', 'регистрация');
    await page.press('#q', 'Enter');
    await page.waitForURL(/\/ru\/search\/\?q=/);
    await page.locator('[data-search-results] li').first().waitFor();
    expect(loaded.some((u) => u.includes('pagefind.js'))).toBe(true);
    expect(await page.inputValue('#q')).toBe('регистрация');
    await context.close();
  });

  it('does not index pages without content (language chooser, not-found, search, offline)', async () => {
    const { page, context } = await openPhone(browser, baseUrl);
    expect(await resultsFor(page, 'ru', dictionaries.ru['notFound.title'])).not.toContain(
      `${base}404/`,
    );
    const found = await resultsFor(page, 'ru', dictionaries.ru['search.title']);
    expect(found.filter((p) => /\/(search|offline|print|q)\/|^\/mg\/$|404/.test(p))).toEqual([]);
    await context.close();
  });

  it("splits each language's index into small files, so a first search fetches little", () => {
    // site.search.indexChunkSize reaches Pagefind through an environment variable it calls unstable:
    // if an upgrade stops reading it, each language is back to one or two large files, and this fails.
    const files = readdirSync(join(distDir, 'pagefind', 'index'));
    for (const l of locales) {
      const own = files.filter((f) => f.startsWith(`${l.htmlLang.toLowerCase()}_`));
      expect(own.length, l.code).toBeGreaterThan(5);
    }
  });

  it('says without JavaScript that search needs it, and links to the chapter list', async () => {
    const { page, context } = await openPhone(browser, baseUrl, { javaScriptEnabled: false });
    await page.goto(at('/tg/search/?q=полиция'));
    const notice = page.locator('noscript, .notice').filter({ hasText: 'JavaScript' });
    await expect(notice.first().textContent()).resolves.toContain(dictionaries.tg['search.noJs']);
    expect(await page.locator(`a[href="${base}tg/guide/"]`).count()).toBeGreaterThan(0);
    await context.close();
  });
});
