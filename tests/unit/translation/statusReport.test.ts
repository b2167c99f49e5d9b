// The translators' report: each page's state in each language, and the printed table.
import { describe, expect, it } from 'vitest';
import { statusRows, formatStatusTable } from '../../../src/lib/translation/statusReport.ts';

describe('translation status', () => {
  const rows = statusRows([
    {
      section: 'guide',
      lang: 'ru',
      slug: 'police',
      version: 2,
      translation: { status: 'original' },
    },
    {
      section: 'guide',
      lang: 'en',
      slug: 'police',
      translation: { status: 'reviewed', from: 'ru', sourceVersion: 2 },
    },
    {
      section: 'guide',
      lang: 'uz',
      slug: 'police',
      translation: { status: 'machine', from: 'ru', sourceVersion: 1 },
    },
    {
      section: 'guide',
      lang: 'tg',
      slug: 'police',
      translation: { status: 'machine', from: 'ru', sourceVersion: 2 },
    },
  ]);
  it('tells missing, outdated, machine and reviewed apart', () => {
    expect(rows[0].states).toEqual({
      ru: 'original',
      uz: 'outdated',
      tg: 'machine',
      ky: 'missing',
      en: 'reviewed',
    });
  });
  it('prints a table with totals', () => {
    const text = formatStatusTable(rows);
    expect(text).toMatch(/guide\/police\s+original\s+outdated\s+machine\s+missing\s+reviewed/);
    expect(text).toMatch(/ky: 1 missing/);
  });
});
