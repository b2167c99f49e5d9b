// Booklet layout: lines poured into pages, blank pages for folding, saddle-stitch order.
import { describe, expect, it } from 'vitest';
import {
  blanksNeeded,
  layoutBlocks,
  paginate,
  saddleStitchOrder,
  type Line,
} from '../../../src/lib/print/layout.ts';
import { type Measure } from '../../../src/lib/print/lineBreak.ts';

/** Every character 5 pt wide at size 10 (bold 6 pt): easy numbers to reason about. */
const mono: Measure = (text, bold, size) => [...text].length * (bold ? 0.6 : 0.5) * size;

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
