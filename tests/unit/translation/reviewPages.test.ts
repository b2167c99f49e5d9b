import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { editUrl, lineUrl } from '../../../src/lib/content/editLink.ts';
import {
  blockLines,
  inlineText,
  parseInline,
} from '../../../src/lib/translation/inlineMarkdown.ts';
import { splitMarkdown } from '../../../src/lib/translation/markdownBlocks.ts';
import { alignBlocks, frontMatterPairs } from '../../../src/lib/translation/reviewPairs.ts';
import {
  readReviewPage,
  readReviewPages,
  reviewPagePath,
  reviewedTranslationBlock,
} from '../../../src/lib/translation/reviewPages.ts';
import { inSitemap } from '../../../src/lib/site/sitemap.ts';
import { isIndexable } from '../../../src/lib/search/indexPages.ts';

const ru = `---
title: "Регистрация"
description: "Как встать на учёт"
version: 2
translation:
  status: original
---

## Главное

- Первое.
- Второе.

Абзац.

## Штрафы

Текст.
`;

const uz = (
  status = 'machine',
  extra = '',
  body = `## Eng muhimi

- Birinchi.
- Ikkinchi.

Xatboshi.

## Jarimalar

Matn.
`,
) => `---
title: "Roʻyxatga olish"
description: "Qanday roʻyxatdan oʻtiladi"
translation:
  status: ${status}
  from: ru
  sourceVersion: 1${extra}
---

${body}`;

describe('pairing the Russian and the translated blocks', () => {
  it("pairs block n with block n when the structure matches, with each file's own line numbers", () => {
    const a = alignBlocks(splitMarkdown(ru).blocks, splitMarkdown(uz()).blocks);
    expect(a.exact).toBe(true);
    expect(a.pairs.map((p) => [p.ru?.startLine, p.tr?.startLine])).toEqual([
      [9, 10],
      [11, 12],
      [12, 13],
      [14, 15],
      [16, 17],
      [18, 19],
    ]);
  });

  it('when a section has more blocks, pairs by headings so later sections stay aligned, and says where', () => {
    const tr = uz(
      'machine',
      '',
      '## Eng muhimi\n\n- Birinchi.\n- Ikkinchi.\n- Uchinchi.\n\nXatboshi.\n\n## Jarimalar\n\nMatn.\n',
    );
    const a = alignBlocks(splitMarkdown(ru).blocks, splitMarkdown(tr).blocks);
    expect(a.exact).toBe(false);
    expect([a.ruCount, a.trCount]).toEqual([6, 7]);
    expect(a.differences).toEqual([{ ruLine: 9, trLine: 10, ruBlocks: 3, trBlocks: 4 }]);
    // The second section's heading and text still meet.
    const last = a.pairs.slice(-2);
    expect(last.map((p) => [p.ru?.text, p.tr?.text])).toEqual([
      ['## Штрафы', '## Jarimalar'],
      ['Текст.', 'Matn.'],
    ]);
  });

  it('pairs the title and description lines', () => {
    const r = splitMarkdown(ru);
    const t = splitMarkdown(uz());
    expect(
      frontMatterPairs(
        { lines: r.frontMatterLines, start: r.frontMatterStart },
        { lines: t.frontMatterLines, start: t.frontMatterStart },
      ),
    ).toEqual([
      {
        key: 'title',
        ru: { line: 2, text: 'Регистрация' },
        tr: { line: 2, text: 'Roʻyxatga olish' },
      },
      {
        key: 'description',
        ru: { line: 3, text: 'Как встать на учёт' },
        tr: { line: 3, text: 'Qanday roʻyxatdan oʻtiladi' },
      },
    ]);
  });
});

