// A migrant scans a printed code: every QR image and every PDF page is decoded with a real decoder
// (zbarimg), and each decoded address is opened in Chromium, where the short link must lead to the right
// page in the right language. Also: a partner downloads the sheets, and bad registries stop cleanly.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPhone } from '../support/browser.ts';
import { locales } from '../../src/config/locales.ts';
import { loadRegistry, shortPathOf } from '../../src/lib/qr/registry.ts';
import { makeQrSheets } from '../../src/integrations/qrSheets.ts';
import type { ManifestCode } from '../../src/lib/qr/shortLinks.ts';
import { CARD_GRID } from '../../src/lib/print/qrPdf.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const siteUrl = inject('siteUrl');
const base = inject('base');
const at = (path: string) => new URL(path.replace(/^\//, ''), baseUrl).href;
/** The public address on paper → the same address on the local test server. */
const local = (publicUrl: string) => publicUrl.replace(siteUrl, baseUrl);
const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'qr-e2e-'));

interface Manifest {
  siteUrl: string;
  codes: ManifestCode[];
  documents: { lang: string; kind: string; file: string; bytes: number }[];
}
const manifest = (): Manifest =>
  JSON.parse(readFileSync(join(distDir, 'print', 'manifest.json'), 'utf8'));

/** Every QR code zbarimg finds in the given images, one list per image. */
function decode(files: string[]): string[][] {
  return files.map((f) => {
    const r = spawnSync('zbarimg', ['--raw', '-q', f], { encoding: 'utf8' });
    return r.stdout
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
  });
}

/**
 * Every card of a card sheet at 150 dpi, cut out along the sheet's grid and decoded on its own, as a
 * person scans one card: one list per page. (Whole pages decode less reliably: at 150 dpi a module is
 * 5.4 pixels, and whether zbar finds all ten codes on a page depends on where each falls on the pixel grid.)
 */
function decodeCards(file: string): string[][] {
  const pages = Number(
    /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1],
  );
  const px = (mmValue: number) => Math.round((mmValue * 150) / 25.4);
  const { marginMm, cols, rows } = CARD_GRID;
  const cellW = (210 - 2 * marginMm) / cols;
  const cellH = (297 - 2 * marginMm) / rows;
  const dir = mkdtempSync(join(work, 'cards-'));
  const out: string[][] = [];
  for (let p = 1; p <= pages; p++) {
    const found: string[] = [];
    for (let cell = 0; cell < cols * rows; cell++) {
      const x = marginMm + (cell % cols) * cellW;
      const y = marginMm + Math.floor(cell / cols) * cellH;
      const name = join(dir, `p${p}-c${cell}`);
      execFileSync('pdftoppm', [
        '-r',
        '150',
        '-png',
        '-singlefile',
        '-f',
        String(p),
        '-l',
        String(p),
        '-x',
        String(px(x)),
        '-y',
        String(px(y)),
        '-W',
        String(px(cellW)),
        '-H',
        String(px(cellH)),
        file,
        name,
      ]);
      found.push(...decode([`${name}.png`])[0]);
    }
    out.push(found);
  }
  return out;
}

/** Every page of a PDF at 150 dpi, decoded. */
function decodePdf(file: string): string[][] {
  const dir = mkdtempSync(join(work, 'pdf-'));
  execFileSync('pdftoppm', ['-r', '150', '-png', file, join(dir, 'p')]);
  return decode(
    readdirSync(dir)
      .sort()
      .map((f) => join(dir, f)),
  );
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the registry', () => {
  it('already has a code for every built page (the build did not have to issue new ones)', () => {
    const committed = loadRegistry(join(root, 'content'));
    const known = new Set(committed.entries.map((e) => e.path));
    const newPages = manifest()
      .codes.filter((c) => !known.has(c.path))
      .map((c) => c.path);
    expect(
      newPages,
      'These pages have no QR code in content/qr/registry.json. Run: SITE_URL=https://<public address>/ npm run build (or npm run qr after a build), then commit content/qr/registry.json',
    ).toEqual([]);
  });

  it('every code ever issued has a short link that leads to a built page', () => {
    const m = manifest();
    const codes = new Set(m.codes.map((c) => c.code));
    for (const e of loadRegistry(join(root, 'content')).entries)
      expect(codes.has(e.code), e.code).toBe(true);
    for (const c of m.codes) {
      const html = readFileSync(join(distDir, 'q', c.code, 'index.html'), 'utf8');
      expect(html).toContain(
        `<meta http-equiv="refresh" content="0; url=${base}${c.target.slice(1)}">`,
      );
      expect(existsSync(join(distDir, c.target.slice(1), 'index.html')), c.target).toBe(true);
      expect(c.shortUrl).toBe(new URL(shortPathOf(c.code).slice(1), siteUrl).href);
      expect(c.shortUrl.startsWith('https://')).toBe(true);
    }
  });
});

