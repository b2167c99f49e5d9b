// The one line breaker for booklets, cards, leaflets and video slides: how words and too-long words go.
import { describe, expect, it } from 'vitest';
import { breakLines, wrapText, type Measure } from '../../../src/lib/print/lineBreak.ts';

const chars = (s: string) => s.length;
const text = (lines: { text: string }[][]) => lines.map((l) => l.map((s) => s.text).join(''));

describe('line breaking options', () => {
  it('collapses spaces in plain text', () => {
    expect(wrapText('  a \n bb\tccc  ', 10, chars)).toEqual(['a bb ccc']);
  });
  it('cuts a too-long word where the line ends, or after "/" or "-" when asked', () => {
    expect(wrapText('see abc/defgh-ijk', 8, chars)).toEqual(['see', 'abc/defg', 'h-ijk']);
    expect(wrapText('see abc/defgh-ijk', 8, chars, { longWords: 'soft' })).toEqual([
      'see',
      'abc/',
      'defgh-',
      'ijk',
    ]);
  });
  it('gives a too-long word a line of its own when it must not be cut', () => {
    expect(wrapText('a abcdefghij b', 5, chars, { longWords: 'overflow' })).toEqual([
      'a',
      'abcdefghij',
      'b',
    ]);
  });
  it('never breaks inside a kept run', () => {
    const lines = breakLines(
      [{ text: 'aa ' }, { text: '(bb cc) ', keep: true }, { text: 'dd' }],
      7,
      1,
      (t) => t.length,
    );
    expect(text(lines)).toEqual(['aa', '(bb cc)', 'dd']);
  });
});

describe('PDF text', () => {
  const measure = (s: string) => s.length;
  it('wraps words into lines, and splits a long address after a slash', () => {
    expect(wrapText('a bb ccc dddd', 6, measure)).toEqual(['a bb', 'ccc', 'dddd']);
    expect(
      wrapText('example-ngo.github.io/migrant-guide/q/ka/', 20, measure).every(
        (l) => l.length <= 20,
      ),
    ).toBe(true);
    expect(
      wrapText('example-ngo.github.io/migrant-guide/q/ka/', 20, measure, { longWords: 'soft' }),
    ).toEqual(['example-', 'ngo.github.io/', 'migrant-guide/q/ka/']);
  });
});

/** Every character 5 pt wide at size 10 (bold 6 pt): easy numbers to reason about. */
const mono: Measure = (text, bold, size) => [...text].length * (bold ? 0.6 : 0.5) * size;

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
