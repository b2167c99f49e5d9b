// The print fonts have every letter of the five languages, and a missing one is named.
import { describe, expect, it } from 'vitest';
import { checkGlyphs } from '../../../src/lib/print/glyphs.ts';
import fontkit from '@pdf-lib/fontkit';
import { fontFiles } from '../../../src/lib/print/fonts.ts';
import { missingGlyphs } from '../../../src/lib/print/glyphs.ts';

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
