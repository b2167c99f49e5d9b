/**
 * Our own small text layout for the printed booklet: blocks are broken into lines (lineBreak.ts, with
 * widths measured by the embedded font, passed in so this stays pure and testable), and lines are
 * poured into pages with headings kept with what follows them. Also the page order for printing a
 * saddle-stitched booklet on A4 sheets.
 */
import type { Block, Run } from './blocks.ts';
import { breakLines, type Measure, type Seg } from './lineBreak.ts';

export type Tone = 'unverified' | 'important' | 'notice';
export interface Line {
  segs: Seg[];
  size: number;
  /** Distance from this line's baseline to the next. */
  height: number;
  /** Extra space above the line when it does not start a page. */
  before: number;
  /** A coloured bar at the left marks lines inside an UNVERIFIED / IMPORTANT box or a notice. */
  bar?: Tone;
  grey?: boolean;
  /** Keep this line on the same page as the next two lines (headings). */
  keep?: boolean;
}

export interface TextStyle {
  size: number;
  leading: number;
  before: number;
  bold?: boolean;
  grey?: boolean;
}
export const styles = {
  h1: { size: 15, leading: 1.25, before: 0, bold: true },
  h2: { size: 12, leading: 1.3, before: 9, bold: true },
  h3: { size: 10.5, leading: 1.3, before: 7, bold: true },
  para: { size: 9.5, leading: 1.38, before: 4.5 },
  meta: { size: 8.5, leading: 1.35, before: 3, grey: true },
  item: { size: 9.5, leading: 1.38, before: 2 },
  small: { size: 7.5, leading: 1.3, before: 1, grey: true },
} satisfies Record<string, TextStyle>;

function textLines(
  runs: Run[],
  style: TextStyle,
  width: number,
  indent: number,
  measure: Measure,
  marker?: string,
): Line[] {
  const bolded = style.bold ? runs.map((r) => ({ ...r, bold: true })) : runs;
  const broken = breakLines(bolded, width - indent, style.size, measure);
  if (!broken.length && marker) broken.push([]);
  return broken.map((segs, i) => {
    const placed = segs.map((s) => ({ ...s, x: s.x + indent }));
    if (i === 0 && marker)
      placed.unshift({
        text: marker,
        bold: false,
        x: indent - measure(`${marker} `, false, style.size),
      });
    return {
      segs: placed,
      size: style.size,
      height: style.size * style.leading,
      before: i === 0 ? style.before : 0,
      grey: style.grey,
    };
  });
}

/** Lays blocks out into lines `width` points wide. */
export function layoutBlocks(
  blocks: Block[],
  width: number,
  measure: Measure,
  indent = 0,
  bar?: Tone,
): Line[] {
  const out: Line[] = [];
  for (const b of blocks) {
    let lines: Line[];
    if (b.kind === 'heading') {
      const style = b.level <= 1 ? styles.h1 : b.level === 2 ? styles.h2 : styles.h3;
      lines = textLines(b.runs, style, width, indent, measure).map((l) => ({ ...l, keep: true }));
    } else if (b.kind === 'para') {
      lines = textLines(
        b.runs,
        b.style === 'meta' ? styles.meta : b.style === 'small' ? styles.small : styles.para,
        width,
        indent,
        measure,
      );
    } else if (b.kind === 'item') {
      const style = b.style === 'small' ? styles.small : styles.item;
      const step = style.size * 1.4;
      lines = textLines(
        b.runs,
        style,
        width,
        indent + step * (b.depth + 1),
        measure,
        b.marker || undefined,
      );
    } else {
      const inner = 9;
      const label = b.label
        ? textLines(
            [{ text: b.label, bold: true }],
            { ...styles.para, before: 6 },
            width,
            indent + inner,
            measure,
          )
        : [];
      const body = layoutBlocks(b.blocks, width, measure, indent + inner, b.tone);
      if (!label.length && body[0]) body[0] = { ...body[0], before: 6 };
      lines = [...label.map((l) => ({ ...l, keep: true })), ...body];
      lines.push({ segs: [], size: 0, height: 0, before: 0 });
      lines = lines.map((l) => ({ ...l, bar: l.bar ?? b.tone }));
      lines[lines.length - 1].bar = undefined;
    }
    if (bar) lines = lines.map((l) => ({ ...l, bar: l.bar ?? bar }));
    out.push(...lines);
  }
  return out;
}

export interface PlacedLine extends Line {
  y: number;
}

/**
 * Pours lines into pages `height` points tall. `y` is the baseline's distance from the top of the
 * text area. A heading never ends a page: it moves to the next page with the two lines that follow.
 */
export function paginate(lines: Line[], height: number): PlacedLine[][] {
  const pages: PlacedLine[][] = [];
  let page: PlacedLine[] = [];
  let y = 0;
  const fits = (from: number, upTo: number, startY: number) => {
    let yy = startY;
    for (let k = from; k < Math.min(upTo, lines.length); k++) {
      yy += (yy === 0 ? 0 : lines[k].before) + lines[k].height;
      if (yy > height) return false;
    }
    return true;
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    let need = (page.length ? l.before : 0) + l.height;
    let until = i + 1;
    if (l.keep) {
      until = i + 1;
      while (lines[until]?.keep) until++;
      until += 2;
    }
    if (page.length && (y + need > height || (l.keep && !fits(i, until, y)))) {
      pages.push(page);
      page = [];
      y = 0;
      need = l.height;
    }
    const top = y + (page.length ? l.before : 0);
    page.push({ ...l, y: top + l.size });
    y = top + l.height;
  }
  if (page.length) pages.push(page);
  return pages;
}

/**
 * Page order for a saddle-stitched booklet: `count` A5 pages (a multiple of 4) printed two to a side
 * on A4 sheets, both sides, folded in the middle. Each entry is one side: [left page, right page],
 * 1-based, sides in printing order (sheet 1 front, sheet 1 back, sheet 2 front, …).
 */
export function saddleStitchOrder(count: number): [number, number][] {
  if (count % 4 !== 0 || count <= 0)
    throw new Error(`A saddle-stitched booklet needs a multiple of 4 pages (got ${count}).`);
  const sides: [number, number][] = [];
  for (let s = 0; s < count / 4; s++) {
    sides.push([count - 2 * s, 1 + 2 * s]);
    sides.push([2 + 2 * s, count - 1 - 2 * s]);
  }
  return sides;
}

/** Pages to add before the back cover so the booklet folds: total a multiple of 4. */
export function blanksNeeded(pages: number): number {
  return (4 - (pages % 4)) % 4;
}
