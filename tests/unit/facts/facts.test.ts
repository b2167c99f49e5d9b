import { describe, expect, it } from 'vitest';
import { FactFormatter, parseForms } from '../../../src/lib/facts/format.ts';
import { factsFromFiles, FactsError, parseFactFile } from '../../../src/lib/facts/load.ts';
import {
  checkReferences,
  compareReferences,
  scanReferences,
} from '../../../src/lib/facts/references.ts';
import { isStale, staleFacts } from '../../../src/lib/facts/stale.ts';
import { resolveFacts } from '../../../src/lib/facts/plain.ts';
import { buildToday } from '../../../src/config/site.ts';
import { narrationSentences } from '../../../src/lib/video/parse.ts';
import { facts, factFiles, strings } from './fixtures.ts';

const NB = '\u00a0';
const fmt = (lang: string) => new FactFormatter(lang, strings[lang], facts);
/** Intl's group separator differs by runtime (NBSP or narrow NBSP): compare with plain spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('rendering a figure in each language', () => {
  it('renders an amount in tenge in the reader number format', () => {
    expect(plain(fmt('ru').render('mrp').text)).toBe('4 325 тенге');
    expect(plain(fmt('en').render('mrp').text)).toBe('4,325 tenge');
    expect(plain(fmt('uz').render('mrp').text)).toBe('4 325 tenge');
    expect(plain(fmt('tg').render('mrp').text)).toBe('4 325 танга');
    expect(plain(fmt('ky').render('mrp').text)).toBe('4 325 теңге');
  });
  it('keeps the number and its unit together', () => {
    expect(fmt('ru').render('mrp').text).toMatch(new RegExp(`325${NB}тенге$`));
  });
  it('computes the tenge of a fine in МРП from the current МРП, never typed', () => {
    expect(plain(fmt('ru').render('koap-517-4').text)).toBe('25 МРП (108 125 тенге)');
    expect(plain(fmt('en').render('koap-517-4').text)).toBe('25 MRP (108,125 tenge)');
    expect(plain(fmt('tg').render('koap-517-4').text)).toBe('25 МРП (108 125 танга)');
    const cheaper = factsFromFiles(
      factFiles.map((f) =>
        f.name === 'mrp.yaml' ? { ...f, text: f.text.replace('4325', '4000') } : f,
      ),
    );
    expect(plain(new FactFormatter('ru', strings.ru, cheaper).render('koap-517-4').text)).toBe(
      '25 МРП (100 000 тенге)',
    );
  });
  it('renders a multiple: of the МРП as МРП with tenge, of other figures as the amount', () => {
    expect(plain(fmt('ru').render('mrp', 4).text)).toBe('4 МРП (17 300 тенге)');
    expect(plain(fmt('en').render('mrp', 4).text)).toBe('4 MRP (17,300 tenge)');
    expect(plain(fmt('ky').render('mrp', 4).text)).toBe('4 МРП (17 300 теңге)');
    expect(plain(fmt('uz').render('tax', 3).text)).toBe('12 МРП (51 900 tenge)');
    expect(plain(fmt('en').render('mrp', 0.5).text)).toBe('0.5 MRP (2,162.5 tenge)');
    expect(plain(fmt('ru').render('mrp', 0.5).text)).toBe('0,5 МРП (2 162,5 тенге)');
  });
  it('uses the plural forms of each language, and the Russian genitive after "до", "в течение"', () => {
    expect(fmt('ru').render('registration-deadline').text).toBe(`30${NB}дней`);
    expect(fmt('ru').render('overstay-warning-days').text).toBe(`3${NB}дня`);
    expect(fmt('ru').render('overstay-warning-days', 1, 'просрочка до ').text).toBe(`3${NB}дней`);
    expect(fmt('ru').render('host-notice', 1, 'в течение ').text).toBe(`3${NB}рабочих дней`);
    expect(fmt('ru').render('host-notice').text).toBe(`3${NB}рабочих дня`);
    expect(fmt('en').render('registration-deadline').text).toBe(`30${NB}days`);
    expect(fmt('en').render('overstay-warning-days', 1 / 3).text).toBe(`1${NB}day`);
    expect(fmt('uz').render('registration-deadline').text).toBe(`30${NB}kun`);
    expect(fmt('tg').render('registration-deadline').text).toBe(`30${NB}рӯз`);
    expect(fmt('ky').render('registration-deadline').text).toBe(`30${NB}күн`);
    expect(plain(fmt('ru').render('patent').text)).toBe('10 000 рублей');
  });
  it('gives a speakable form: digits without group spaces, the tenge amount of a fine', () => {
    expect(fmt('ru').render('minimum-wage').speakable).toBe('85000 тенге');
    expect(fmt('ru').render('koap-517-4').speakable).toBe('108125 тенге');
    expect(fmt('en').render('mrp', 4).speakable).toBe('17300 tenge');
  });
  it('says which figures a rendering depends on, and whether it is unverified', () => {
    expect(
      fmt('ru')
        .render('koap-517-4')
        .uses.map((f) => f.id),
    ).toEqual(['koap-517-4', 'mrp']);
    expect(fmt('ru').render('tax').unverified).toBe(true);
    expect(fmt('ru').render('mrp').unverified).toBe(false);
  });
  it('reads unit words written as plural forms', () => {
    expect([...parseForms('one:day|other:days', 'k')]).toEqual([
      ['one', 'day'],
      ['other', 'days'],
    ]);
    expect(() => parseForms('day, days', 'fact.unit.days')).toThrow(/fact\.unit\.days/);
    expect(() => parseForms('one:day', 'fact.unit.days')).toThrow(/other/);
  });
});

describe('references in text', () => {
  it('finds references and multiples with their lines', () => {
    const { refs, problems } = scanReferences(
      'a {{fact:mrp}}\nb {{fact:mrp x4}} c {{fact:koap-517-4 x0.5}}',
    );
    expect(problems).toEqual([]);
    expect(refs.map((r) => [r.id, r.multiple, r.line])).toEqual([
      ['mrp', 1, 1],
      ['mrp', 4, 2],
      ['koap-517-4', 0.5, 2],
    ]);
  });
  it('reports near misses with the line and the expected form', () => {
    for (const bad of [
      '{{fact: mrp}}',
      '{{fakt:mrp}}',
      '{{fact:mrp',
      '{fact:mrp}',
      '{{fact:MRP}}',
      '{{fact:mrp x}}',
      '{{fact:mrp ×4}}',
      '{{ fact:mrp }}',
    ]) {
      const { problems } = scanReferences(`line one\nШтраф ${bad} тенге`);
      expect(problems, bad).toHaveLength(1);
      expect(problems[0].line).toBe(2);
      expect(problems[0].message).toContain('{{fact:id}}');
    }
  });
  it('stops on an unknown id, naming the file and the line', () => {
    const out = checkReferences(
      'content/guide/ru/money.md',
      'x\n\nШтраф {{fact:koap-999}}.',
      facts,
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(
      /^content\/guide\/ru\/money\.md, line 3: "\{\{fact:koap-999\}\}" names no figure/,
    );
  });
  it('accepts a translation with the same references in another order', () => {
    expect(
      compareReferences(
        'en.md',
        '{{fact:mrp x4}} and {{fact:mrp}}',
        'ru.md',
        '{{fact:mrp}} и {{fact:mrp x4}}',
      ),
    ).toEqual([]);
  });
  it('reports a translation whose references differ from the Russian', () => {
    const out = compareReferences(
      'content/guide/en/money.md',
      'one {{fact:mrp}}\ntwo {{fact:mrp x3}}',
      'content/guide/ru/money.md',
      'один {{fact:mrp}}\nдва {{fact:mrp x4}}',
    );
    expect(out).toEqual([
      'content/guide/en/money.md: expected {{fact:mrp x4}} as in content/guide/ru/money.md line 2, but this translation has one fewer',
      'content/guide/en/money.md, line 2: {{fact:mrp x3}} is not in content/guide/ru/money.md (the Russian chapter): expected the same figures as there',
    ]);
  });
});

describe('figure files', () => {
  it('name the file and the field when a value is wrong', () => {
    const r = parseFactFile('mrp.yaml', 'value: "4 325"\nunit: tenge\n');
    expect(r.fact).toBeUndefined();
    expect(r.problems.join('\n')).toMatch(
      /content\/facts\/mrp\.yaml: field "value" must be a number/,
    );
    expect(r.problems.join('\n')).toMatch(/field "group"/);
  });
  it('refuse an id that is not lowercase with hyphens', () => {
    expect(parseFactFile('KoAP_517.yaml', 'value: 1').problems[0]).toMatch(
      /lowercase letters, digits and hyphens/,
    );
  });
  it('need the МРП figure to compute fines', () => {
    expect(() => factsFromFiles(factFiles.filter((f) => f.name !== 'mrp.yaml'))).toThrow(
      FactsError,
    );
  });
  it('refuse a validity that ends before it starts', () => {
    const bad = factFiles[0].text.replace('validUntil: 2026-12-31', 'validUntil: 2025-12-31');
    expect(parseFactFile('mrp.yaml', bad).problems.join()).toMatch(
      /validUntil.*must not be before validFrom/,
    );
  });
});

describe('stale figures with an injected date', () => {
  it('are stale only after their last valid day', () => {
    const mrp = facts.get('mrp')!;
    expect(isStale(mrp, new Date('2026-12-31T00:00:00Z'))).toBe(false);
    expect(isStale(mrp, new Date('2027-01-01T00:00:00Z'))).toBe(true);
    expect(isStale(facts.get('koap-517-4')!, new Date('2040-01-01T00:00:00Z'))).toBe(false);
    expect(
      staleFacts(facts, new Date('2027-02-01T00:00:00Z'))
        .map((f) => f.id)
        .sort(),
    ).toEqual(['minimum-wage', 'mrp']);
  });
  it('take today from BUILD_DATE, and refuse a malformed one', () => {
    expect(buildToday({ BUILD_DATE: '2027-02-01' }).toISOString()).toBe('2027-02-01T00:00:00.000Z');
    expect(() => buildToday({ BUILD_DATE: '2027-02-30' })).toThrow(
      /BUILD_DATE is "2027-02-30": expected a date written as YYYY-MM-DD/,
    );
    expect(() => buildToday({ BUILD_DATE: '1.2.2027' })).toThrow(/YYYY-MM-DD/);
  });
});

describe('figures in video narration', () => {
  it('show the text form on captions and say the speakable form', () => {
    const resolve = (t: string, form: 'text' | 'speakable') => resolveFacts(t, fmt('ru'), form);
    const out = narrationSentences(
      'Минимальная зарплата — {{fact:minimum-wage}} в месяц. Половина МРП — {{fact:mrp x0.5}}.',
      resolve,
    );
    expect(out).toHaveLength(2);
    expect(plain(out[0].text)).toBe('Минимальная зарплата — 85 000 тенге в месяц.');
    expect(out[0].spoken).toBe('Минимальная зарплата — 85000 тенге в месяц.');
    expect(out[1].spoken).toBe('Половина МРП — 2162,5 тенге.');
  });
});
