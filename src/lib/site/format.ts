/**
 * The one size formatter: every file size a reader sees (video download, print documents, the one-file
 * guide, "save for offline") and the sizes the scripts print.
 *
 * Base 1000: a kilobyte is 1000 bytes and a megabyte 1,000,000, as phones show sizes in their file
 * manager and download list (Android's Formatter.formatFileSize uses SI units since Android 8, iOS
 * since iOS 10), so the number on the page matches the number on the phone.
 * Rounding: under 1 MB in whole KB (at least 1), from 1 MB with one decimal. The number is written
 * with Intl.NumberFormat in the reader's locale ("1,5 МБ" in Russian, "1.5 MB" in English); the unit
 * comes from the UI strings as a template with {n}. Pure, so browser code can import it.
 */
export type SizeUnit = 'KB' | 'MB';

/** UI-string templates for each unit, with {n} where the number goes: { KB: '{n} КБ', MB: '{n} МБ' }. */
export type SizeTemplates = Record<SizeUnit, string>;

/** The units for sizes in the scripts' and the build's English log lines. */
export const ENGLISH_SIZES: SizeTemplates = { KB: '{n} KB', MB: '{n} MB' };

/** A size in bytes as a number and a unit, rounded as people read it: 365 900 → 366 KB, 1 250 000 → 1.3 MB. */
export function sizeParts(bytes: number): { value: number; unit: SizeUnit } {
  if (bytes < 999_500) return { value: Math.max(1, Math.round(bytes / 1000)), unit: 'KB' };
  return { value: Math.round(bytes / 100_000) / 10, unit: 'MB' };
}

/**
 * The locale Intl uses for a BCP 47 tag. A browser whose Intl lacks one of our languages (a reduced ICU
 * may have no Tajik or Kyrgyz) would silently write numbers the English way; every language of the site
 * but English writes a decimal comma and a space between thousands, as Russian does, so Russian is the
 * deliberate fallback.
 */
export function numberLocale(tag: string): string {
  return Intl.NumberFormat.supportedLocalesOf([tag]).length ? tag : 'ru';
}

/** A size in bytes as text for a reader: formatSize(1_500_000, 'ru-RU', { KB: '{n} КБ', MB: '{n} МБ' }) → "1,5 МБ". */
export function formatSize(bytes: number, tag: string, templates: SizeTemplates): string {
  const { value, unit } = sizeParts(bytes);
  return templates[unit].replace(
    '{n}',
    new Intl.NumberFormat(numberLocale(tag), { maximumFractionDigits: 1 }).format(value),
  );
}
