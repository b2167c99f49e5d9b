/**
 * The printable PDFs: A4 sheets of cut-out cards (one per page) and a one-page leaflet with the emergency
 * numbers and the most needed pages. QR codes are drawn as vectors 3 cm wide with a clear 4-module margin,
 * so they stay sharp on any printer. Text is set in the print fonts (fonts.ts) and broken into lines by
 * lineBreak.ts, like the booklet's.
 */
import { rgb, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import { QUIET_ZONE, qrPathData } from '../qr/code.ts';
import { newPdf, textWidth } from './fonts.ts';
import { wrapText as wrapLines } from './lineBreak.ts';

export interface SheetItem {
  title: string;
  /** What the code encodes: the full https short link. */
  qrText: string;
  /** The short link as a person types it (no https://). */
  shortText: string;
}

export interface SheetText {
  /** BCP 47 language tag for the PDF's /Lang. */
  htmlLang: string;
  langName: string;
  siteName: string;
  /** Document title (PDF metadata and the heading). */
  heading: string;
  /** "Or type the address:" */
  orType: string;
  /** Help numbers printed on every card under its code, one a line ("112 Emergency", "103 Ambulance"). */
  calls?: string[];
}

export interface LeafletText extends SheetText {
  tagline: string;
  emergencyTitle: string;
  emergency: { number: string; label: string }[];
  scanHint: string;
  footer: string;
}

/** The printed width of the QR symbol itself (without quiet zone): 3 cm. */
export const QR_MM = 30;

const PT_PER_MM = 72 / 25.4;
const mm = (v: number) => v * PT_PER_MM;
const A4: [number, number] = [mm(210), mm(297)];
const BLACK = rgb(0, 0, 0);
const GREY = rgb(0.3, 0.3, 0.3);
const RED = rgb(0.7, 0.15, 0.12);

/** Lines of text no wider than `width` in a font at a size; a long short link is cut after "/" or "-". */
function wrapText(text: string, width: number, font: PDFFont, size: number): string[] {
  return wrapLines(text, width, (s) => textWidth(font, s, size), { longWords: 'soft' });
}

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  mono: PDFFont;
}

async function newDocument(text: SheetText): Promise<{ doc: PDFDocument; fonts: Fonts }> {
  return newPdf(
    {
      title: `${text.heading} — ${text.siteName}`,
      lang: text.htmlLang,
      author: text.siteName,
      subject: text.heading,
      showTitle: true,
    },
    ['regular', 'bold', 'mono'] as const,
  );
}

/** Draws text lines from a top y downwards; returns the y below the last line. */
function drawLines(
  page: PDFPage,
  lines: string[],
  x: number,
  top: number,
  font: PDFFont,
  size: number,
  color = BLACK,
): number {
  let y = top;
  for (const l of lines) {
    y -= size * 1.2;
    page.drawText(l, { x, y: y + size * 0.22, size, font, color });
  }
  return y;
}

/** Draws a QR symbol QR_MM wide with its top-left corner at (x, top); the caller keeps the quiet zone clear. */
function drawQr(
  page: PDFPage,
  text: string,
  x: number,
  top: number,
): { moduleMm: number; version: number } {
  const { spec, path } = qrPathData(text);
  const moduleMm = QR_MM / spec.modules;
  page.drawSvgPath(path, { x, y: top, scale: mm(moduleMm), color: BLACK, borderWidth: 0 });
  return { moduleMm, version: spec.version };
}

/** Quiet zone in mm for a code drawn QR_MM wide. */
function quietMm(text: string): number {
  return (QR_MM / qrPathData(text).spec.modules) * QUIET_ZONE;
}

/** The largest font size (from `max` down to `min`) at which `text` fits `width` on one line. */
function fitSize(text: string, font: PDFFont, width: number, max: number, min: number): number {
  for (let s = max; s > min; s -= 0.5) if (textWidth(font, text, s) <= width) return s;
  return min;
}

