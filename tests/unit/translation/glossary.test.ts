import { describe, expect, it } from 'vitest';
import {
  findAvoided,
  findMissingFirstMentions,
  formatFinding,
  jsonParts,
  markdownParts,
  parseGlossary,
  sentenceAround,
  yamlLanguageParts,
} from '../../../src/lib/translation/glossary.ts';
import { splitMarkdown } from '../../../src/lib/translation/markdownBlocks.ts';

const glossaryText = `# Glossary

Intro text.

| Русский | Oʻzbekcha | Birinchi eslatishda ruscha | Ishlatmang | Izoh |
|---|---|---|---|---|
| инспекция труда | mehnat inspeksiyasi (инспекция труда) | инспекция труда |  |  |
| ЦОН (центр обслуживания населения) | aholiga xizmat koʻrsatish markazi (ЦОН) | ЦОН | \`XKM\` |  |
| Шымкент | Shimkent |  | \`Chimkent\` |  |
| вид на жительство | doimiy yashash uchun ruxsatnoma (вид на жительство) | вид на жительство | \`/(?<!(doimiy\\|vaqtincha)\\s+)yashash uchun ruxsatnoma/\` |  |
`;

const { glossary, problems } = parseGlossary('content/glossary/uz.md', 'uz', glossaryText);

const chapter = (body: string) => `---
title: "Sinov"
description: "Chimkent haqida"
keywords: ["Chimkent"]
sources:
  - title: "Manba"
    url: "https://example.org/Chimkent"
translation:
  status: machine
---

${body}
`;

describe('glossary table', () => {
  it('reads each term with its rendering, first-mention form and variants to avoid', () => {
    expect(problems).toEqual([]);
    expect(glossary.terms).toHaveLength(4);
    const [inspection, con, city, permit] = glossary.terms;
    expect(inspection).toMatchObject({
      russian: 'инспекция труда',
      renderings: ['mehnat inspeksiyasi'],
      firstMention: 'инспекция труда',
      line: 7,
    });
    expect(con.renderings).toEqual(['aholiga xizmat koʻrsatish markazi']);
    expect(city.firstMention).toBeUndefined();
    expect(city.avoid.map((a) => a.source)).toEqual(['Chimkent']);
    // "\|" in a cell is a "|" of the regular expression, not a new column.
    expect(permit.avoid[0].source).toBe('/(?<!(doimiy|vaqtincha)\\s+)yashash uchun ruxsatnoma/');
  });

  it('names the glossary line of a row with the wrong number of cells or an unquoted variant', () => {
    const bad = parseGlossary(
      'content/glossary/uz.md',
      'uz',
      `| a | b | c | d | e |\n|---|---|---|---|---|\n| x | y |\n| ЦОН | markaz |  | XKM |  |\n`,
    );
    expect(bad.problems.map(formatFinding)).toEqual([
      expect.stringMatching(/^content\/glossary\/uz\.md:3: \[glossary\] a row needs 5 cells/),
      expect.stringMatching(
        /^content\/glossary\/uz\.md:4: \[glossary\] write each variant to avoid in backticks/,
      ),
    ]);
  });

  it('says what the header must be when the table has the old three columns', () => {
    const old = parseGlossary(
      'content/glossary/ky.md',
      'ky',
      '| Русский | Кыргызча | Эскертүү |\n|---|---|---|\n| штраф | айып пул |  |\n',
    );
    expect(old.problems[0]).toMatchObject({ file: 'content/glossary/ky.md', line: 1 });
    expect(old.problems[0].message).toMatch(/5 columns/);
  });
});

