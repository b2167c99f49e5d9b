/**
 * The one place where the site's languages are declared. Routes, <html lang>, hreflang alternates,
 * the language switcher, the fallback chain, Pagefind's per-language index and the sitemap are all
 * derived from this list: adding a language means one entry here, one `src/i18n/<code>.json` and content.
 */

export interface LocaleConfig {
  /** Folder and URL segment: `content/guide/<code>/`, `/<code>/…`. */
  code: string;
  /** BCP 47 tag for `<html lang>`, hreflang and Intl formatting. Uzbek is written in Latin script here. */
  htmlLang: string;
  /** The language's name in its own language and script, as shown in the language chooser. */
  nativeName: string;
  /** English name, for editors' reports. */
  englishName: string;
  dir: 'ltr' | 'rtl';
  /** Languages to show, in order, when a page does not exist in this one. The default locale ends every chain. */
  fallback: string[];
  /** Locale passed to Intl.DateTimeFormat / NumberFormat. */
  intl: string;
}

export const defaultLocale = 'ru';

export const locales: readonly LocaleConfig[] = [
  {
    code: 'ru',
    htmlLang: 'ru',
    nativeName: 'Русский',
    englishName: 'Russian',
    dir: 'ltr',
    fallback: [],
    intl: 'ru-RU',
  },
  {
    code: 'uz',
    htmlLang: 'uz-Latn',
    nativeName: 'Oʻzbekcha',
    englishName: 'Uzbek (Latin)',
    dir: 'ltr',
    fallback: ['ru'],
    intl: 'uz-Latn-UZ',
  },
  {
    code: 'tg',
    htmlLang: 'tg',
    nativeName: 'Тоҷикӣ',
    englishName: 'Tajik',
    dir: 'ltr',
    fallback: ['ru'],
    intl: 'tg-TJ',
  },
  {
    code: 'ky',
    htmlLang: 'ky',
    nativeName: 'Кыргызча',
    englishName: 'Kyrgyz',
    dir: 'ltr',
    fallback: ['ru'],
    intl: 'ky-KG',
  },
  {
    code: 'en',
    htmlLang: 'en',
    nativeName: 'English',
    englishName: 'English',
    dir: 'ltr',
    fallback: ['ru'],
    intl: 'en-GB',
  },
];

export const localeCodes: string[] = locales.map((l) => l.code);
