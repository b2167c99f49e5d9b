// A native speaker reviews a translation: from the translation-status page to the side-by-side view,
// on a phone; every pair's edit and view-line links lead to the line of the file that holds its text.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPhone } from '../support/browser.ts';
import { TEST_REPO_URL } from './globalSetup.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const at = (path: string) => new URL(path.replace(/^\//, ''), baseUrl).href;
const root = join(import.meta.dirname, '..', '..');
// The test build reads a copy of content/ (one Tajik chapter removed); line numbers are the same.
const contentCopy = `${distDir.replace(/\/$/, '')}-content`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A Markdown line as a reader reads it: markers, emphasis and link targets taken off. */
function plain(markdown: string): string {
  return markdown
    .split('\n')
    .map((l) =>
      l
        .replace(/^\s*>\s?/, '')
        .replace(/^\[![A-Z]+\]\s*/, '')
        .replace(/^#+\s+/, '')
        .replace(/^\s*([-*+]|\d+[.)])\s+/, ''),
    )
    .join(' ')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__|`/g, '')
    .replace(/(?<![\p{L}\p{N}])[*_](?=\S)|(?<=\S)[*_](?![\p{L}\p{N}])/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

interface ShownPair {
  line: number;
  endLine: number;
  text: string;
  edit: string | null;
  view: string | null;
}

async function shownPairs(page: Page): Promise<ShownPair[]> {
  return page.$$eval('#review-text ~ .pairs > li[data-line]', (items) =>
    items.map((li) => {
      const text = li.querySelector('[data-pair-text]')!.cloneNode(true) as HTMLElement;
      text.querySelectorAll('.md-marker').forEach((m) => m.remove());
      const links = li.querySelectorAll<HTMLAnchorElement>('.pair-links a');
      return {
        line: Number(li.getAttribute('data-line')),
        endLine: Number(li.getAttribute('data-end-line')),
        text: (text.textContent ?? '').replace(/\s+/g, ' ').trim(),
        edit: links[0]?.getAttribute('href') ?? null,
        view: links[1]?.getAttribute('href') ?? null,
      };
    }),
  );
}

describe('review pages', () => {
  it('exist for every translated guide chapter and video page, and for nothing else', () => {
    const expected: string[] = [];
    for (const section of ['guide', 'videos']) {
      for (const lang of readdirSync(join(contentCopy, section))) {
        if (lang === 'ru') continue;
        for (const f of readdirSync(join(contentCopy, section, lang)))
          expected.push(`${lang}/${section}/${f.replace(/\.md$/, '')}`);
      }
    }
    const built: string[] = [];
    for (const lang of readdirSync(join(distDir, 'review'))) {
      for (const section of readdirSync(join(distDir, 'review', lang))) {
        for (const slug of readdirSync(join(distDir, 'review', lang, section)))
          built.push(`${lang}/${section}/${slug}`);
      }
    }
    expect(built.sort()).toEqual(expected.sort());
    expect(built.length).toBeGreaterThan(60);
  });

  it('are linked from the translation-status page, noindex, and kept out of the sitemap and search', async () => {
    const { page, context, external } = await openPhone(browser, baseUrl);
    await page.goto(at('/translation-status/'));
    const link = page.locator('a[data-review-link][href$="/review/uz/guide/registration/"]');
    await expect(link.count()).resolves.toBe(1);
    await link.click();
    await page.waitForURL(/\/review\/uz\/guide\/registration\/$/);
    expect(await page.getAttribute('meta[name="robots"]', 'content')).toBe('noindex');
    expect(await page.locator('[data-pagefind-body]').count()).toBe(0);
    expect(await page.getAttribute('html', 'lang')).toBe('uz-Latn');
    expect(external).toEqual([]);
    await context.close();
    const sitemaps = readdirSync(distDir).filter((f) => /^sitemap.*\.xml$/.test(f));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const f of sitemaps)
      expect(readFileSync(join(distDir, f), 'utf8')).not.toContain('/review/');
    // Pagefind keeps one gzip'd fragment per indexed page, starting with its URL: none is a review page.
    const fragments = join(distDir, 'pagefind', 'fragment');
    const urls = readdirSync(fragments).map(
      (f) =>
        /"url":"([^"]+)"/.exec(gunzipSync(readFileSync(join(fragments, f))).toString('utf8'))?.[1],
    );
    expect(urls.length).toBeGreaterThan(50);
    expect(urls.filter((u) => !u || u.includes('/review/'))).toEqual([]);
  });

  it('on a 360 px phone stack each pair (Russian above the translation) with no sideways scrolling', async () => {
    const { page, context } = await openPhone(browser, baseUrl);
    for (const path of [
      '/review/uz/guide/registration/',
      '/review/tg/guide/russia-bans/',
      '/review/ky/videos/registration/',
    ]) {
      await page.goto(at(path));
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
        path,
      ).toBeLessThanOrEqual(1);
      const [ru, tr] = await Promise.all([
        page.locator('#review-text ~ .pairs .pair-ru').first().boundingBox(),
        page.locator('#review-text ~ .pairs .pair-tr').first().boundingBox(),
      ]);
      expect(tr!.y).toBeGreaterThanOrEqual(ru!.y + ru!.height);
    }
    await context.close();
  });

  it('on a laptop set the Russian and the translation side by side', async () => {
    const { page, context } = await openPhone(browser, baseUrl, {
      viewport: { width: 1200, height: 800 },
    });
    await page.goto(at('/review/uz/guide/registration/'));
    const [ru, tr] = await Promise.all([
      page.locator('#review-text ~ .pairs .pair-ru').first().boundingBox(),
      page.locator('#review-text ~ .pairs .pair-tr').first().boundingBox(),
    ]);
    expect(tr!.x).toBeGreaterThan(ru!.x + ru!.width - 1);
    expect(Math.abs(tr!.y - ru!.y)).toBeLessThan(5);
    await context.close();
  });

  for (const [path, file] of [
    ['/review/uz/guide/registration/', 'content/guide/uz/registration.md'],
    ['/review/tg/guide/russia-bans/', 'content/guide/tg/russia-bans.md'],
    ['/review/en/guide/health/', 'content/guide/en/health.md'],
    ['/review/ky/videos/registration/', 'content/videos/ky/registration.md'],
  ] as const) {
    it(`${path}: every pair's line number, edit link and view-line link lead to the line that holds its text`, async () => {
      const { page, context } = await openPhone(browser, baseUrl);
      await page.goto(at(path));
      const source = readFileSync(join(root, file), 'utf8').split('\n');
      const pairs = await shownPairs(page);
      expect(pairs.length).toBeGreaterThan(5);
      for (const p of pairs) {
        const lines = source.slice(p.line - 1, p.endLine).join('\n');
        expect(plain(lines), `${file}:${p.line}`).toBe(p.text);
        expect(p.edit).toBe(`${TEST_REPO_URL}/edit/main/${file}`);
        expect(p.view).toBe(
          `${TEST_REPO_URL}/blob/main/${file}#L${p.line}${p.endLine > p.line ? `-L${p.endLine}` : ''}`,
        );
      }
      // The title's pair points at the title line.
      const titleLine = Number(await page.getAttribute('li[data-field="title"]', 'data-line'));
      expect(source[titleLine - 1]).toMatch(/^title: /);
      expect(source[titleLine - 1]).toContain(
        (await page.locator('li[data-field="title"] [data-pair-text]').textContent())!.trim(),
      );
      await context.close();
    });
  }

  it('shows the state and the exact lines that mark the page reviewed', async () => {
    const { page, context } = await openPhone(browser, baseUrl);
    await page.goto(at('/review/uz/guide/registration/'));
    expect(await page.getAttribute('[data-review-state]', 'data-review-state')).toBe('machine');
    const lines = (await page.locator('[data-reviewed-lines]').textContent())!;
    expect(lines).toMatch(
      /^translation:\n {2}status: reviewed\n {2}from: ru\n {2}sourceVersion: \d+\n {2}reviewedBy: ".+"\n {2}reviewedOn: \d{4}-\d{2}-\d{2}$/,
    );
    const ruVersion =
      /^version: (\d+)$/m.exec(
        readFileSync(join(root, 'content/guide/ru/registration.md'), 'utf8'),
      )?.[1] ?? '1';
    expect(lines).toContain(`sourceVersion: ${ruVersion}`);
    // The steps name the lines to replace: the first of them is the file's "translation:" line.
    const steps = (await page.locator('#review-mark ~ p').first().textContent())!;
    const from = Number(/(\d+)–\d+/.exec(steps)![1]);
    expect(
      readFileSync(join(root, 'content/guide/uz/registration.md'), 'utf8').split('\n')[from - 1],
    ).toBe('translation:');
    expect(
      await page
        .locator(`a[href="${TEST_REPO_URL}/edit/main/content/guide/uz/registration.md"]`)
        .count(),
    ).toBeGreaterThan(1);
    await context.close();
  });

  it("says so at the top when the translation's structure differs from the Russian", async () => {
    const { page, context } = await openPhone(browser, baseUrl);
    await page.goto(at('/review/tg/guide/russia-bans/'));
    await expect(page.locator('[data-review-structure]').count()).resolves.toBe(1);
    await page.goto(at('/review/uz/guide/registration/'));
    await expect(page.locator('[data-review-structure]').count()).resolves.toBe(0);
    await context.close();
  });
});
