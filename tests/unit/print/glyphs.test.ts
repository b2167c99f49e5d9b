// The print fonts have every letter of the five languages, and a missing one is named.
import { describe, expect, it } from 'vitest';
import { checkGlyphs } from '../../../src/lib/print/glyphs.ts';

describe('PDF text', () => {
  it('the font has every Tajik, Kyrgyz and Uzbek letter', () => {
    expect(() =>
      checkGlyphs(['bold'], ['ғ ӣ қ ӯ ҳ ҷ Ғ Ӣ Қ Ӯ Ҳ Ҷ ө ү ң Ө Ү Ң oʻ gʻ Oʻ «» —']),
    ).not.toThrow();
    expect(() => checkGlyphs(['regular'], ['ғ ӣ қ ӯ ҳ ҷ ө ү ң oʻ gʻ'])).not.toThrow();
    expect(() => checkGlyphs(['regular', 'bold'], ['Toshkent 中'])).toThrow(
      /DejaVu Sans has no letter "中" \(U\+4E2D\), needed for: "Toshkent 中"/,
    );
  });
});