describe('scanning', () => {
  const decoded = new Set<string>();

  it("every PNG image decodes to its page's short link", () => {
    const withImages = manifest().codes.filter((c) => c.images);
    expect(withImages.length).toBeGreaterThan(0);
    const results = decode(withImages.map((c) => join(distDir, c.images!.png)));
    withImages.forEach((c, i) => {
      expect(results[i], c.images!.png).toEqual([c.shortUrl]);
      decoded.add(c.shortUrl);
    });
  }, 120_000);

  it("every SVG image, drawn by Chromium as a screen shows it, decodes to its page's short link", async () => {
    // The same Chromium the other browser tests use rasterises the SVG; zbarimg reads the screenshot.
    const withImages = manifest().codes.filter((c) => c.images);
    const dir = mkdtempSync(join(work, 'svg-'));
    const { page, context } = await openPhone(browser, baseUrl);
    // 6 screen pixels per module for a version-4 code (41 modules with the quiet zone); one image each.
    const images = withImages.map(
      (c) =>
        `<img src="${at(`/${c.images!.svg}`)}" width="246" height="246" alt="" style="display:block">`,
    );
    await page.setContent(`<body style="margin:0;background:#fff">${images.join('')}</body>`, {
      waitUntil: 'load',
    });
    const files: string[] = [];
    for (let i = 0; i < withImages.length; i++) {
      files.push(join(dir, `${i}.png`));
      await page.locator('img').nth(i).screenshot({ path: files[i] });
    }
    await context.close();
    const results = decode(files);
    withImages.forEach((c, i) => expect(results[i], c.images!.svg).toEqual([c.shortUrl]));
  }, 240_000);

  it("every page of every card sheet and leaflet decodes, and the codes are that language's pages", () => {
    const m = manifest();
    for (const l of locales) {
      const mine = new Set(
        m.codes.filter((c) => c.lang === l.code && c.images).map((c) => c.shortUrl),
      );
      const cards = decodeCards(join(distDir, 'print', `cards-${l.code}.pdf`));
      for (const [i, page] of cards.entries())
        expect(page.length, `cards-${l.code}.pdf page ${i + 1}`).toBeGreaterThan(0);
      expect(new Set(cards.flat())).toEqual(mine);
      const leaflet = decodePdf(join(distDir, 'print', `leaflet-${l.code}.pdf`));
      expect(leaflet).toHaveLength(1);
      expect(leaflet[0].length).toBeGreaterThanOrEqual(7);
      for (const u of leaflet[0]) expect(mine.has(u), u).toBe(true);
      for (const u of [...cards.flat(), ...leaflet[0]]) decoded.add(u);
    }
  }, 180_000);

  it('each decoded address opens the right page in the right language, with no request to other hosts', async () => {
    const byShort = new Map(manifest().codes.map((c) => [c.shortUrl, c]));
    const {
      page: first,
      external,
      context,
    } = await openPhone(browser, baseUrl, { javaScriptEnabled: false });
    expect(decoded.size).toBeGreaterThan(0);
    // Four tabs at a time: the same person scanning, just faster.
    const queue = [...decoded];
    const tabs = [first, ...(await Promise.all([1, 2, 3].map(() => context.newPage())))];
    await Promise.all(
      tabs.map(async (page) => {
        for (let url = queue.shift(); url; url = queue.shift()) {
          const c = byShort.get(url)!;
          expect(c, url).toBeDefined();
          await page.goto(local(url));
          await page.waitForURL(at(c.target));
          const lang = locales.find((l) => l.code === c.lang)!;
          expect(await page.getAttribute('html', 'lang'), url).toBe(lang.htmlLang);
          expect(
            (await page.locator('h1').first().textContent())!.replace(/\s+/g, ' ').trim(),
            url,
          ).toBe(c.title);
        }
      }),
    );
    expect(external).toEqual([]);
    await context.close();
  }, 240_000);
});

