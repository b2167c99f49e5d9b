// After one scan the guide stays with the person: a visited page opens again without network, and
// after "Save for offline" every guide page of that language (and its search) opens with the network cut.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPhone } from '../support/browser.ts';
import { dictionaries } from '../../src/i18n/index.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const at = (path: string) => new URL(path.replace(/^\//, ''), baseUrl).href;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits until the service worker is active and controls the page (clientsClaim). */
async function controlled(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), {
          once: true,
        }),
      );
    }
  });
}

describe('offline reading', () => {
  it('opens a visited page again with no network, and shows the offline page for others', async () => {
    const { page, context } = await openPhone(browser, baseUrl, {}, { watch: false });
    await page.goto(at('/en/'));
    await controlled(page);
    await page.goto(at('/en/guide/police/'));
    const title = await page.textContent('article h1');
    await context.setOffline(true);
    await page.goto(at('/en/guide/police/'));
    expect(await page.textContent('article h1')).toBe(title);
    await page.goto(at('/en/guide/money/'));
    // The offline page puts the language of the address first, title included.
    expect(await page.textContent('h1')).toBe(dictionaries.en['offline.title']);
    expect(await page.locator('section[lang="en"]').textContent()).toContain(
      dictionaries.en['offline.text'],
    );
    await context.close();
  });

  it('saves the whole guide of a language after showing its size; then every chapter, help and search work offline', async () => {
    const { page, context } = await openPhone(browser, baseUrl, {}, { watch: false });
    await page.goto(at('/uz/'));
    await controlled(page);
    const box = page.locator('[data-save-offline]');
    await box.locator('[data-save-start]').click();
    const confirm = box.locator('[data-save-confirm] p');
    await confirm.waitFor();
    expect(await confirm.textContent()).toMatch(/\d+ KB/);
    await box.locator('[data-save-go]').click();
    await expect
      .poll(() => box.locator('[data-save-status]').textContent(), { timeout: 60_000 })
      .toBe(dictionaries.uz['offline.done']);

    await context.setOffline(true);
    const slugs = readdirSync(join(distDir, 'uz', 'guide'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(slugs.length).toBeGreaterThan(10);
    for (const slug of [...slugs, '']) {
      const path = slug ? `/uz/guide/${slug}/` : '/uz/guide/';
      const res = await page.goto(at(path));
      expect(res?.ok(), path).toBe(true);
      expect(await page.getAttribute('html', 'lang'), path).toBe('uz-Latn');
      const h1 = /<h1>([^<]+)<\/h1>/.exec(
        readFileSync(join(distDir, path, 'index.html'), 'utf8'),
      )![1];
      expect((await page.textContent('h1'))?.trim(), path).toBe(
        h1
          .replace(/&#39;/g, "'")
          .replace(/&amp;/g, '&')
          .replace(/&quot;/g, '"')
          .trim(),
      );
    }
    await page.goto(at('/uz/help/'));
    expect(await page.locator('a[href="tel:112"]').count()).toBeGreaterThan(0);
    // The video pages' steps and transcripts were saved (not the video files), and the one-file guide.
    for (const slug of readdirSync(join(distDir, 'uz', 'videos'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)) {
      const res = await page.goto(at(`/uz/videos/${slug}/`));
      expect(res?.ok(), slug).toBe(true);
      expect((await page.locator('article').innerText()).length, slug).toBeGreaterThan(500);
    }
    const oneFile = await page.goto(at('/offline/migrant-guide-uz.html'));
    expect(oneFile?.ok()).toBe(true);
    expect(await page.getAttribute('html', 'lang')).toBe('uz-Latn');
    // Search was saved too: it answers without network.
    await page.goto(at('/uz/search/?q=politsiya'));
    await page.locator('[data-search-results] li').first().waitFor({ timeout: 20_000 });
    await context.close();
    // Saving now also fetches the video pages and the one-file guide: more time on a busy machine.
  }, 150_000);

  it('hides the save button where it cannot work (no JavaScript)', async () => {
    const { page, context } = await openPhone(browser, baseUrl, { javaScriptEnabled: false });
    await page.goto(at('/ru/guide/police/'));
    expect(await page.locator('[data-save-offline]').isVisible()).toBe(false);
    await context.close();
  });

  it('takes a new deployment at once (skipWaiting, clientsClaim) and keeps the offline page precached', () => {
    const sw = readFileSync(join(distDir, 'sw.js'), 'utf8');
    expect(sw).toContain('self.skipWaiting()');
    expect(sw).toContain('clients.claim()');
    expect(sw).toMatch(/offline\/index\.html/);
  });
});
