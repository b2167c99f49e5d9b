/**
 * Draws booklet pages into a PDF with pdf-lib, in the print fonts (fonts.ts). Two outputs from the
 * same pages: A5 pages in reading order, and A4 sheets with two A5 pages per side in saddle-stitch
 * order (print both sides, fold, staple).
 */
import { rgb, type PDFFont, type PDFPage, type PDFImage } from 'pdf-lib';
import { A5, MARGIN, TEXT_WIDTH, type BookletPage } from './booklet.ts';
import { newPdf, textWidth } from './fonts.ts';
import { saddleStitchOrder, type Tone } from './layout.ts';
import type { Measure } from './lineBreak.ts';

const A4_LANDSCAPE = { width: 841.89, height: 595.28 };

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

function newDoc(title: string, lang: string) {
  return newPdf({ title, lang }, ['regular', 'bold'] as const);
}

/** The layout's measure from the fonts the PDF embeds (layout must measure what is drawn). */
export function measureWith(fonts: Fonts): Measure {
  return (text, bold, size) => textWidth(bold ? fonts.bold : fonts.regular, text, size);
}

const TONES: Record<Tone, { bar: [number, number, number]; fill: [number, number, number] }> = {
  unverified: { bar: [0.42, 0.31, 0], fill: [1, 0.965, 0.84] },
  important: { bar: [0.7, 0.15, 0.12], fill: [0.99, 0.925, 0.918] },
  notice: { bar: [0.04, 0.3, 0.73], fill: [0.91, 0.94, 0.99] },
};

function drawPage(
  page: PDFPage,
  p: BookletPage,
  x0: number,
  fonts: Fonts,
  qrImages: Map<string, PDFImage>,
) {
  const H = A5.height;
  const left = x0 + MARGIN.side;
  const yOf = (y: number) => H - MARGIN.top - y;
  // Box backgrounds and bars first, so text draws over them.
  for (const l of p.lines) {
    if (!l.bar) continue;
    const t = TONES[l.bar];
    const top = yOf(l.y - l.size) + 2.5;
    const h = l.height + l.before;
    page.drawRectangle({
      x: left,
      y: top - h,
      width: TEXT_WIDTH,
      height: h,
      color: rgb(...t.fill),
    });
    page.drawRectangle({ x: left, y: top - h, width: 3, height: h, color: rgb(...t.bar) });
  }
  for (const l of p.lines) {
    for (const s of l.segs) {
      page.drawText(s.text, {
        x: left + s.x,
        y: yOf(l.y),
        size: l.size,
        font: s.bold ? fonts.bold : fonts.regular,
        color: l.grey ? rgb(0.27, 0.27, 0.27) : rgb(0.07, 0.07, 0.07),
      });
    }
  }
  for (const q of p.qrs) {
    const img = qrImages.get(q.url);
    if (!img) continue;
    page.drawImage(img, { x: left + q.x, y: yOf(q.y) - q.size, width: q.size, height: q.size });
    if (q.caption) {
      const tx = left + q.x + q.size + 8;
      page.drawText(q.label, {
        x: tx,
        y: yOf(q.y) - q.size / 2 + 4,
        size: 8,
        font: fonts.regular,
        color: rgb(0.27, 0.27, 0.27),
      });
      page.drawText(q.shown, {
        x: tx,
        y: yOf(q.y) - q.size / 2 - 8,
        size: 9.5,
        font: fonts.bold,
        color: rgb(0.07, 0.07, 0.07),
      });
    }
  }
  if (p.number) {
    const n = String(p.number);
    const size = 8.5;
    page.drawText(n, {
      x: x0 + A5.width / 2 - textWidth(fonts.regular, n, size) / 2,
      y: MARGIN.bottom / 2,
      size,
      font: fonts.regular,
      color: rgb(0.27, 0.27, 0.27),
    });
  }
}

export interface RenderInput {
  title: string;
  lang: string;
  /** QR PNGs by the URL they encode. */
  qrPngs: Map<string, Uint8Array>;
}

/** A measuring function from the same fonts the PDF will embed (layout must measure what is drawn). */
export async function bookletMeasure(): Promise<Measure> {
  const { fonts } = await newDoc('measure', 'en');
  return measureWith(fonts);
}

/** The booklet as A5 pages in reading order. */
export async function renderA5(pages: BookletPage[], input: RenderInput): Promise<Uint8Array> {
  const { doc, fonts } = await newDoc(input.title, input.lang);
  const images = new Map<string, PDFImage>();
  for (const [url, png] of input.qrPngs) images.set(url, await doc.embedPng(png));
  for (const p of pages) drawPage(doc.addPage([A5.width, A5.height]), p, 0, fonts, images);
  return doc.save();
}

/**
 * The booklet imposed on A4 landscape sheets for duplex printing, in saddle-stitch order: the same
 * pages drawn again two to a side (embedding the A5 file's pages would copy every page's content twice).
 */
export async function renderImposed(pages: BookletPage[], input: RenderInput): Promise<Uint8Array> {
  const { doc, fonts } = await newDoc(input.title, input.lang);
  const images = new Map<string, PDFImage>();
  for (const [url, png] of input.qrPngs) images.set(url, await doc.embedPng(png));
  // Each A5 page is centred in its half of the A4 side (A4 is 1.4 pt wider than two A5 pages).
  const pad = (A4_LANDSCAPE.width / 2 - A5.width) / 2;
  for (const [l, r] of saddleStitchOrder(pages.length)) {
    const side = doc.addPage([A4_LANDSCAPE.width, A4_LANDSCAPE.height]);
    drawPage(side, pages[l - 1], pad, fonts, images);
    drawPage(side, pages[r - 1], A4_LANDSCAPE.width / 2 + pad, fonts, images);
  }
  return doc.save();
}
