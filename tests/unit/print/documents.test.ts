// The print page: documents shown only when their file exists, with their size, and the list of QR images.
import { describe, expect, it } from 'vitest';
import { fillCodeList, fillPrintPage } from '../../../src/lib/print/documents.ts';

describe('the print page', () => {
  const html =
    '<ul><li data-print-doc="print/cards-ru.pdf" hidden><a data-print-href="/mg/print/cards-ru.pdf">Cards</a><span data-print-size="" data-kb="PDF, {n} КБ" data-mb="PDF, {n} МБ"></span></li>' +
    '<li data-print-doc="print/booklet-ru.pdf" hidden><a data-print-href="/mg/print/booklet-ru.pdf">Booklet</a><span data-print-size="" data-kb="{n} КБ" data-mb="{n} МБ"></span></li></ul><p data-print-none>None</p>';
  it('shows only documents that exist, with their size, and links them', () => {
    const out = fillPrintPage(
      html,
      (f) => (f === 'print/cards-ru.pdf' ? 47_000 : undefined),
      'ru-RU',
    );
    expect(out).toContain(
      '<li data-print-doc="print/cards-ru.pdf"><a data-print-href="/mg/print/cards-ru.pdf" href="/mg/print/cards-ru.pdf">',
    );
    expect(out).toContain('>PDF, 47 КБ</span>');
    expect(out).toContain(
      '<li data-print-doc="print/booklet-ru.pdf" hidden><a data-print-href="/mg/print/booklet-ru.pdf">',
    );
    expect(out).toContain('<p data-print-none hidden>');
    // A later feature (the booklet) fills again after writing its file.
    const again = fillPrintPage(out, () => 2_500_000, 'ru-RU');
    expect(again).toContain('>2,5 МБ</span>');
    expect(again).not.toMatch(/<li[^>]* hidden[ =>]/);
  });
  it('says so when no document exists', () => {
    expect(fillPrintPage(html, () => undefined, 'ru-RU')).toContain('<p data-print-none>');
  });
  it('fills the list of QR images', () => {
    expect(
      fillCodeList(
        '<section data-print-codes hidden><ul data-print-code-list></ul></section>',
        '<li>$1</li>',
      ),
    ).toBe('<section data-print-codes><ul data-print-code-list><li>$1</li></ul></section>');
  });
});