/** One card's text column: site and language, title, "or type", the short link. */
function drawCardText(
  page: PDFPage,
  fonts: Fonts,
  item: SheetItem,
  text: SheetText,
  x: number,
  top: number,
  width: number,
  height: number,
): void {
  let y = drawLines(page, [`${text.siteName} · ${text.langName}`], x, top, fonts.regular, 8, GREY);
  let size = 11;
  let lines = wrapText(item.title, width, fonts.bold, size);
  while (lines.length > 4 && size > 8) {
    size -= 0.5;
    lines = wrapText(item.title, width, fonts.bold, size);
  }
  y = drawLines(page, lines.slice(0, 5), x, y - mm(1), fonts.bold, size);
  const linkSize = fitSize(item.shortText, fonts.mono, width, 10, 7);
  const link = wrapText(item.shortText, width, fonts.mono, linkSize);
  const linkTop = Math.min(y - mm(1), top - height + mm(2) + (link.length * linkSize + 8) * 1.2);
  y = drawLines(page, [text.orType], x, linkTop, fonts.regular, 8, GREY);
  drawLines(page, link, x, y, fonts.mono, linkSize);
}

/** The card sheet's grid on A4: cut lines run along it, and the scanning test reads one card at a time. */
export const CARD_GRID = { marginMm: 10, cols: 2, rows: 5 } as const;

export interface PdfStats {
  bytes: Uint8Array;
  pages: number;
  qrVersion: number;
  moduleMm: number;
}

/**
 * A4 sheets with 10 cards each (2 × 5, 95 × 55 mm, dashed cut lines): QR code, the page's title, the short
 * link to type, the language's name.
 */
export async function cardsPdf(items: SheetItem[], text: SheetText): Promise<PdfStats> {
  const { doc, fonts } = await newDocument(text);
  const margin = mm(CARD_GRID.marginMm);
  const { cols, rows } = CARD_GRID;
  const cw = (A4[0] - 2 * margin) / cols;
  const ch = (A4[1] - 2 * margin) / rows;
  let qrVersion = 0;
  let moduleMm = 0;
  for (let i = 0; i < items.length; i += cols * rows) {
    const page = doc.addPage(A4);
    const batch = items.slice(i, i + cols * rows);
    batch.forEach((item, j) => {
      const x = margin + (j % cols) * cw;
      const top = A4[1] - margin - Math.floor(j / cols) * ch;
      page.drawRectangle({
        x,
        y: top - ch,
        width: cw,
        height: ch,
        borderColor: rgb(0.6, 0.6, 0.6),
        borderWidth: 0.5,
        borderDashArray: [3, 3],
      });
      const qz = Math.max(quietMm(item.qrText), 4);
      const qrTop = top - (ch - mm(QR_MM)) / 2;
      const drawn = drawQr(page, item.qrText, x + mm(qz), qrTop);
      qrVersion = Math.max(qrVersion, drawn.version);
      moduleMm = drawn.moduleMm;
      const tx = x + mm(qz + QR_MM + qz);
      drawCardText(page, fonts, item, text, tx, top - mm(4), cw - (tx - x) - mm(3), ch - mm(8));
      // Help numbers under the code, clear of its quiet zone: a card is often all a person keeps.
      if (text.calls?.length) {
        const width = mm(qz + QR_MM);
        const size = Math.min(...text.calls.map((c) => fitSize(c, fonts.bold, width, 8, 5.5)));
        const callsTop = top - ch + mm(2) + text.calls.length * size * 1.2;
        drawLines(page, text.calls, x + mm(qz), callsTop, fonts.bold, size, RED);
      }
    });
  }
  const bytes = await doc.save();
  return { bytes, pages: doc.getPageCount(), qrVersion, moduleMm };
}

