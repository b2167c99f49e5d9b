import { describe, expect, it } from 'vitest';
import { locales } from '../../../src/config/locales.ts';
import {
  ENGLISH_SIZES,
  formatSize,
  numberLocale,
  sizeParts,
} from '../../../src/lib/site/format.ts';

const intl = (code: string) => locales.find((l) => l.code === code)!.intl;
const ru = { KB: '{n} КБ', MB: '{n} МБ' };

describe('sizeParts', () => {
  // Moved from the video tests (media.ts sizeParts) when the size formatters became one.
  it('says sizes the way people read them', () => {
    expect(sizeParts(365_900)).toEqual({ value: 366, unit: 'KB' });
    expect(sizeParts(1_250_000)).toEqual({ value: 1.3, unit: 'MB' });
  });

  it('counts 1000 bytes to a kilobyte, as phones do, and never says 0 KB', () => {
    expect(sizeParts(1000)).toEqual({ value: 1, unit: 'KB' });
    expect(sizeParts(300)).toEqual({ value: 1, unit: 'KB' });
    expect(sizeParts(999_000)).toEqual({ value: 999, unit: 'KB' });
    // Would round to "1000 KB": says 1 MB instead.
    expect(sizeParts(999_600)).toEqual({ value: 1, unit: 'MB' });
    expect(sizeParts(2_500_000)).toEqual({ value: 2.5, unit: 'MB' });
  });
});

describe('formatSize', () => {
  // Moved from the print-page tests (print/documents.ts formatSize).
  it('formats sizes', () => {
    expect(formatSize(300, 'en', ENGLISH_SIZES)).toBe('1 KB');
  });

  it('writes the decimal separator of each language of the site', () => {
    const mb = 1_500_000;
    expect(formatSize(mb, intl('ru'), ru)).toBe('1,5 МБ');
    expect(formatSize(mb, intl('uz'), { KB: '{n} KB', MB: '{n} MB' })).toBe('1,5 MB');
    expect(formatSize(mb, intl('tg'), ru)).toBe('1,5 МБ');
    expect(formatSize(mb, intl('ky'), ru)).toBe('1,5 МБ');
    expect(formatSize(mb, intl('en'), ENGLISH_SIZES)).toBe('1.5 MB');
  });

  it('writes whole megabytes without a trailing ",0"', () => {
    expect(formatSize(3_000_000, intl('ru'), ru)).toBe('3 МБ');
  });

  it('groups thousands the local way in a large size', () => {
    expect(formatSize(1_234_500_000, intl('ru'), ru)).toBe('1\u00a0234,5 МБ');
    expect(formatSize(1_234_500_000, intl('en'), ENGLISH_SIZES)).toBe('1,234.5 MB');
  });
});

describe('numberLocale', () => {
  it('keeps the locales of the site (Node has all of them)', () => {
    for (const l of locales) expect(numberLocale(l.intl)).toBe(l.intl);
  });
  it('falls back to Russian number writing (decimal comma) when Intl lacks a locale', () => {
    expect(numberLocale('zxx-XX')).toBe('ru');
    expect(formatSize(1_500_000, 'zxx-XX', ru)).toBe('1,5 МБ');
  });
});