describe('the sheets', () => {
  it('keep the Tajik letters and the Uzbek ʻ as text', () => {
    const tg = execFileSync('pdftotext', [join(distDir, 'print', 'leaflet-tg.pdf'), '-'], {
      encoding: 'utf8',
    });
    for (const ch of 'ғӣқӯҳҷ') expect(tg).toContain(ch);
    const uz = execFileSync('pdftotext', [join(distDir, 'print', 'cards-uz.pdf'), '-'], {
      encoding: 'utf8',
    });
    expect(uz).toMatch(/[oOgG]\u02BB/);
    expect(uz).toContain('migrant-guide.test/mg/q/');
  });

  it('a partner finds them from the footer and downloads a PDF', async () => {
    const { page, context } = await openPhone(browser, baseUrl);
    await page.goto(at('/tg/guide/'));
    await page.locator('footer a[href$="/tg/print/"]').click();
    await page.waitForURL(at('/tg/print/'));
    const docs = page.locator('[data-print-doc]:not([hidden])');
    expect(await docs.count()).toBeGreaterThanOrEqual(2);
    await expect(
      page.locator('[data-print-doc="print/cards-tg.pdf"] [data-print-size]').textContent(),
    ).resolves.toMatch(/^PDF, \d+ КБ$/);
    const href = await page
      .locator('[data-print-doc="print/leaflet-tg.pdf"] a')
      .getAttribute('href');
    const res = await page.request.get(new URL(href!, baseUrl).href);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/pdf');
    expect(await page.locator('[data-print-code-list] li').count()).toBe(
      manifest().codes.filter((c) => c.lang === 'tg' && c.images).length,
    );
    // For a person to look at (the report's 360 px screenshot); outside the project so it is never committed.
    await page.screenshot({ path: join(tmpdir(), 'qr-print-page-360.png'), fullPage: true });
    await context.close();
  });
});

describe('bad input', () => {
  /** A copy of the built site and of content/qr, to run the QR step on with a broken registry. */
  function sandbox(registry: string | undefined) {
    const dir = mkdtempSync(join(work, 'site-'));
    const dist = join(dir, 'dist');
    // Pages and print/ are enough; videos, PDFs and the search index only slow the copy down.
    cpSync(distDir, dist, {
      recursive: true,
      filter: (f) => !/\.(mp4|webm|pdf)$|[\\/]pagefind$/.test(f),
    });
    const content = join(dir, 'content');
    mkdirSync(join(content, 'qr'), { recursive: true });
    writeFileSync(
      join(content, 'qr', 'registry.json'),
      registry ?? readFileSync(join(root, 'content', 'qr', 'registry.json'), 'utf8'),
    );
    return {
      dist,
      content,
      run: () =>
        makeQrSheets({ distDir: dist, contentDir: content, siteUrl, base, projectRoot: root }),
    };
  }
  const unchanged = (dist: string) => {
    expect(readFileSync(join(dist, 'print', 'manifest.json'), 'utf8')).toBe(
      readFileSync(join(distDir, 'print', 'manifest.json'), 'utf8'),
    );
    expect(readdirSync(dist).filter((f) => f.startsWith('.qr-tmp'))).toEqual([]);
  };

  it('two pages claiming one code stop with the file and the code, and leave print/ as it was', async () => {
    const committed = JSON.parse(
      readFileSync(join(root, 'content', 'qr', 'registry.json'), 'utf8'),
    );
    committed.codes.push({ code: committed.codes[0].code, path: '/ru/guide/something-else/' });
    const s = sandbox(JSON.stringify(committed));
    await expect(s.run()).rejects.toThrow(
      new RegExp(`registry\\.json: code "${committed.codes[0].code}" is claimed by two pages`),
    );
    unchanged(s.dist);
  });

  it('a malformed registry stops with the file name', async () => {
    const s = sandbox('{"codes": [ {"code": "ka", "path": "/ru/"} ');
    await expect(s.run()).rejects.toThrow(/qr\/registry\.json: is not valid JSON/);
    unchanged(s.dist);
  });

  it('a code whose page was removed leads to the nearest page above it', async () => {
    const committed = JSON.parse(
      readFileSync(join(root, 'content', 'qr', 'registry.json'), 'utf8'),
    );
    const taken = new Set(committed.codes.map((c: { code: string }) => c.code));
    const code = ['yyy', 'yyx', 'yyw'].find((c) => !taken.has(c))!;
    committed.codes.push({ code, path: '/ru/guide/a-removed-chapter/' });
    const s = sandbox(JSON.stringify(committed));
    await s.run();
    expect(readFileSync(join(s.dist, 'q', code, 'index.html'), 'utf8')).toContain(
      `url=${base}ru/guide/"`,
    );
  }, 120_000);

  it('npm run qr without a public https SITE_URL stops with a clear message', () => {
    const env = { ...process.env, SITE_URL: '', GITHUB_ACTIONS: '', OUT_DIR: join(work, 'none') };
    const r = spawnSync(process.execPath, ['scripts/qr.ts'], { cwd: root, env, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/npm run qr: SITE_URL is not set/);
    const http = spawnSync(process.execPath, ['scripts/qr.ts'], {
      cwd: root,
      env: { ...env, SITE_URL: 'http://ngo.test/' },
      encoding: 'utf8',
    });
    expect(http.status).toBe(1);
    expect(http.stderr).toMatch(/must use an https:\/\/ address/);
  });
});
