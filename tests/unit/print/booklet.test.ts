// The one-file guide and the booklet: HTML reading, link rewriting, the block model, line breaking,
// pagination, saddle-stitch order, page numbers in the contents, and the font's letters.
import { describe, expect, it } from 'vitest';
import fontkit from '@pdf-lib/fontkit';
import { parseHtml, serialize, textOf, findFirst } from '../../../src/lib/site/html.ts';
import {
  adaptSection,
  mainOf,
  rewriteHref,
  type LinkContext,
} from '../../../src/lib/offline/oneFileGuide.ts';
import { blocksOf, ChapterFormatError, type Block } from '../../../src/lib/print/blocks.ts';
import {
  blanksNeeded,
  layoutBlocks,
  paginate,
  saddleStitchOrder,
  type Line,
} from '../../../src/lib/print/layout.ts';
import { breakLines, type Measure } from '../../../src/lib/print/lineBreak.ts';
import { buildBooklet, TEXT_HEIGHT, TEXT_WIDTH } from '../../../src/lib/print/booklet.ts';
import { fontFiles } from '../../../src/lib/print/fonts.ts';
import { missingGlyphs } from '../../../src/lib/print/glyphs.ts';

/** Every character 5 pt wide at size 10 (bold 6 pt): easy numbers to reason about. */
const mono: Measure = (text, bold, size) => [...text].length * (bold ? 0.6 : 0.5) * size;

describe('HTML reader', () => {
  it('parses nesting, void elements and entities, and writes the same HTML back', () => {
    const html =
      '<p class="a">A &amp; B&nbsp;<br><strong>ғ&#1203;</strong> <a href="../x/?a=1&amp;b=2">x</a></p>';
    const tree = parseHtml(html);
    expect(textOf(tree)).toBe('A & B\u00a0ғҳ x');
    expect(findFirst(tree, (e) => e.name === 'a')!.attrs.href).toBe('../x/?a=1&b=2');
    expect(serialize(tree)).toBe(
      '<p class="a">A &amp; B\u00a0<br><strong>ғҳ</strong> <a href="../x/?a=1&amp;b=2">x</a></p>',
    );
  });

  it('takes the main content of a page without navigation, share buttons or hidden parts', () => {
    const main = mainOf(
      '<body><nav>menu</nav><main><p>keep</p><aside class="share no-print">share</aside><div hidden>later</div><nav class="pager">next</nav></main></body>',
      'x',
    );
    expect(textOf(main)).toBe('keep');
    expect(() => mainOf('<body><p>no main</p></body>', 'Chapter "x" (ru)')).toThrow(
      /Chapter "x" \(ru\).*<main>/,
    );
  });
});

