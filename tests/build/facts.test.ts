// Figures ({{fact:…}}) in a real build: a mistake in a reference stops the build with the file, the
// line and what was expected; a figure whose validity has ended shows a notice on every page that uses
// it, in every language. The date is injected (BUILD_DATE): no result depends on the calendar.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brokenBuilds, edit } from '../support/brokenBuild.ts';
import { localeCodes } from '../../src/config/locales.ts';

const { buildWith, cleanup } = brokenBuilds('facts');
afterAll(cleanup);

describe('figure references stop the build when wrong', () => {
  it('an unknown id', () => {
    const r = buildWith(
      'unknown-id',
      (d) => edit(join(d, 'guide/ru/money.md'), '{{fact:minimum-wage}}', '{{fact:minimal-wage}}'),
      { BUILD_DATE: '2026-12-06' },
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(
      /content\/guide\/ru\/money\.md, line \d+: "\{\{fact:minimal-wage\}\}" names no figure: expected one of the ids in content\/facts\//,
    );
  });

  it('a malformed reference, and a translation whose figures differ from the Russian', () => {
    const r = buildWith(
      'malformed',
      (d) => {
        edit(join(d, 'guide/en/money.md'), '{{fact:minimum-wage}}', '{{fact: minimum-wage}}');
        edit(join(d, 'guide/uz/leaving.md'), '{{fact:koap-517-6}}', '{{fact:koap-517-4}}');
      },
      { BUILD_DATE: '2026-12-06' },
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(
      /content\/guide\/en\/money\.md, line \d+: malformed figure reference near ".*\{\{fact: minimum-wage\}\}.*": write a figure as \{\{fact:id\}\}/,
    );
    expect(r.output).toMatch(
      /content\/guide\/en\/money\.md: expected \{\{fact:minimum-wage\}\} as in content\/guide\/ru\/money\.md line \d+/,
    );
    expect(r.output).toMatch(
      /content\/guide\/uz\/leaving\.md: expected \{\{fact:koap-517-6\}\} as in content\/guide\/ru\/leaving\.md line \d+/,
    );
    expect(r.output).toMatch(
      /content\/guide\/uz\/leaving\.md, line \d+: \{\{fact:koap-517-4\}\} is not in content\/guide\/ru\/leaving\.md/,
    );
  });

  it('a figure file with a bad field', () => {
    const r = buildWith(
      'bad-fact',
      (d) => edit(join(d, 'facts/mrp.yaml'), /^value: .*$/m, 'value: "4 325 тенге"'),
      { BUILD_DATE: '2026-12-06' },
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/content\/facts\/mrp\.yaml: field "value" must be a number/);
  });
});

describe('a figure whose validity has ended', () => {
  it('shows a notice on every page that uses it, in all five languages; the site still builds', () => {
    const r = buildWith('stale', () => {}, { BUILD_DATE: '2027-02-01' });
    expect(r.status, r.output.slice(-3000)).toBe(0);
    const words: Record<string, string> = {
      ru: 'сумма на 2026 год',
      uz: '2026-yil uchun summa',
      tg: 'маблағ барои соли 2026',
      ky: '2026-жылга карата сумма',
      en: 'amount for 2026',
    };
    for (const lang of localeCodes) {
      const page = readFileSync(join(r.out, lang, 'guide', 'money', 'index.html'), 'utf8');
      expect(page, lang).toContain('data-stale-fact="mrp"');
      expect(page, lang).toContain('data-stale-fact="minimum-wage"');
      expect(page, lang).toContain(words[lang]);
      expect(page, lang).toContain(`/${lang}/figures/#mrp`);
      // Every chapter that uses an amount in МРП or tenge says so; one that uses none does not.
      const chapters = readdirSync(join(r.out, lang, 'guide')).filter((d) =>
        existsSync(join(r.out, lang, 'guide', d, 'index.html')),
      );
      const withNotice = chapters.filter((c) =>
        readFileSync(join(r.out, lang, 'guide', c, 'index.html'), 'utf8').includes(
          'data-stale-fact=',
        ),
      );
      expect(withNotice, lang).toEqual(
        expect.arrayContaining([
          'border-and-stay',
          'leaving',
          'registration',
          'work-permit',
          'housing',
          'money',
          'rights-at-work',
          'russia',
        ]),
      );
      expect(withNotice, lang).not.toContain('trafficking');
      expect(readFileSync(join(r.out, lang, 'figures', 'index.html'), 'utf8')).toContain(
        'data-stale-fact="mrp"',
      );
    }
    expect(
      readFileSync(join(r.out, 'ru', 'videos', 'unpaid-wages', 'index.html'), 'utf8'),
    ).toContain('data-stale-fact="minimum-wage"');
    expect(readFileSync(join(r.out, 'translation-status', 'index.html'), 'utf8')).toMatch(
      /data-stale-fact="mrp"[^>]*>.*content\/facts\/mrp\.yaml/,
    );
  });
});
