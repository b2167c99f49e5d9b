// An information centre prints the booklet: every chapter title, the clinics with their towns and the
// emergency numbers are in it as real text (in Tajik and Uzbek letters too), the A4 file folds into the
// A5 booklet, and each printed QR code opens the short link the QR registry gave that page.
import { describe, expect, inject, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { locales } from '../../src/config/locales.ts';
import { emergencyNumbers } from '../../src/config/emergency.ts';
import { paths } from '../../src/lib/site/routes.ts';
import { dictionaries } from '../../src/i18n/index.ts';
import { findAll, findFirst, hasClass, parseHtml, textOf } from '../../src/lib/site/html.ts';
import { loadFacilities } from '../../src/data/facilities.ts';

const distDir = inject('distDir');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function pdfText(file: string, first?: number, last?: number): string {
  const range = first ? ['-f', String(first), '-l', String(last ?? first)] : [];
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...range, file, '-'], { encoding: 'utf8' });
}

function pageCount(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
}

function chapters(lang: string): { slug: string; title: string }[] {
  const html = readFileSync(join(distDir, paths.guide(lang), 'index.html'), 'utf8');
  const list = findAll(parseHtml(html), (el) => el.name === 'ol' && hasClass(el, 'chapters'))[0];
  return findAll(list, (el) => el.name === 'a').map((a) => ({
    slug: a.attrs.href.split('/').filter(Boolean).pop()!,
    title: squash(textOf(a)),
  }));
}

interface ManifestCode {
  lang: string;
  path: string;
  shortUrl: string;
}
const manifest = JSON.parse(readFileSync(join(distDir, 'print', 'manifest.json'), 'utf8')) as {
  codes: ManifestCode[];
};

describe('the printed booklet', () => {
  for (const { code: lang, nativeName } of locales) {
    const a5 = join(distDir, paths.bookletA5(lang));
    const a4 = join(distDir, paths.booklet(lang));

    it(`${lang}: has every chapter title, the language name and the emergency numbers as text`, () => {
      const text = squash(pdfText(a5));
      for (const c of chapters(lang)) expect(text).toContain(c.title);
      expect(text).toContain(nativeName);
      const back = squash(pdfText(a5, pageCount(a5)));
      for (const e of emergencyNumbers) {
        expect(back).toContain(e.number);
        expect(back).toContain(squash(dictionaries[lang][e.label]));
      }
    });

    // The list is the map page's, as in the one-file guide; each entry says its town or village (issue 19).
    it(`${lang}: lists every clinic of the map page with its town or village`, () => {
      const text = squash(pdfText(a5));
      const start = text.lastIndexOf(squash(dictionaries[lang]['map.title']));
      expect(start).toBeGreaterThan(0);
      const list = text.slice(start);
      for (const f of loadFacilities()) {
        expect(list, f.id).toContain(squash(f.name));
        // The town is named unless the district is that town ("Город Шымкент"), whose name is then printed.
        if (f.city && !dictionaries.ru[`map.district.${f.district}`].split(/\s+/).includes(f.city))
          expect(list, f.id).toContain(f.city);
        else expect(list, f.id).toContain(squash(dictionaries[lang][`map.district.${f.district}`]));
      }
    });

    it(`${lang}: folds: A5 pages in a multiple of four, imposed two to a side on A4`, () => {
      const n = pageCount(a5);
      expect(n % 4).toBe(0);
      expect(pageCount(a4)).toBe(n / 2);
      expect(execFileSync('pdfinfo', [a4], { encoding: 'utf8' })).toMatch(
        /Page size:\s+841\.89 x 595\.28/,
      );
      expect(execFileSync('pdffonts', [a4], { encoding: 'utf8' })).toMatch(/DejaVuSans[\s\S]*yes/);
    });

    it(`${lang}: every printed QR code opens the page's short link from the print manifest`, () => {
      const dir = mkdtempSync(join(tmpdir(), `booklet-qr-${lang}-`));
      try {
        // Only the sides that carry a code (the caption beside it says so) are rasterised: the machines are slow.
        const t = dictionaries[lang];
        const sides = pdfText(a4).split('\f');
        const withCodes = sides
          .map((text, i) =>
            squash(text).includes(squash(t['booklet.chapterOnline'])) ||
            squash(text).includes(squash(t['onefile.latest']))
              ? i + 1
              : 0,
          )
          .filter(Boolean);
        for (const n of withCodes)
          execFileSync('pdftoppm', [
            '-r',
            '150',
            '-gray',
            '-png',
            '-f',
            String(n),
            '-l',
            String(n),
            a4,
            join(dir, `p${n}`),
          ]);
        let out = '';
        try {
          out = execFileSync(
            'zbarimg',
            [
              '-q',
              '--raw',
              '-Sdisable',
              '-Sqrcode.enable',
              ...readdirSync(dir).map((f) => join(dir, f)),
            ],
            { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
          );
        } catch (e) {
          // zbarimg exits with 4 when an image has no code; what it found is still on stdout.
          out = String((e as { stdout?: string }).stdout ?? '');
        }
        const decoded = new Set(out.split('\n').filter(Boolean));
        const byPath = new Map(
          manifest.codes.filter((c) => c.lang === lang).map((c) => [c.path, c.shortUrl]),
        );
        // The booklet prints a code for the home page, every chapter, the Key figures and the clinics (map) page.
        const expected = [
          paths.home(lang),
          ...chapters(lang).map((c) => paths.chapter(lang, c.slug)),
          paths.figures(lang),
          paths.map(lang),
        ].map((p) => byPath.get(p));
        expect(expected.every(Boolean)).toBe(true);
        expect([...decoded].sort()).toEqual([...new Set(expected)].sort());
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }, 180_000);
  }

  it('prints Tajik and Uzbek letters as text, not as missing boxes', () => {
    expect(pdfText(join(distDir, paths.bookletA5('tg')), 1)).toMatch(/Тоҷикӣ/);
    const tg = pdfText(join(distDir, paths.bookletA5('tg')));
    for (const ch of 'ғӣқӯҳҷ') expect(tg).toContain(ch);
    const uz = pdfText(join(distDir, paths.bookletA5('uz')), 1);
    expect(uz).toContain('Oʻzbekcha');
    expect(uz).toContain('qoʻllanmasi');
  });

  it("is offered on each language's print page with its size", () => {
    const html = readFileSync(join(distDir, paths.print('ru'), 'index.html'), 'utf8');
    const item = findFirst(
      parseHtml(html),
      (el) => el.attrs['data-print-doc'] === 'print/booklet-ru.pdf',
    );
    expect(item).toBeDefined();
    expect(item!.attrs).not.toHaveProperty('hidden');
    const link = findFirst(item!, (el) => el.name === 'a');
    expect(link?.attrs.href).toMatch(/print\/booklet-ru\.pdf$/);
  });
});
