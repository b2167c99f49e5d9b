import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import {
  articleNumbers,
  compareTranslation,
  formatProblem,
  paragraphs,
  phoneNumbers,
} from '../../../src/lib/translation/parity.ts';
import { checkParity } from '../../../src/lib/translation/parityCheck.ts';

const ru = `---
title: "x"
---

Штраф {{fact:koap-517-4}} (КоАП РК, ст. 517, ч. 4). Звоните [115](tel:115).

- Работодателю: ст. 519.
- Трудовой кодекс, ст. 68–88, 112–115.

> [!UNVERIFIED]
> Номер +7 495 967 98 44 мы не проверили.
`;

describe('translation parity', () => {
  it('reads article numbers as each language writes them', () => {
    expect(articleNumbers('КоАП РК, ст. 517, ч. 4; статья 6-1; ст. 18.10')).toEqual([
      '18.10',
      '517',
      '6-1',
    ]);
    expect(articleNumbers('Arts. 22, 23 and Art. 6-1')).toEqual(['22', '23', '6-1']);
    expect(articleNumbers('517-modda, 5-qism; 77, 78-moddalar; 6-1-modda')).toEqual([
      '517',
      '6-1',
      '77',
      '78',
    ]);
    expect(articleNumbers('моддаи 517; моддаҳои 77, 78')).toEqual(['517', '77', '78']);
    // Two articles joined by "and" in each language are two articles, as with a comma.
    for (const t of [
      'ст. 126 и 128',
      'Arts. 126 and 128',
      '126 va 128-moddalar',
      'моддаҳои 126 ва 128',
      '126 жана 128-беренелер',
    ])
      expect(articleNumbers(t)).toEqual(['126', '128']);
    expect(articleNumbers('517-берене; 22, 23-беренелер')).toEqual(['22', '23', '517']);
    expect(articleNumbers('ст. 68–88')).toEqual(['68', '88']);
  });
  it('reads phone numbers from tel: links and running text', () => {
    expect(phoneNumbers('[115](tel:115) и +7 495 967 98 44, [+7 717](tel:+7717)')).toEqual([
      '+74959679844',
      '+7717',
      '115',
    ]);
  });
  it('splits the body into paragraphs and list items', () => {
    expect(paragraphs(ru).map((p) => p.line)).toEqual([5, 7, 8, 10]);
  });
  it('passes a faithful translation', () => {
    const en = ru
      .replace('Штраф', 'Fine')
      .replace('(КоАП РК, ст. 517, ч. 4)', '(Code of Administrative Offences, Art. 517, part 4)')
      .replace('Работодателю: ст. 519.', 'Employer: Art. 519.')
      .replace('Трудовой кодекс, ст. 68–88, 112–115.', 'Labour Code, Arts. 68–88, 112–115.');
    expect(compareTranslation('en.md', en, 'ru.md', ru)).toEqual([]);
  });
  it('names the file and the paragraph when a phone number, an article, a figure or a box differs', () => {
    const en = ru
      .replace('(tel:115)', '(tel:112)')
      .replace('ст. 519', 'Art. 518')
      .replace('{{fact:koap-517-4}}', '{{fact:koap-517-5}}')
      .replace('> [!UNVERIFIED]\n> Номер', 'The number');
    const problems = compareTranslation('content/guide/en/x.md', en, 'content/guide/ru/x.md', ru);
    const text = problems.map(formatProblem);
    expect(text).toContainEqual(
      expect.stringMatching(
        /^content\/guide\/en\/x\.md, paragraph 1 \(line 5, "Штраф \{\{fact:koap-517-5\}\}.*figures koap-517-5; the Russian has koap-517-4/,
      ),
    );
    expect(text).toContainEqual(
      expect.stringMatching(/paragraph 1 .*phone numbers 112; the Russian has 115/),
    );
    expect(text).toContainEqual(
      expect.stringMatching(/paragraph 2 .*article numbers 518; the Russian has 519/),
    );
    expect(text).toContainEqual(
      expect.stringMatching(/paragraph 4 .*no "not verified" box; the Russian has one here/),
    );
  });
  it('names where the paragraphs stop lining up when a translation has more or fewer', () => {
    const en = ru.replace('> [!UNVERIFIED]\n> Номер +7 495 967 98 44 мы не проверили.\n', '');
    const [p] = compareTranslation('en.md', en, 'ru.md', ru);
    expect(p.message).toMatch(/phone numbers 115; the Russian has \+74959679844, 115/);
    expect(p.message).toMatch(/3 paragraphs and the Russian 4/);
  });
  it('holds for every up-to-date translation in content/ (translations made from an older Russian text may lag)', () => {
    const root = fileURLToPath(new URL('../../../content', import.meta.url));
    const { errors } = checkParity(root);
    expect(errors.map(formatProblem)).toEqual([]);
  }, 60_000);
});
