/**
 * Puts a language's booklet together page by page, before any PDF is drawn: cover, contents, one
 * chapter after another (each on a new page, with its QR code and short link), blank pages so the
 * sheets fold, and the emergency numbers on the back cover. Pure, so page counts and the contents'
 * page numbers can be tested without drawing.
 */
import type { Block } from './blocks.ts';
import {
  layoutBlocks,
  paginate,
  blanksNeeded,
  styles,
  type Line,
  type PlacedLine,
} from './layout.ts';
import { breakLines, type Measure, type Seg } from './lineBreak.ts';

/** A5 portrait in PDF points, and the text area inside the margins. */
export const A5 = { width: 419.53, height: 595.28 };
export const MARGIN = { top: 40, side: 38, bottom: 46 };
export const TEXT_WIDTH = A5.width - 2 * MARGIN.side;
export const TEXT_HEIGHT = A5.height - MARGIN.top - MARGIN.bottom;
/** Printed QR size: 62 pt ≈ 2.2 cm with the quiet zone, well above the 1.5 cm phones read easily. */
export const QR_SIZE = 62;

export interface QrMark {
  url: string;
  label: string;
  shown: string;
}
export interface BookletPage {
  kind: 'cover' | 'contents' | 'chapter' | 'blank' | 'back';
  lines: PlacedLine[];
  /** QR codes on the page, each with the y of its top edge in the text area. */
  qrs: (QrMark & { y: number; x: number; size: number; caption: boolean })[];
  /** Page number printed at the foot (none on covers and blank pages). */
  number?: number;
}

export interface BookletChapter {
  slug: string;
  title: string;
  blocks: Block[];
  qr?: QrMark;
}
export interface BookletInput {
  siteName: string;
  title: string;
  tagline: string;
  languageLine: string;
  builtLine: string;
  home?: QrMark;
  contentsLabel: string;
  chapters: BookletChapter[];
  emergency: { title: string; numbers: { number: string; label: string }[]; note: string };
}

function centred(
  text: string,
  style: { size: number; leading: number; bold?: boolean },
  measure: Measure,
  before = 0,
): Line[] {
  return breakLines([{ text, bold: style.bold }], TEXT_WIDTH, style.size, measure).map(
    (segs, i) => {
      const w = segs.reduce((s, g) => s + measure(g.text, g.bold, style.size), 0);
      const shift = (TEXT_WIDTH - w) / 2;
      return {
        segs: segs.map((g) => ({ ...g, x: g.x + shift })),
        size: style.size,
        height: style.size * style.leading,
        before: i === 0 ? before : 0,
      };
    },
  );
}

/** Places lines from the top without pagination (for pages that must fit on one page). */
function stack(lines: Line[], startY = 0): PlacedLine[] {
  let y = startY;
  return lines.map((l, i) => {
    const top = y + (i || startY ? l.before : 0);
    y = top + l.height;
    return { ...l, y: top + l.size };
  });
}

/** A contents line: the title (wrapped) with the page number flush right on its last line. */
function contentsLines(title: string, page: number, measure: Measure): Line[] {
  const size = styles.item.size + 0.5;
  const num = String(page);
  const numW = measure(num, true, size);
  const broken = breakLines([{ text: title }], TEXT_WIDTH - numW - 14, size, measure);
  return broken.map((segs, i) => {
    const out: Seg[] = [...segs];
    if (i === broken.length - 1) out.push({ text: num, bold: true, x: TEXT_WIDTH - numW });
    return { segs: out, size, height: size * 1.35, before: i === 0 ? 5 : 0 };
  });
}