describe('links inside the one-file guide', () => {
  const ctx: LinkContext = {
    base: '/mg/',
    siteUrl: 'https://migrant-guide.test/mg/',
    inFile: new Map([
      ['/mg/ru/guide/registration/', 'chapter-registration'],
      ['/mg/ru/guide/police/', 'chapter-police'],
      ['/mg/ru/help/', 'help'],
    ]),
  };
  const section = { id: 'chapter-police', fromPath: '/mg/ru/guide/police/' };

  it('turns links to chapters and the help page into in-file anchors', () => {
    expect(rewriteHref('../registration/', section, ctx)).toBe('#chapter-registration');
    expect(rewriteHref('../registration/#fines', section, ctx)).toBe(
      '#chapter-registration--fines',
    );
    expect(rewriteHref('../../help/', section, ctx)).toBe('#help');
    expect(rewriteHref('/mg/ru/help/', section, ctx)).toBe('#help');
    expect(rewriteHref('https://migrant-guide.test/mg/ru/guide/registration/', section, ctx)).toBe(
      '#chapter-registration',
    );
    expect(rewriteHref('#rights', section, ctx)).toBe('#chapter-police--rights');
  });

  it('sends pages that are not in the file to their public address, and leaves phones and other sites alone', () => {
    expect(rewriteHref('../../map/', section, ctx)).toBe('https://migrant-guide.test/mg/ru/map/');
    expect(rewriteHref('/mg/en/guide/police/', section, ctx)).toBe(
      'https://migrant-guide.test/mg/en/guide/police/',
    );
    expect(rewriteHref('tel:112', section, ctx)).toBe('tel:112');
    expect(rewriteHref('https://adilet.zan.kz/rus/docs/K1400000235', section, ctx)).toBe(
      'https://adilet.zan.kz/rus/docs/K1400000235',
    );
  });

  it('makes ids unique per section and moves headings one level down', () => {
    const html = adaptSection(
      {
        id: 'chapter-police',
        fromPath: '/mg/ru/guide/police/',
        title: 'Police',
        html: '<h1>Police</h1><h2 id="rights" data-astro-cid-x>Rights</h2><section aria-labelledby="sources-title"><h2 id="sources-title">S</h2></section><a href="#rights">r</a><script>x()</script>',
      },
      ctx,
    );
    expect(html).toBe(
      '<h2>Police</h2><h3 id="chapter-police--rights">Rights</h3><section><h3 id="chapter-police--sources-title">S</h3></section><a href="#chapter-police--rights">r</a>',
    );
  });
});

describe('block model for print', () => {
  const blocks = (html: string) => blocksOf(parseHtml(html), 'Chapter "x" (ru)');

  it('reads headings, paragraphs with bold, nested lists, tables and callout boxes', () => {
    const b = blocks(
      '<h2>Главное</h2><p>До <strong>30 дней</strong> — <a href="tel:1414">1414</a>.</p>' +
        '<ol><li>один<ul><li>вложенный</li></ul></li><li><p>два</p></li></ol>' +
        '<table><thead><tr><th>Срок</th><th>Штраф</th></tr></thead><tbody><tr><td>3 дня</td><td>10 МРП</td></tr></tbody></table>' +
        '<aside class="callout callout-unverified"><p class="callout-label">Не проверено</p><p>Текст</p></aside>',
    );
    expect(b).toEqual<Block[]>([
      { kind: 'heading', level: 2, runs: [{ text: 'Главное' }] },
      {
        kind: 'para',
        runs: [{ text: 'До ' }, { text: '30 дней', bold: true }, { text: ' — 1414.' }],
      },
      { kind: 'item', marker: '1.', depth: 0, runs: [{ text: 'один' }] },
      { kind: 'item', marker: '–', depth: 1, runs: [{ text: 'вложенный' }] },
      { kind: 'item', marker: '2.', depth: 0, runs: [{ text: 'два' }] },
      { kind: 'para', runs: [{ text: 'Срок — Штраф', bold: true }] },
      { kind: 'item', marker: '–', depth: 0, runs: [{ text: '3 дня — 10 МРП' }] },
      {
        kind: 'box',
        tone: 'unverified',
        label: 'Не проверено',
        blocks: [{ kind: 'para', runs: [{ text: 'Текст' }] }],
      },
    ]);
  });

  it('prints each source with its full address', () => {
    const b = blocks(
      '<section class="sources"><h2>Источники</h2><ol><li><a href="https://adilet.zan.kz/x">КоАП РК</a></li></ol></section>',
    );
    expect(b.slice(1)).toEqual([
      { kind: 'item', marker: '1.', depth: 0, runs: [{ text: 'КоАП РК' }], style: 'small' },
      {
        kind: 'item',
        marker: '',
        depth: 0,
        runs: [{ text: 'https://adilet.zan.kz/x' }],
        style: 'small',
      },
    ]);
  });

  it('stops on something it cannot print, naming the chapter', () => {
    expect(() => blocks('<p>ok</p><iframe src="x"></iframe>')).toThrow(ChapterFormatError);
    expect(() => blocks('<iframe src="x"></iframe>')).toThrow(
      /Chapter "x" \(ru\): contains <iframe>/,
    );
  });
});

