// A built chapter page as the blocks a printed page needs.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/lib/site/html.ts';
import { blocksOf, ChapterFormatError, type Block } from '../../../src/lib/print/blocks.ts';

describe('block model for print', () => {
  const blocks = (html: string) => blocksOf(parseHtml(html), 'Chapter "x" (ru)');

  it('reads headings, paragraphs with bold, nested lists, tables and callout boxes', () => {
    const b = blocks(
      '<h2>Главное</h2><p>До <strong>30 дней</strong> — <a href="tel:1414">1414</a>.</p>' +
        '<ol><li>один<ul><li>вложенный</li></ul></li><li><p>два</p></li></ol>' +
        '<table><thead><tr><th>Срок</th><th>Штраф</th></tr></thead><tbody><tr><td>3 дня</td><td>10 МРП</td></tr></tbody></table>' +
        '<aside class="callout callout-unverified"><p class="callout-label">Не проверено</p><p>Текст</p></aside>',
    );
    expect(b).toEqual<Block[]>([
      { kind: 'heading', level: 2, runs: [{ text: 'Главное' }] },
      {
        kind: 'para',
        runs: [{ text: 'До ' }, { text: '30 дней', bold: true }, { text: ' — 1414.' }],
      },
      { kind: 'item', marker: '1.', depth: 0, runs: [{ text: 'один' }] },
      { kind: 'item', marker: '–', depth: 1, runs: [{ text: 'вложенный' }] },
      { kind: 'item', marker: '2.', depth: 0, runs: [{ text: 'два' }] },
      { kind: 'para', runs: [{ text: 'Срок — Штраф', bold: true }] },
      { kind: 'item', marker: '–', depth: 0, runs: [{ text: '3 дня — 10 МРП' }] },
      {
        kind: 'box',
        tone: 'unverified',
        label: 'Не проверено',
        blocks: [{ kind: 'para', runs: [{ text: 'Текст' }] }],
      },
    ]);
  });

  it('prints each source with its full address', () => {
    const b = blocks(
      '<section class="sources"><h2>Источники</h2><ol><li><a href="https://adilet.zan.kz/x">КоАП РК</a></li></ol></section>',
    );
    expect(b.slice(1)).toEqual([
      { kind: 'item', marker: '1.', depth: 0, runs: [{ text: 'КоАП РК' }], style: 'small' },
      {
        kind: 'item',
        marker: '',
        depth: 0,
        runs: [{ text: 'https://adilet.zan.kz/x' }],
        style: 'small',
      },
    ]);
  });

  it('stops on something it cannot print, naming the chapter', () => {
    expect(() => blocks('<p>ok</p><iframe src="x"></iframe>')).toThrow(ChapterFormatError);
    expect(() => blocks('<iframe src="x"></iframe>')).toThrow(
      /Chapter "x" \(ru\): contains <iframe>/,
    );
  });
});
