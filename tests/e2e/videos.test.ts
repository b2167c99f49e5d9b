// A person opens an instruction video from a leaflet's QR code on a phone with expensive data: the page
// costs almost nothing until they press play, reads fully as text, has captions, and the file can be
// downloaded to forward. A hosted (YouTube) video contacts YouTube only after the poster is pressed.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPhone } from '../support/browser.ts';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';

const baseUrl = inject('baseUrl');
const at = (path: string) => new URL(path.replace(/^\//, ''), baseUrl).href;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('our own video page', () => {
  it('requests no video bytes and nothing from other hosts before play', async () => {
    const { page, external, context } = await openPhone(browser, baseUrl);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const res = await page.goto(at('/ru/videos/registration/'));
    expect(res!.status()).toBe(200);
    await page.waitForLoadState('networkidle');
    const video = page.locator('video');
    expect(await video.getAttribute('preload')).toBe('none');
    expect(requested.some((p) => p.endsWith('.mp4'))).toBe(false);
    expect(external).toEqual([]);
    // Pressing play fetches our own file, still from no other host.
    const playable = await page.evaluate(() =>
      document.createElement('video').canPlayType('video/mp4; codecs="avc1.42E01E, mp4a.40.2"'),
    );
    if (playable) {
      await page.evaluate(() => {
        const v = document.querySelector('video')!;
        v.muted = true;
        void v.play().catch(() => undefined);
      });
      await expect
        .poll(() => requested.some((p) => p.endsWith('/videos/registration-ru.mp4')), {
          timeout: 10_000,
        })
        .toBe(true);
    }
    expect(external).toEqual([]);
    await context.close();
  });

  it("loads the caption track in the page's language", async () => {
    const { page, context } = await openPhone(browser, baseUrl);
    await page.goto(at('/uz/videos/registration/'));
    const track = page.locator('video track[default]');
    expect(await track.getAttribute('srclang')).toBe('uz-Latn');
    expect(await track.getAttribute('kind')).toBe('captions');
    const cues = async () =>
      page.evaluate(() => {
        const t = document.querySelector('video')!.textTracks[0];
        t.mode = 'showing';
        return t.cues?.length ?? 0;
      });
    await expect.poll(cues, { timeout: 10_000 }).toBeGreaterThan(0);
    const vtt = await page.request.get(
      new URL((await track.getAttribute('src'))!, page.url()).href,
    );
    expect(vtt.status()).toBe(200);
    expect(await vtt.text()).toMatch(/^WEBVTT/);
    await context.close();
  });

  it('shows the steps and the full transcript as text', async () => {
    const { page, context } = await openPhone(browser, baseUrl, { javaScriptEnabled: false });
    await page.goto(at('/ru/videos/emergency-care/'));
    expect(await page.locator('article .prose ol li').count()).toBeGreaterThanOrEqual(5);
    const text = await page.locator('article .prose').textContent();
    expect(text).toContain('Номер 112 работает даже без денег на счёте');
    expect(await page.locator('.sources li a').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('offers the file for download with its size, and the link serves an MP4', async () => {
    const { page, context } = await openPhone(browser, baseUrl);
    await page.goto(at('/ru/videos/unpaid-wages/'));
    const link = page.locator('a.download');
    expect(await link.getAttribute('download')).toBe('unpaid-wages-ru.mp4');
    await expect(link.textContent()).resolves.toMatch(/\d+ КБ/);
    const url = new URL((await link.getAttribute('href'))!, page.url()).href;
    const head = await page.request.head(url);
    expect(head.status()).toBe(200);
    expect(head.headers()['content-type']).toBe('video/mp4');
    const get = await page.request.get(url);
    expect(get.status()).toBe(200);
    expect((await get.body()).length).toBe(Number(await link.getAttribute('data-size')));
    await context.close();
  });

  it('gives Tajik readers the Russian video with Tajik captions, and says the video speaks Russian', async () => {
    const { page, context, external } = await openPhone(browser, baseUrl);
    const res = await page.goto(at('/tg/videos/registration/'));
    expect(res!.status()).toBe(200);
    // A Tajik page (a machine translation, said so), not the Russian page as a fallback.
    expect(await page.locator('[data-notice="fallback"]').count()).toBe(0);
    expect(await page.locator('[data-notice="machine"]').count()).toBe(1);
    expect(await page.locator('article').getAttribute('lang')).toBeNull();
    expect(await page.locator('article h1').textContent()).toBe('Бақайдгирӣ баъди омадан');
    // Said above the player, in Tajik: the voice is Russian, the captions Tajik.
    const said = page.locator('[data-video-language="ru"]');
    expect(await said.textContent()).toBe('Овози видео бо забони русӣ, зернавис бо забони тоҷикӣ.');
    expect(await page.locator('video source').getAttribute('src')).toMatch(
      /\/videos\/registration-ru\.mp4$/,
    );
    // Tajik captions first and default, Russian captions as the second track.
    const tracks = page.locator('video track');
    expect(await tracks.count()).toBe(2);
    expect(await tracks.nth(0).getAttribute('srclang')).toBe('tg');
    expect(await tracks.nth(0).getAttribute('default')).not.toBeNull();
    expect(await tracks.nth(1).getAttribute('srclang')).toBe('ru');
    expect(await tracks.nth(1).getAttribute('default')).toBeNull();
    const firstCues = async () =>
      page.evaluate(() => {
        const t = document.querySelector('video')!.textTracks[0];
        t.mode = 'showing';
        return t.cues ? Array.from(t.cues, (c) => (c as VTTCue).text).slice(0, 4) : [];
      });
    await expect
      .poll(async () => (await firstCues()).length, { timeout: 10_000 })
      .toBeGreaterThan(0);
    const cues = await firstCues();
    expect(cues[0]).toBe('Бақайдгирӣ баъди омадан ба Қазоқистон.');
    expect(cues[3]).toBe('Номи кӯтоҳи он — ИС МП.');
    expect(external).toEqual([]);
    await context.close();
  });

  it('is reached from the menu and from the guide chapter it belongs to', async () => {
    const { page, context, external } = await openPhone(browser, baseUrl);
    await page.goto(at('/en/guide/health/'));
    await page.locator('.chapter-videos a').first().click();
    await page.waitForURL(/\/en\/videos\/emergency-care\/$/);
    await page.locator('.site-nav a[href$="/en/videos/"]').click();
    await page.waitForURL(/\/en\/videos\/$/);
    expect(await page.locator('.video-list li').count()).toBeGreaterThanOrEqual(3);
    expect(external).toEqual([]);
    await context.close();
  });
});

// No real hosted video is published yet, so this builds the real site code from a copy of content/ with
// one fixture page (provider: youtube) and tests the real component and script on it.
describe('a hosted video (fixture build)', () => {
  const out =
    `${process.env.TEST_OUT ?? fileURLToPath(new URL('../../.test-dist', import.meta.url))}`.replace(
      /\/$/,
      '',
    );
  const dist = `${out}-hosted/`;
  const content = `${out}-hosted-content/`;
  let server: StaticServer;
  beforeAll(async () => {
    rmSync(content, { recursive: true, force: true });
    cpSync(new URL('../../content/', import.meta.url), content, { recursive: true });
    writeFileSync(
      `${content}videos/ru/hosted-fixture.md`,
      [
        '---',
        'title: "Hosted fixture"',
        'description: "A test page for a video hosted on YouTube."',
        'duration: "0:19"',
        'provider: youtube',
        'id: aqz-KE-bpKQ',
        'poster: registration-ru.jpg',
        'chapters: [registration]',
        'lastReviewed: 2026-11-23',
        'sources:',
        '  - title: "Test source"',
        '    url: "https://adilet.zan.kz/rus/docs/K1500000414"',
        'translation:',
        '  status: original',
        '---',
        '',
        '## Steps',
        '',
        '1. One.',
        '',
        '## Transcript',
        '',
        'Title.',
        '',
        'One.',
        '',
      ].join('\n'),
    );
    execFileSync('astro', ['build'], {
      cwd: fileURLToPath(new URL('../../', import.meta.url)),
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        CONTENT_DIR: content.replace(/\/$/, ''),
        OUT_DIR: dist,
        ASTRO_CACHE_DIR: `${out}-hosted-cache`,
        SITE_URL: inject('siteUrl'),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    });
    server = await startStaticServer(dist, inject('base'));
  }, 180_000);
  afterAll(async () => {
    await server?.close();
  });

  it('contacts YouTube only after the poster is pressed, then only youtube-nocookie.com', async () => {
    const { page, context, external } = await openPhone(browser, server.url);
    await page.goto(new URL('ru/videos/hosted-fixture/', server.url).href);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('iframe').count()).toBe(0);
    expect(external).toEqual([]);
    await page.locator('a.hosted-poster').click();
    const frame = page.locator('.hosted-video iframe');
    await expect.poll(() => frame.count()).toBe(1);
    expect(await frame.getAttribute('src')).toMatch(
      /^https:\/\/www\.youtube-nocookie\.com\/embed\/aqz-KE-bpKQ\?autoplay=1/,
    );
    await expect.poll(() => external.length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(external.every((u) => new URL(u).host === 'www.youtube-nocookie.com')).toBe(true);
    expect(page.url()).toMatch(/hosted-fixture\/$/);
    await context.close();
  });

  it('with JavaScript off, the poster links to the video on YouTube', async () => {
    const { page, context, external } = await openPhone(browser, server.url, {
      javaScriptEnabled: false,
    });
    await page.goto(new URL('ru/videos/hosted-fixture/', server.url).href);
    expect(await page.locator('a.hosted-poster').getAttribute('href')).toBe(
      'https://www.youtube.com/watch?v=aqz-KE-bpKQ',
    );
    expect(external).toEqual([]);
    await context.close();
  });
});
