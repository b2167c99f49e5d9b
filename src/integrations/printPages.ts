/**
 * Fills the built print pages (/<lang>/print/) after the documents are written: each integration that
 * writes a PDF or the one-file guide calls `fillPrintPages` afterwards, and the QR step puts in each
 * language's list of QR images. The HTML is rewritten by src/lib/print/documents.ts; this file only
 * reads and writes dist/.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fillCodeList, fillPrintPage } from '../lib/print/documents.ts';
import { writeFileAtomic } from '../lib/site/files.ts';
import { getLocale } from '../lib/site/i18n.ts';

const printPage = (distDir: string, lang: string) => join(distDir, lang, 'print', 'index.html');

/** Rewrites a built page in one step, so an interrupted build never leaves half a page. */
function rewrite(page: string, change: (html: string) => string): void {
  writeFileAtomic(page, change(readFileSync(page, 'utf8')));
}

/** Shows, on the print page of every language, the documents that exist in distDir, with their size. */
export function fillPrintPages(distDir: string, langs: readonly string[]): void {
  for (const lang of langs) {
    const page = printPage(distDir, lang);
    if (!existsSync(page)) continue;
    rewrite(page, (html) =>
      fillPrintPage(
        html,
        (file) => {
          const full = join(distDir, file);
          return existsSync(full) ? statSync(full).size : undefined;
        },
        getLocale(lang).intl,
      ),
    );
  }
}

/** Puts each language's list of QR images (list items, by language) into its print page. */
export function fillCodeLists(distDir: string, lists: Record<string, string>): void {
  for (const [lang, list] of Object.entries(lists)) {
    const page = printPage(distDir, lang);
    if (existsSync(page)) rewrite(page, (html) => fillCodeList(html, list));
  }
}