describe('inline Markdown as the reader sees it', () => {
  it('reads bold, links, code and fact references into a tree', () => {
    const tokens = parseInline('Call **[115](tel:115)** or see `ИС МП`, {{fact:mrp-2026}} *now*.');
    expect(tokens).toEqual([
      { type: 'text', text: 'Call ' },
      {
        type: 'strong',
        children: [{ type: 'link', href: 'tel:115', children: [{ type: 'text', text: '115' }] }],
      },
      { type: 'text', text: ' or see ' },
      { type: 'code', text: 'ИС МП' },
      { type: 'text', text: ', ' },
      { type: 'fact', id: 'mrp-2026' },
      { type: 'text', text: ' ' },
      { type: 'em', children: [{ type: 'text', text: 'now' }] },
      { type: 'text', text: '.' },
    ]);
    expect(inlineText(tokens)).toBe('Call 115 or see ИС МП, {{fact:mrp-2026}} now.');
  });

  it('leaves a lone asterisk or underscore as text', () => {
    expect(inlineText(parseInline('2 * 3 = 6, snake_case_name'))).toBe(
      '2 * 3 = 6, snake_case_name',
    );
  });

  it('keeps list numbers and note labels as markers', () => {
    expect(blockLines('item', '3. Uchinchi **qadam**')[0]).toMatchObject({ marker: '3.' });
    expect(blockLines('item', '- Bir')[0].marker).toBe('•');
    expect(
      blockLines('quote', '> [!UNVERIFIED]\n> Tekshirilmagan.').map((l) => [
        l.marker,
        inlineText(l.tokens),
      ]),
    ).toEqual([
      ['UNVERIFIED', ''],
      [undefined, 'Tekshirilmagan.'],
    ]);
  });
});

describe('review pages from the content folder', () => {
  const root = mkdtempSync(join(tmpdir(), 'review-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (rel: string, text: string) => {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), text);
  };
  write('guide/ru/registration.md', ru);
  write('guide/uz/registration.md', uz());
  write(
    'guide/en/registration.md',
    uz('reviewed', '\n  reviewedBy: "Sana Sezim"\n  reviewedOn: 2026-12-01'),
  );
  write('guide/ru/only-ru.md', ru);

  it('makes one for each translation, none for the Russian original or a missing translation', () => {
    expect(readReviewPages(root).map((p) => reviewPagePath(p.lang, p.section, p.slug))).toEqual([
      '/review/en/guide/registration/',
      '/review/uz/guide/registration/',
    ]);
  });

  it('knows the state, the source version and the translation: lines to replace', () => {
    const p = readReviewPage(root, 'guide', 'uz', 'registration')!;
    expect(p).toMatchObject({
      file: 'content/guide/uz/registration.md',
      sourceFile: 'content/guide/ru/registration.md',
      status: 'machine',
      outdated: true,
      sourceVersion: 1,
      currentVersion: 2,
    });
    expect(p.translationLines).toMatchObject({ start: 4, end: 7 });
    const r = readReviewPage(root, 'guide', 'en', 'registration')!;
    expect(r).toMatchObject({
      status: 'reviewed',
      reviewedBy: 'Sana Sezim',
      reviewedOn: '2026-12-01',
    });
  });

  it('gives the lines that mark the page reviewed against the current Russian version', () => {
    const p = readReviewPage(root, 'guide', 'uz', 'registration')!;
    expect(reviewedTranslationBlock(p, '2026-12-06', 'ismingiz yoki tashkilot nomi')).toBe(
      'translation:\n  status: reviewed\n  from: ru\n  sourceVersion: 2\n  reviewedBy: "ismingiz yoki tashkilot nomi"\n  reviewedOn: 2026-12-06',
    );
  });
});

describe('links and visibility', () => {
  it('edit and view-line links point at the file in the repository', () => {
    expect(
      editUrl('https://github.com/ngo/guide', 'main', 'content/guide/uz/registration.md'),
    ).toBe('https://github.com/ngo/guide/edit/main/content/guide/uz/registration.md');
    expect(
      lineUrl('https://github.com/ngo/guide/', 'main', 'content/guide/uz/registration.md', 40),
    ).toBe('https://github.com/ngo/guide/blob/main/content/guide/uz/registration.md#L40');
    expect(
      lineUrl('https://github.com/ngo/guide', 'main', 'content/guide/uz/registration.md', 40, 42),
    ).toMatch(/#L40-L42$/);
    expect(lineUrl('', 'main', 'x.md', 1)).toBeUndefined();
  });

  it('review pages stay out of the sitemap and the search index', () => {
    expect(inSitemap('/review/uz/guide/registration/', new Set())).toBe(false);
    expect(isIndexable('/review/uz/guide/registration/')).toBe(false);
    expect(isIndexable('/uz/guide/registration/')).toBe(true);
  });
});
