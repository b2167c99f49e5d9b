/**
 * The print fonts, one place for every PDF (cards, leaflets, booklets): DejaVu Sans (regular and bold)
 * and DejaVu Sans Mono Bold for short links, from the dejavu-fonts-ttf package. They cover Cyrillic, the
 * Tajik letters ғ ӣ қ ӯ ҳ ҷ, the Kyrgyz ө ү ң and the Uzbek ʻ. Fonts are embedded as subsets, so the text
 * stays selectable (screen readers and pdftotext read it) and a PDF carries only the letters it uses.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont } from 'pdf-lib';

export interface FontFiles {
  regular: Uint8Array;
  bold: Uint8Array;
  mono: Uint8Array;
}
export type Face = keyof FontFiles;

/** Names used in messages about a missing letter. */
export const FACE_NAMES: Record<Face, string> = {
  regular: 'DejaVu Sans',
  bold: 'DejaVu Sans Bold',
  mono: 'DejaVu Sans Mono Bold',
};

const require = createRequire(import.meta.url);
let files: FontFiles | undefined;

/** The font files, read once per process. */
export function fontFiles(): FontFiles {
  if (!files) {
    const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    files = {
      regular: readFileSync(join(dir, 'DejaVuSans.ttf')),
      bold: readFileSync(join(dir, 'DejaVuSans-Bold.ttf')),
      mono: readFileSync(join(dir, 'DejaVuSansMono-Bold.ttf')),
    };
  }
  return files;
}

export interface PdfMeta {
  title: string;
  /** BCP 47 language tag for the PDF's /Lang. */
  lang: string;
  author?: string;
  subject?: string;
  /** Show the title (not the file name) in the viewer's title bar. */
  showTitle?: boolean;
}

/** A new PDF with its metadata and the chosen faces embedded as subsets. */
export async function newPdf<F extends Face>(
  meta: PdfMeta,
  faces: readonly F[],
  from: FontFiles = fontFiles(),
): Promise<{ doc: PDFDocument; fonts: Record<F, PDFFont> }> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const fonts = {} as Record<F, PDFFont>;
  for (const face of faces) {
    fonts[face] = await doc.embedFont(from[face], { subset: true });
    plainGlyphs(fonts[face]);
  }
  doc.setTitle(meta.title, { showInWindowTitleBar: Boolean(meta.showTitle) });
  doc.setLanguage(meta.lang);
  if (meta.author) doc.setAuthor(meta.author);
  if (meta.subject) doc.setSubject(meta.subject);
  doc.setCreator('migrant-guide');
  doc.setProducer('migrant-guide (pdf-lib)');
  return { doc, fonts };
}

/**
 * pdf-lib asks fontkit for full OpenType shaping of every string (slow), yet uses only
 * the glyph ids and their advance widths. Our scripts (Cyrillic, Latin) need no shaping and DejaVu gives
 * the same glyphs for a plain character-to-glyph lookup (a unit test compares them), which is far
 * faster: a booklet draws thousands of strings on two-core build machines.
 */
function plainGlyphs(font: PDFFont) {
  const face = (
    font as unknown as {
      embedder: { font: { glyphsForString(s: string): unknown[]; layout: unknown } };
    }
  ).embedder.font;
  face.layout = (text: string) => ({ glyphs: face.glyphsForString(text) });
}

const widths = new WeakMap<PDFFont, Map<string, number>>();

/**
 * Width of a text in points at a size. Measured once per font and text at 1 pt, then scaled: line
 * breaking asks for the same words again and again.
 */
export function textWidth(font: PDFFont, text: string, size: number): number {
  let cache = widths.get(font);
  if (!cache) widths.set(font, (cache = new Map()));
  let w = cache.get(text);
  if (w === undefined) cache.set(text, (w = font.widthOfTextAtSize(text, 1)));
  return w * size;
}