describe('variants to avoid', () => {
  it('reports an avoided variant with its file and line, with endings, in body and translated front matter', () => {
    const text = chapter('## Eng muhimi\n\nSiz Chimkentda ishlaysiz.\n\n- XKM (ЦОН) ga boring.');
    const found = findAvoided('content/guide/uz/x.md', markdownParts(text), glossary);
    expect(found.map((f) => [f.file, f.line, f.rule])).toEqual([
      ['content/guide/uz/x.md', 3, 'avoid'], // description
      ['content/guide/uz/x.md', 14, 'avoid'], // Chimkentda
      ['content/guide/uz/x.md', 16, 'avoid'], // XKM
    ]);
    expect(found[1].message).toMatch(
      /"Chimkentda" is a variant to avoid .* use "Shimkent" \(content\/glossary\/uz\.md, line 9\)/,
    );
  });

  it('leaves keywords and addresses alone (readers search with those words)', () => {
    const found = findAvoided('f.md', markdownParts(chapter('Matn.')), glossary);
    expect(found.map((f) => f.line)).toEqual([3]);
  });

  it('a regular expression catches the generic term but not the precise ones', () => {
    const text =
      'Yashash uchun ruxsatnomasi boʻlmasa. Doimiy yashash uchun ruxsatnoma bor. Vaqtincha yashash uchun ruxsatnoma (РВП).';
    const found = findAvoided('src/i18n/uz.json', [{ text, line: 12 }], glossary);
    expect(found).toHaveLength(1);
    expect(found[0].line).toBe(12);
    expect(found[0].message).toMatch(/"Yashash uchun ruxsatnoma"/);
  });

  it('does not match inside another word', () => {
    expect(findAvoided('f', [{ text: 'AXKMB va PreChimkent', line: 1 }], glossary)).toEqual([]);
  });

  it('reads UI strings line by line and contact texts in the language only', () => {
    const json = '{\n  "a": "Shimkent",\n  "b": "Chimkent shahri"\n}';
    expect(findAvoided('src/i18n/uz.json', jsonParts(json), glossary).map((f) => f.line)).toEqual([
      3,
    ]);
    const yaml = 'name:\n  ru: "Chimkent"\n  uz: "Chimkent shahri"\n';
    expect(
      findAvoided('content/contacts/x.yaml', yamlLanguageParts(yaml, 'uz'), glossary).map(
        (f) => f.line,
      ),
    ).toEqual([3]);
  });
});

describe('Russian form at first mention', () => {
  it('reports a chapter whose first mention lacks the Russian form, with file and line', () => {
    const text = chapter(
      '## Mehnat inspeksiyasi\n\nIsh haqi toʻlanmasa, mehnat inspeksiyasiga boring.\n\nMehnat inspeksiyasi (инспекция труда) tekshiradi.',
    );
    const found = findMissingFirstMentions('content/guide/uz/rights.md', text, glossary);
    expect(found).toHaveLength(1);
    expect(formatFinding(found[0])).toMatch(
      /^content\/guide\/uz\/rights\.md:14: \[first-mention\] the chapter's first mention of «инспекция труда» \("mehnat inspeksiyasiga"\) needs the Russian form .* "mehnat inspeksiyasiga \(инспекция труда\)"/,
    );
  });

  it('passes when the Russian form is in the same sentence, and ignores headings', () => {
    const text = chapter(
      '## Mehnat inspeksiyasi\n\nIsh haqi toʻlanmasa, **mehnat inspeksiyasiga** (инспекция труда) boring. Keyin mehnat inspeksiyasi javob beradi.',
    );
    expect(findMissingFirstMentions('f.md', text, glossary)).toEqual([]);
  });

  it('does not accept the Russian form in the next sentence', () => {
    const text = chapter('Mehnat inspeksiyasiga boring. Bu инспекция труда.');
    expect(findMissingFirstMentions('f.md', text, glossary)).toHaveLength(1);
  });

  it('a bare Russian abbreviation at first mention needs the translated name too', () => {
    const text = chapter('Ariza ЦОНga beriladi.\n\nAholiga xizmat koʻrsatish markazi (ЦОН) ochiq.');
    const found = findMissingFirstMentions('content/guide/uz/reg.md', text, glossary);
    expect(found.map((f) => [f.line, f.rule])).toEqual([[12, 'first-mention']]);
    expect(found[0].message).toMatch(
      /needs the translated term .* "aholiga xizmat koʻrsatish markazi \(ЦОНga\)"/,
    );
  });

  it('says nothing about a term the chapter does not use', () => {
    expect(findMissingFirstMentions('f.md', chapter('Boshqa mavzu.'), glossary)).toEqual([]);
  });
});

describe('sentences and blocks', () => {
  it('does not end a sentence inside brackets', () => {
    const t = 'Birinchi. Ikkinchi (masalan, 33-modda. keyin) davomi. Uchinchi.';
    const [from, to] = sentenceAround(t, t.indexOf('davomi'));
    expect(t.slice(from, to).trim()).toBe('Ikkinchi (masalan, 33-modda. keyin) davomi.');
  });

  it('splits a chapter into blocks with their line numbers', () => {
    const { blocks, bodyStart } = splitMarkdown(
      '---\ntitle: x\n---\n\n## H\n\nPara one\ncontinues.\n- a\n- b\n\n> [!NOTE]\n> text\n\n| a |\n| - |\n',
    );
    expect(bodyStart).toBe(4);
    expect(blocks.map((b) => [b.kind, b.startLine, b.endLine])).toEqual([
      ['heading', 5, 5],
      ['paragraph', 7, 8],
      ['item', 9, 9],
      ['item', 10, 10],
      ['quote', 12, 13],
      ['table', 15, 16],
    ]);
  });
});
