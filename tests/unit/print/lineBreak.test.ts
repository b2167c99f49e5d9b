// The one line breaker for booklets, cards, leaflets and video slides: how words and too-long words go.
import { describe, expect, it } from 'vitest';
import { breakLines, wrapText } from '../../../src/lib/print/lineBreak.ts';

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
