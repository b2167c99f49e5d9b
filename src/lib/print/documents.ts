/**
 * The documents partner organisations can print, listed on /<lang>/print/. The PDFs are made after the
 * pages are written, so the page is rendered with every document hidden and without a link, and each
 * integration that writes a PDF calls `fillPrintPages` afterwards: that shows the documents that exist,
 * with their size. A document whose file is missing stays hidden, so the page never links to nothing.
 *
 * Adding a document (for example the booklet): one entry here, its two UI strings, and a call to
 * `fillPrintPages(distDir)` after the file is written.
 */
import { existsSync, readFileSync, statSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';

export interface PrintDocument {
  id: string;
  /** The file in the output folder, relative to the site root: 'print/leaflet-ru.pdf'. */
  file: (lang: string) => string;
  /** UI-string keys for the document's name and what it is. */
  title: string;
  text: string;
  /** Shown with the size ("PDF, 120 KB" / "HTML, 90 KB"), so nobody expects a PDF and gets a web page. */
  format: 'pdf' | 'html';
}

export const printDocuments: PrintDocument[] = [
  { id: 'leaflet', file: (l) => `print/leaflet-${l}.pdf`, title: 'print.leaflet.title', text: 'print.leaflet.text', format: 'pdf' },
  { id: 'cards', file: (l) => `print/cards-${l}.pdf`, title: 'print.cards.title', text: 'print.cards.text', format: 'pdf' },
  // The whole guide: a booklet imposed on A4 for duplex printing, the same pages as A5 in reading order,
  // and one HTML file to forward (src/integrations/oneFileGuide.ts, src/integrations/booklet.ts).
  { id: 'booklet', file: (l) => `print/booklet-${l}.pdf`, title: 'booklet.link', text: 'booklet.howToPrint', format: 'pdf' },
  { id: 'booklet-a5', file: (l) => `print/booklet-${l}-a5.pdf`, title: 'booklet.linkA5', text: 'booklet.a5Text', format: 'pdf' },
  { id: 'offline-file', file: (l) => `offline/migrant-guide-${l}.html`, title: 'onefile.link', text: 'onefile.linkHint', format: 'html' },
];

/** "{n} КБ" / "{n} МБ" templates from the page, filled with a size in bytes. */
export function formatSize(bytes: number, kbTemplate: string, mbTemplate: string): string {
  if (bytes >= 1024 * 1024) return mbTemplate.replace('{n}', (bytes / 1024 / 1024).toFixed(1));
  return kbTemplate.replace('{n}', String(Math.max(1, Math.round(bytes / 1024))));
}

const DOC_ITEM = /<li data-print-doc="([^"]+)"([^>]*)>([\s\S]*?)<\/li>/g;

/** Attributes with the boolean `hidden` set or removed. */
function withHidden(attrs: string, hidden: boolean): string {
  const rest = attrs.replace(/\s+hidden(?=[\s>]|$)/g, '');
  return hidden ? `${rest} hidden` : rest;
}

/**
 * Shows the documents of one print page that exist (`sizeOf` gives their size in bytes, or undefined),
 * with their size, and turns their names into links. Idempotent: running it again updates the sizes.
 */
export function fillPrintPage(html: string, sizeOf: (file: string) => number | undefined): string {
  let shown = 0;
  const out = html.replace(DOC_ITEM, (_whole, file: string, attrs: string, inner: string) => {
    const size = sizeOf(file);
    if (size === undefined) return `<li data-print-doc="${file}"${withHidden(attrs, true)}>${inner}</li>`;
    shown++;
    const filled = inner
      .replace(/<a data-print-href="([^"]*)"(?: href="[^"]*")?/, '<a data-print-href="$1" href="$1"')
      .replace(
        /(<span data-print-size[^>]*? data-kb="([^"]*)" data-mb="([^"]*)"[^>]*>)[^<]*(<\/span>)/,
        (_m, open: string, kb: string, mb: string, close: string) => `${open}${formatSize(size, kb, mb)}${close}`,
      );
    return `<li data-print-doc="${file}"${withHidden(attrs, false)}>${filled}</li>`;
  });
  return out.replace(/<p data-print-none([^>]*)>/, (_m, attrs: string) => `<p data-print-none${withHidden(attrs, shown > 0)}>`);
}

/** Fills the print page of every language in a built site (see fillPrintPage). */
export function fillPrintPages(distDir: string, langs: readonly string[]): void {
  for (const lang of langs) {
    const page = join(distDir, lang, 'print', 'index.html');
    if (!existsSync(page)) continue;
    const html = fillPrintPage(readFileSync(page, 'utf8'), (file) => {
      const full = join(distDir, file);
      return existsSync(full) ? statSync(full).size : undefined;
    });
    const tmp = `${page}.tmp`;
    writeFileSync(tmp, html);
    renameSync(tmp, page);
  }
}

/** Puts the list of this language's QR images into its print page (the page leaves an empty, hidden section). */
export function fillCodeList(html: string, listHtml: string): string {
  return html
    .replace(/<section data-print-codes([^>]*)>/, (_m, attrs: string) => `<section data-print-codes${withHidden(attrs, false)}>`)
    .replace(/(<ul data-print-code-list[^>]*>)[\s\S]*?(<\/ul>)/, (_m, open: string, close: string) => `${open}${listHtml}${close}`);
}
