/**
 * The card sheets and the one-page leaflet of one language, from its pages and their short links:
 * the texts in that language, the check that the fonts have every letter, and the two PDFs (qrPdf.ts).
 * Pure: src/integrations/qrSheets.ts writes them into the built site.
 */
import type { LocaleConfig } from '../../config/locales.ts';
import { emergencyNumbers } from '../../config/emergency.ts';
import { makeTranslator, type UiStrings } from '../site/i18n.ts';
import { paths } from '../site/routes.ts';
import type { QrPage } from '../qr/pages.ts';
import { checkGlyphs } from './glyphs.ts';
import { cardsPdf, leafletPdf, type PdfStats, type SheetItem } from './qrPdf.ts';

/** The pages on the one-page leaflet, in this order; a page that is not built (yet) is left out. */
export const leafletPaths = (lang: string): string[] => [
  paths.home(lang),
  paths.chapter(lang, 'registration'),
  paths.chapter(lang, 'rights-at-work'),
  paths.chapter(lang, 'police'),
  paths.chapter(lang, 'health'),
  paths.chapter(lang, 'lost-documents'),
  paths.help(lang),
  paths.map(lang),
];

export interface LanguageSheets {
  cards: PdfStats;
  leaflet: PdfStats;
}

/**
 * A language's card sheets (every page of that language) and leaflet (the pages of `leafletPaths`).
 * `shortUrlOf` gives a page's full https short link.
 */
export async function languageSheets(
  locale: LocaleConfig,
  pages: QrPage[],
  shortUrlOf: (path: string) => string,
  dictionaries: Record<string, UiStrings>,
): Promise<LanguageSheets> {
  const t = makeTranslator(locale.code, dictionaries);
  const pageByPath = new Map(pages.map((p) => [p.path, p]));
  const item = (p: QrPage): SheetItem => {
    const shortUrl = shortUrlOf(p.path);
    return { title: p.title, qrText: shortUrl, shortText: shortUrl.replace(/^https:\/\//, '') };
  };
  const cardItems = pages.map(item);
  const leafletItems = leafletPaths(locale.code)
    .filter((p) => pageByPath.has(p))
    .map((p) => item(pageByPath.get(p)!));
  const base = {
    htmlLang: locale.htmlLang,
    langName: locale.nativeName,
    siteName: t('site.name'),
    orType: t('print.orType'),
  };
  const leafletText = {
    ...base,
    heading: t('print.leaflet.title'),
    tagline: t('site.tagline'),
    emergencyTitle: t('home.emergency.title'),
    emergency: emergencyNumbers.map((e) => ({ number: e.number, label: t(e.label) })),
    scanHint: t('print.scanHint'),
    footer: `${t('footer.disclaimer')} ${t('footer.privacy')}`,
  };
  // Every card carries the emergency number and the ambulance.
  const calls = (['112', '103'] as const).map((n) => `${n} ${t(`call.${n}`)}`);
  const texts = [
    ...calls,
    ...Object.values(leafletText).flatMap((v) =>
      typeof v === 'string' ? [v] : v.map((e) => e.label),
    ),
    ...cardItems.map((i) => i.title),
  ];
  checkGlyphs(['regular', 'bold'], texts);
  checkGlyphs(
    ['mono'],
    cardItems.map((i) => i.shortText),
  );
  return {
    cards: await cardsPdf(cardItems, { ...base, heading: t('print.cards.title'), calls }),
    leaflet: await leafletPdf(leafletItems, leafletText),
  };
}