describe('line breaking', () => {
  it('breaks between words and never makes a line wider than asked', () => {
    const lines = breakLines([{ text: 'один два три четыре пять шесть семь' }], 100, 10, mono);
    for (const l of lines)
      expect(
        l.reduce((w, s) => Math.max(w, s.x + mono(s.text, s.bold, 10)), 0),
      ).toBeLessThanOrEqual(100);
    expect(lines.map((l) => l.map((s) => s.text).join(''))).toEqual([
      'один два три четыре',
      'пять шесть семь',
    ]);
  });

  it('keeps bold and plain parts of one word together, and positions the bold part after the plain one', () => {
    const lines = breakLines(
      [{ text: 'aaaa bbbb ' }, { text: '30', bold: true }, { text: '-го дня' }],
      70,
      10,
      mono,
    );
    expect(lines.map((l) => l.map((s) => s.text).join(''))).toEqual(['aaaa bbbb', '30-го дня']);
    expect(lines[1][0]).toEqual({ text: '30', bold: true, x: 0 });
    expect(lines[1][1].x).toBe(12);
  });

  it('cuts a word longer than the line (a long web address) by characters', () => {
    const url = 'https://www.zakon.kz/pravo/6498893-novye-pravila-registratsii';
    const lines = breakLines([{ text: url }], 100, 10, mono);
    expect(lines.length).toBe(Math.ceil(url.length / 20));
    expect(lines.map((l) => l[0].text).join('')).toBe(url);
  });
});

describe('pagination', () => {
  const line = (keep = false): Line => ({
    segs: [{ text: 'x', bold: false, x: 0 }],
    size: 10,
    height: 14,
    before: 4,
    keep,
  });

  it("fills pages without going past the bottom, and drops the space above a page's first line", () => {
    const pages = paginate(
      Array.from({ length: 30 }, () => line()),
      100,
    );
    for (const p of pages) {
      expect(p[0].y).toBe(10);
      expect(p[p.length - 1].y - 10 + 14).toBeLessThanOrEqual(100);
    }
    expect(pages.flat().length).toBe(30);
  });

  it('never leaves a heading at the foot of a page', () => {
    const lines = [...Array.from({ length: 5 }, () => line()), line(true), line(), line()];
    const pages = paginate(lines, 100);
    expect(pages[0].length).toBe(5);
    expect(pages[1][0].keep).toBe(true);
  });

  it('marks box lines with their tone so the box shows on paper', () => {
    const lines = layoutBlocks(
      [
        {
          kind: 'box',
          tone: 'unverified',
          label: 'Не проверено',
          blocks: [{ kind: 'para', runs: [{ text: 'Текст' }] }],
        },
      ],
      200,
      mono,
    );
    expect(lines.filter((l) => l.segs.length).every((l) => l.bar === 'unverified')).toBe(true);
    expect(lines[0].segs[0]).toMatchObject({ text: 'Не проверено', bold: true });
  });
});

describe('saddle-stitch imposition', () => {
  it('puts 8 pages on two sheets in folding order', () => {
    expect(saddleStitchOrder(8)).toEqual([
      [8, 1],
      [2, 7],
      [6, 3],
      [4, 5],
    ]);
  });

  it("uses every page once, and each side's two pages add up to count + 1", () => {
    const sides = saddleStitchOrder(88);
    expect(sides.length).toBe(44);
    expect(sides.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 88 }, (_, i) => i + 1));
    for (const [l, r] of sides) expect(l + r).toBe(89);
  });

  it('refuses a page count that does not fold, and says how many blanks make it fold', () => {
    expect(() => saddleStitchOrder(10)).toThrow(/multiple of 4/);
    expect([1, 2, 3, 4, 5].map(blanksNeeded)).toEqual([3, 2, 1, 0, 3]);
  });
});

