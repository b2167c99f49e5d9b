/**
 * The documents partner organisations can print, listed on /<lang>/print/. The PDFs are made after the
 * pages are written, so the page is rendered with every document hidden and without a link, and each
 * integration that writes a PDF calls `fillPrintPages` (src/integrations/printPages.ts) afterwards: that
 * shows the documents that exist, with their size. A document whose file is missing stays hidden, so the
 * page never links to nothing. The built page is rewritten as a tree (site/html.ts), not with patterns.
 *
 * Adding a document (for example the booklet): one entry here, its two UI strings, and a call to
 * `fillPrintPages(distDir)` after the file is written.
 */
import { parseHtml, serialize, walk, type El } from '../site/html.ts';
import { escapeHtml } from '../site/escape.ts';
import { formatSize } from '../site/format.ts';
import { withBase } from '../site/routes.ts';

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
  {
    id: 'leaflet',
    file: (l) => `print/leaflet-${l}.pdf`,
    title: 'print.leaflet.title',
    text: 'print.leaflet.text',
    format: 'pdf',
  },
  {
    id: 'cards',
    file: (l) => `print/cards-${l}.pdf`,
    title: 'print.cards.title',
    text: 'print.cards.text',
    format: 'pdf',
  },
  // The whole guide: a booklet imposed on A4 for duplex printing, the same pages as A5 in reading order,
  // and one HTML file to forward (src/integrations/oneFileGuide.ts, src/integrations/booklet.ts).
  {
    id: 'booklet',
    file: (l) => `print/booklet-${l}.pdf`,
    title: 'booklet.link',
    text: 'booklet.howToPrint',
    format: 'pdf',
  },
  {
    id: 'booklet-a5',
    file: (l) => `print/booklet-${l}-a5.pdf`,
    title: 'booklet.linkA5',
    text: 'booklet.a5Text',
    format: 'pdf',
  },
  {
    id: 'offline-file',
    file: (l) => `offline/migrant-guide-${l}.html`,
    title: 'onefile.link',
    text: 'onefile.linkHint',
    format: 'html',
  },
];

/** Sets or removes the boolean `hidden` attribute. */
function setHidden(el: El, hidden: boolean): void {
  if (hidden) el.attrs.hidden = '';
  else delete el.attrs.hidden;
}

/**
 * Shows the documents of one print page that exist (`sizeOf` gives their size in bytes, or undefined),
 * with their size (numbers written for `intlLocale`, the page's language), and turns their names into links.
 * Idempotent: running it again updates the sizes.
 */
export function fillPrintPage(
  html: string,
  sizeOf: (file: string) => number | undefined,
  intlLocale: string,
): string {
  const doc = parseHtml(html);
  let shown = 0;
  const none: El[] = [];
  walk(doc, (el) => {
    if ('data-print-none' in el.attrs) none.push(el);
    if (!('data-print-doc' in el.attrs)) return;
    const size = sizeOf(el.attrs['data-print-doc']);
    setHidden(el, size === undefined);
    if (size === undefined) return;
    shown++;
    walk(el, (inner) => {
      if ('data-print-href' in inner.attrs) inner.attrs.href = inner.attrs['data-print-href'];
      if ('data-print-size' in inner.attrs)
        inner.children = [
          {
            type: 'text',
            text: formatSize(size, intlLocale, {
              KB: inner.attrs['data-kb'] ?? '',
              MB: inner.attrs['data-mb'] ?? '',
            }),
          },
        ];
    });
  });
  for (const el of none) setHidden(el, shown > 0);
  return serialize(doc);
}

/** A QR image in the print page's list: the page, its short link to type, and its SVG and PNG files. */
export interface CodeListEntry {
  title: string;
  path: string;
  shortUrl: string;
  svg: string;
  png: string;
}

/** The list items of a language's QR images, with links under the site's base path. */
export function codeListItems(codes: CodeListEntry[], base: string): string {
  return codes
    .map(
      (c) =>
        `<li><a href="${escapeHtml(withBase(base, c.path))}">${escapeHtml(c.title)}</a> <code>${escapeHtml(c.shortUrl.replace(/^https:\/\//, ''))}</code> <a href="${escapeHtml(withBase(base, c.svg))}" download>SVG</a> · <a href="${escapeHtml(withBase(base, c.png))}" download>PNG</a></li>`,
    )
    .join('');
}

/** Puts the list of this language's QR images into its print page (the page leaves an empty, hidden section). */
export function fillCodeList(html: string, listHtml: string): string {
  const doc = parseHtml(html);
  walk(doc, (el) => {
    if ('data-print-codes' in el.attrs) setHidden(el, false);
    if ('data-print-code-list' in el.attrs) el.children = parseHtml(listHtml).children;
  });
  return serialize(doc);
}