/** One A4 page: site name, emergency numbers, how to scan, and up to 8 cards for the most needed pages. */
export async function leafletPdf(items: SheetItem[], text: LeafletText): Promise<PdfStats> {
  const { doc, fonts } = await newDocument(text);
  const page = doc.addPage(A4);
  const margin = mm(12);
  const width = A4[0] - 2 * margin;
  let y = A4[1] - margin;
  // Header: the site's name and the language, so a partner handing out five languages can tell them apart.
  const langSize = 12;
  page.drawText(text.langName, {
    x: A4[0] - margin - textWidth(fonts.bold, text.langName, langSize),
    y: y - 16,
    size: langSize,
    font: fonts.bold,
    color: GREY,
  });
  y = drawLines(page, [text.siteName], margin, y, fonts.bold, 20);
  y = drawLines(
    page,
    wrapText(text.tagline, width, fonts.regular, 12),
    margin,
    y,
    fonts.regular,
    12,
  );
  // Emergency numbers in a red box, two columns.
  y -= mm(3);
  const boxTop = y;
  const cellW = (width - mm(8)) / 2;
  const labelSize = 10;
  const cellLines = text.emergency.map((e) =>
    wrapText(e.label, cellW - mm(18), fonts.regular, labelSize),
  );
  const rowsNeeded = Math.ceil(text.emergency.length / 2);
  const rowH = Math.max(mm(11), ...cellLines.map((l) => l.length * labelSize * 1.2 + mm(3)));
  const boxH = mm(11) + rowsNeeded * rowH + mm(2);
  page.drawRectangle({
    x: margin,
    y: boxTop - boxH,
    width,
    height: boxH,
    borderColor: RED,
    borderWidth: 2,
    color: rgb(0.99, 0.93, 0.92),
  });
  drawLines(page, [text.emergencyTitle], margin + mm(4), boxTop - mm(2), fonts.bold, 14, RED);
  text.emergency.forEach((e, i) => {
    const cx = margin + mm(4) + (i % 2) * cellW;
    const cy = boxTop - mm(11) - Math.floor(i / 2) * rowH;
    page.drawText(e.number, { x: cx, y: cy - 20, size: 20, font: fonts.bold, color: BLACK });
    drawLines(page, cellLines[i], cx + mm(18), cy, fonts.regular, labelSize);
  });
  y = boxTop - boxH - mm(3);
  y = drawLines(page, wrapText(text.scanHint, width, fonts.bold, 11), margin, y, fonts.bold, 11);
  // The pages, 2 × 4, each with its code and short link.
  const footerH = mm(10);
  const rows = Math.max(1, Math.ceil(Math.min(items.length, 8) / 2));
  const cw = width / 2;
  const chh = Math.min(mm(48), (y - mm(2) - margin - footerH) / rows);
  let qrVersion = 0;
  let moduleMm = 0;
  items.slice(0, 8).forEach((item, j) => {
    const x = margin + (j % 2) * cw;
    const top = y - mm(2) - Math.floor(j / 2) * chh;
    page.drawRectangle({
      x,
      y: top - chh,
      width: cw,
      height: chh,
      borderColor: rgb(0.75, 0.75, 0.75),
      borderWidth: 0.5,
    });
    const qz = Math.max(quietMm(item.qrText), 4);
    const drawn = drawQr(page, item.qrText, x + mm(qz), top - (chh - mm(QR_MM)) / 2);
    qrVersion = Math.max(qrVersion, drawn.version);
    moduleMm = drawn.moduleMm;
    const tx = x + mm(qz + QR_MM + qz);
    drawCardText(
      page,
      fonts,
      item,
      { ...text, siteName: text.siteName },
      tx,
      top - mm(3),
      cw - (tx - x) - mm(3),
      chh - mm(6),
    );
  });
  const footer = wrapText(text.footer, width, fonts.regular, 8);
  drawLines(page, footer, margin, margin + footer.length * 8 * 1.2, fonts.regular, 8, GREY);
  const bytes = await doc.save();
  return { bytes, pages: 1, qrVersion, moduleMm };
}