describe('the booklet as a whole', () => {
  const para = (n: number): Block => ({ kind: 'para', runs: [{ text: 'слово '.repeat(n) }] });
  const chapter = (slug: string, paras: number) => ({
    slug,
    title: `Глава ${slug}`,
    blocks: [
      { kind: 'heading', level: 1, runs: [{ text: `Глава ${slug}` }] } as Block,
      ...Array.from({ length: paras }, () => para(60)),
    ],
    qr: {
      url: `https://migrant-guide.test/mg/q/${slug}/`,
      label: 'Эта глава на сайте:',
      shown: `migrant-guide.test/mg/q/${slug}/`,
    },
  });
  const { pages, starts } = buildBooklet(
    {
      siteName: 'Гид мигранта',
      title: 'Справочник',
      tagline: 'Ваши права',
      languageLine: 'Русский',
      builtLine: '23 ноября 2026',
      contentsLabel: 'Содержание',
      chapters: [chapter('a', 3), chapter('b', 40), chapter('c', 1)],
      emergency: {
        title: 'Срочно',
        numbers: [{ number: '112', label: 'Экстренная служба' }],
        note: 'Это справочник.',
      },
    },
    mono,
  );

  it('has a cover first, the emergency numbers last, and a page count that folds', () => {
    expect(pages[0].kind).toBe('cover');
    expect(pages[pages.length - 1].kind).toBe('back');
    expect(
      pages[pages.length - 1].lines.map((l) => l.segs.map((s) => s.text).join(' ')).join('\n'),
    ).toContain('112');
    expect(pages.length % 4).toBe(0);
  });

  it('starts every chapter on a new page with its QR code, and the contents give those page numbers', () => {
    for (const [i, start] of starts.entries()) {
      const first = pages[start - 1];
      expect(first.lines[0].segs.map((s) => s.text).join(' ')).toBe(`Глава ${'abc'[i]}`);
      expect(first.qrs).toHaveLength(1);
      expect(first.qrs[0].url).toBe(`https://migrant-guide.test/mg/q/${'abc'[i]}/`);
    }
    const contents = pages.filter((p) => p.kind === 'contents').flatMap((p) => p.lines);
    const numbers = contents
      .filter((l) => l.segs.length > 1)
      .map((l) => Number(l.segs[l.segs.length - 1].text));
    expect(numbers).toEqual(starts);
  });

  it('keeps every line inside the text area, on every page', () => {
    for (const p of pages) {
      for (const l of p.lines) {
        expect(l.y).toBeLessThanOrEqual(TEXT_HEIGHT);
        for (const s of l.segs)
          expect(s.x + mono(s.text, s.bold, l.size)).toBeLessThanOrEqual(TEXT_WIDTH + 0.01);
      }
    }
  });
});

describe('booklet font', () => {
  it('has every letter of the five languages, including Tajik, Kyrgyz and the Uzbek ʻ', () => {
    expect(missingGlyphs('АБВабвЁё ғӣқӯҳҷ ҒӢҚӮҲҶ өүң ӨҮҢ oʻ gʻ Oʻ «»—–№…’“” ₸ ▶ ↑')).toEqual([]);
    expect(missingGlyphs('🙂')).toEqual(['🙂']);
    // Short links are drawn in the mono face.
    expect(missingGlyphs('migrant-guide.test/mg/q/ka3/', ['mono'])).toEqual([]);
  });

  it('gives the same glyphs by plain lookup as by full shaping in every print face (the speed-up in fonts.ts is safe)', () => {
    const text = 'Граждане Узбекистана ғӣқӯҳҷ өүң Oʻzbekcha «30» — fi ffl №1 2026 ₸';
    for (const file of Object.values(fontFiles())) {
      const face = fontkit.create(file as Buffer);
      expect(face.glyphsForString(text).map((g) => g.id)).toEqual(
        face.layout(text).glyphs.map((g) => g.id),
      );
    }
  });
});
