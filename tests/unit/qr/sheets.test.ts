// QR images and the pieces of the print sheets that can be checked without a build.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QUIET_ZONE, qrPng, qrSpec, qrSvg } from '../../../src/lib/qr/code.ts';
import { pageTitle, qrPathOf } from '../../../src/lib/qr/pages.ts';
import { fillCodeList, fillPrintPage } from '../../../src/lib/print/documents.ts';
import { checkGlyphs, wrapText } from '../../../src/lib/print/qrPdf.ts';
import { loadFonts, siteUrlProblem } from '../../../src/lib/qr/sheets.ts';
import { shortLinkHtml } from '../../../src/lib/qr/shortLinkPage.ts';

const url = 'https://migrant-guide.test/mg/q/ka/';
const longUrl = 'https://some-ngo-name.github.io/migrant-guide/q/ka3/';

describe('QR images', () => {
  it('use a small version with error correction Q (or at least M)', () => {
    for (const u of [url, longUrl]) {
      const s = qrSpec(u);
      expect(['M', 'Q']).toContain(s.ec);
      expect(s.version).toBeLessThanOrEqual(4);
    }
    expect(qrSpec(url).ec).toBe('Q');
  });
  it('SVG has the 4-module quiet zone in its viewBox', async () => {
    const svg = await qrSvg(url);
    const n = qrSpec(url).modules + 2 * QUIET_ZONE;
    expect(svg).toMatch(new RegExp(`^<svg [^>]*viewBox="0 0 ${n} ${n}"`));
    // That the SVG decodes is checked on every built SVG, drawn by Chromium: tests/e2e/qr.test.ts.
  });
  it('PNG is at least 3 cm at 300 dpi plus quiet zone, whole pixels per module, and decodes', async () => {
    const png = await qrPng(url, 354);
    const width = png.readUInt32BE(16);
    const modules = qrSpec(url).modules + 2 * QUIET_ZONE;
    expect(width % modules).toBe(0);
    expect((width / modules) * qrSpec(url).modules).toBeGreaterThanOrEqual(354);
    const dir = mkdtempSync(join(tmpdir(), 'qr-unit-'));
    writeFileSync(join(dir, 'a.png'), png);
    expect(execFileSync('zbarimg', ['--raw', '-q', join(dir, 'a.png')], { encoding: 'utf8' }).trim()).toBe(url);
  });
});

describe('which built pages get a code', () => {
  const langs = ['ru', 'uz'];
  it('language pages, not utility pages or other files', () => {
    expect(qrPathOf('ru/index.html', langs)).toBe('/ru/');
    expect(qrPathOf('uz/guide/police/index.html', langs)).toBe('/uz/guide/police/');
    for (const f of ['index.html', '404.html', 'ru/search/index.html', 'ru/print/index.html', 'q/ka/index.html', 'xx/index.html', 'ru/guide/police/x.pdf']) {
      expect(qrPathOf(f, langs), f).toBeUndefined();
    }
  });
  it('take the title from <h1>, else from <title>', () => {
    expect(pageTitle('<title>A — Site</title><h1 class="x">Полиция &amp; <em>документы</em></h1>')).toBe('Полиция & документы');
    expect(pageTitle('<title>Поликлиники — Гид</title>')).toBe('Поликлиники');
  });
});

describe('the print page', () => {
  const html = '<ul><li data-print-doc="print/cards-ru.pdf" hidden><a data-print-href="/mg/print/cards-ru.pdf">Cards</a><span data-print-size="" data-kb="PDF, {n} КБ" data-mb="PDF, {n} МБ"></span></li>'
    + '<li data-print-doc="print/booklet-ru.pdf" hidden><a data-print-href="/mg/print/booklet-ru.pdf">Booklet</a><span data-print-size="" data-kb="{n} КБ" data-mb="{n} МБ"></span></li></ul><p data-print-none>None</p>';
  it('shows only documents that exist, with their size, and links them', () => {
    const out = fillPrintPage(html, (f) => (f === 'print/cards-ru.pdf' ? 47_000 : undefined), 'ru-RU');
    expect(out).toContain('<li data-print-doc="print/cards-ru.pdf"><a data-print-href="/mg/print/cards-ru.pdf" href="/mg/print/cards-ru.pdf">');
    expect(out).toContain('>PDF, 47 КБ</span>');
    expect(out).toContain('<li data-print-doc="print/booklet-ru.pdf" hidden><a data-print-href="/mg/print/booklet-ru.pdf">');
    expect(out).toContain('<p data-print-none hidden>');
    // A later feature (the booklet) fills again after writing its file.
    const again = fillPrintPage(out, () => 2_500_000, 'ru-RU');
    expect(again).toContain('>2,5 МБ</span>');
    expect(again).not.toMatch(/<li[^>]* hidden>/);
  });
  it('says so when no document exists', () => {
    expect(fillPrintPage(html, () => undefined, 'ru-RU')).toContain('<p data-print-none>');
  });
  it('fills the list of QR images', () => {
    expect(fillCodeList('<section data-print-codes hidden><ul data-print-code-list></ul></section>', '<li>$1</li>'))
      .toBe('<section data-print-codes><ul data-print-code-list><li>$1</li></ul></section>');
  });
});

describe('PDF text', () => {
  const measure = (s: string) => s.length;
  it('wraps words into lines, and splits a long address after a slash', () => {
    expect(wrapText('a bb ccc dddd', 6, measure)).toEqual(['a bb', 'ccc', 'dddd']);
    expect(wrapText('example-ngo.github.io/migrant-guide/q/ka/', 20, measure).every((l) => l.length <= 20)).toBe(true);
  });
  it('the font has every Tajik, Kyrgyz and Uzbek letter', () => {
    const fonts = loadFonts(process.cwd());
    expect(() => checkGlyphs(fonts.bold, 'DejaVu Sans Bold', ['ғ ӣ қ ӯ ҳ ҷ Ғ Ӣ Қ Ӯ Ҳ Ҷ ө ү ң Ө Ү Ң oʻ gʻ Oʻ «» —'])).not.toThrow();
    expect(() => checkGlyphs(fonts.regular, 'DejaVu Sans', ['ғ ӣ қ ӯ ҳ ҷ ө ү ң oʻ gʻ'])).not.toThrow();
    expect(() => checkGlyphs(fonts.bold, 'DejaVu Sans Bold', ['Toshkent 中'])).toThrow(/has no letter "中" \(U\+4E2D\)/);
  });
});

describe('site URL', () => {
  it('QR codes need the public https address', () => {
    expect(siteUrlProblem('http://localhost:4321/', false)).toMatch(/SITE_URL is not set/);
    expect(siteUrlProblem('http://ngo.example.org/', true)).toMatch(/must use an https:\/\/ address/);
    expect(siteUrlProblem('https://ngo.github.io/migrant-guide/', true)).toBeUndefined();
  });
});

describe('the short-link page', () => {
  it('redirects without JavaScript, names the real page, stays out of search engines', () => {
    const html = shortLinkHtml({ htmlLang: 'uz-Latn', title: 'Politsiya <va> hujjatlar', siteName: 'S', text: 'Bosing:', targetHref: '/mg/uz/guide/police/', canonical: 'https://x.test/mg/uz/guide/police/' });
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/mg/uz/guide/police/">');
    expect(html).toContain('<link rel="canonical" href="https://x.test/mg/uz/guide/police/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<html lang="uz-Latn">');
    expect(html).toContain('<a href="/mg/uz/guide/police/">Politsiya &lt;va&gt; hujjatlar</a>');
    expect(html).not.toContain('<script');
  });
});
