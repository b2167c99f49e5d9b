// The booklet as a whole: cover, contents with page numbers, chapters, back cover.
import { describe, expect, it } from 'vitest';
import { type Block } from '../../../src/lib/print/blocks.ts';
import { type Measure } from '../../../src/lib/print/lineBreak.ts';
import { buildBooklet, TEXT_HEIGHT, TEXT_WIDTH } from '../../../src/lib/print/booklet.ts';

/** Every character 5 pt wide at size 10 (bold 6 pt): easy numbers to reason about. */
const mono: Measure = (text, bold, size) => [...text].length * (bold ? 0.6 : 0.5) * size;

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