export function buildBooklet(
  input: BookletInput,
  measure: Measure,
): { pages: BookletPage[]; starts: number[] } {
  // Chapters first (into pages), so the contents can print their page numbers.
  const chapterPages: { slug: string; pages: BookletPage[] }[] = input.chapters.map((c) => {
    const lines = layoutBlocks(c.blocks, TEXT_WIDTH, measure);
    const titleEnd = lines.findIndex((l) => !l.keep);
    const head = lines.slice(0, titleEnd < 0 ? lines.length : titleEnd);
    const rest = lines.slice(head.length);
    // The QR code sits under the chapter title: a blank band the drawing fills in.
    const qrBand: Line[] = c.qr ? [{ segs: [], size: 0, height: QR_SIZE + 4, before: 8 }] : [];
    const pages = paginate([...head, ...qrBand, ...rest], TEXT_HEIGHT).map(
      (placed): BookletPage => ({ kind: 'chapter', lines: placed, qrs: [] }),
    );
    if (c.qr) {
      const band = pages[0].lines[head.length];
      pages[0].qrs.push({ ...c.qr, x: 0, y: band.y + 2, size: QR_SIZE, caption: true });
      pages[0].lines.splice(head.length, 1);
    }
    return { slug: c.slug, pages };
  });

  const contentsPages = (numbers: number[]) =>
    paginate(
      [
        ...layoutBlocks(
          [{ kind: 'heading', level: 1, runs: [{ text: input.contentsLabel }] }],
          TEXT_WIDTH,
          measure,
        ),
        ...input.chapters.flatMap((c, i) => contentsLines(c.title, numbers[i], measure)),
      ],
      TEXT_HEIGHT,
    );
  const firstChapterPage = 2 + contentsPages(input.chapters.map(() => 888)).length;
  const starts: number[] = [];
  let next = firstChapterPage;
  for (const c of chapterPages) {
    starts.push(next);
    next += c.pages.length;
  }

  const cover: BookletPage = {
    kind: 'cover',
    lines: stack([
      ...centred(input.siteName, { ...styles.h2 }, measure, 0),
      ...centred(input.title, { size: 20, leading: 1.25, bold: true }, measure, 60),
      ...centred(input.tagline, styles.para, measure, 14),
      ...centred(input.languageLine, { size: 13, leading: 1.3, bold: true }, measure, 30),
      ...centred(input.builtLine, styles.meta, measure, 14),
    ]),
    qrs: [],
  };
  if (input.home) {
    const shown = centred(input.home.label, styles.meta, measure, 0).concat(
      centred(input.home.shown, { ...styles.para, bold: true }, measure, 0),
    );
    const qrTop = TEXT_HEIGHT - QR_SIZE * 1.6 - 40;
    cover.qrs.push({
      ...input.home,
      x: (TEXT_WIDTH - QR_SIZE * 1.6) / 2,
      y: qrTop,
      size: QR_SIZE * 1.6,
      caption: false,
    });
    cover.lines.push(...stack(shown, qrTop + QR_SIZE * 1.6 + 6));
  }
  const contents: BookletPage[] = contentsPages(starts).map((lines) => ({
    kind: 'contents',
    lines,
    qrs: [],
  }));
  const body = chapterPages.flatMap((c) => c.pages);
  const pages: BookletPage[] = [cover, ...contents, ...body];

  const back: BookletPage = {
    kind: 'back',
    lines: stack([
      ...layoutBlocks(
        [{ kind: 'heading', level: 1, runs: [{ text: input.emergency.title }] }],
        TEXT_WIDTH,
        measure,
      ),
      ...input.emergency.numbers.flatMap((n) => {
        // The number large on the left, what it is for beside it, on the number's baseline.
        const big = 22;
        const size = styles.para.size + 1;
        const label = breakLines([{ text: n.label }], TEXT_WIDTH - 70, size, measure);
        return [
          { segs: [{ text: n.number, bold: true, x: 0 }], size: big, height: 0, before: 14 },
          ...label.map((segs, i) => ({
            segs: segs.map((s) => ({ ...s, x: s.x + 70 })),
            size,
            height: size * 1.3,
            before: i === 0 ? big - size : 0,
          })),
        ];
      }),
      ...layoutBlocks(
        [{ kind: 'para', runs: [{ text: input.emergency.note }] }],
        TEXT_WIDTH,
        measure,
      ).map((l, i) => (i === 0 ? { ...l, before: 20 } : l)),
    ]),
    qrs: [],
  };
  const blanks = blanksNeeded(pages.length + 1);
  for (let i = 0; i < blanks; i++) pages.push({ kind: 'blank', lines: [], qrs: [] });
  pages.push(back);
  pages.forEach((p, i) => {
    if (p.kind === 'contents' || p.kind === 'chapter') p.number = i + 1;
  });
  return { pages, starts };
}
