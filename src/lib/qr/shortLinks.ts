/**
 * What the printed QR codes lead to: one short link per code ever issued (/q/<code>/), to its page or,
 * when the page is gone, to the nearest page above it that still exists; the file names of each page's
 * QR images; and which site URL codes may be made for. Pure: src/integrations/qrSheets.ts reads the built
 * site and writes the short-link pages, images, sheets and manifest.
 */
import { defaultLocale, locales } from '../../config/locales.ts';
import { makeTranslator, type UiStrings } from '../site/i18n.ts';
import { langOfPath, withBase } from '../site/routes.ts';
import { resolveEntry, shortPathOf, type Registry } from './registry.ts';
import { shortLinkHtml } from './shortLinkPage.ts';

/** 3 cm at 300 dpi: the smallest width of the code itself in the PNG images for print. */
export const PNG_CODE_PX = 354;

/**
 * Why QR codes cannot be made for this site URL, or undefined when they can. Printed codes must point to
 * the public https address: a localhost or http code on paper would fail (or be hijackable) for years.
 */
export function siteUrlProblem(url: string, isPublic: boolean): string | undefined {
  if (!isPublic) {
    return 'SITE_URL is not set, so the site is built for local preview (http://localhost). Printed QR codes must point to the public address: set SITE_URL=https://… (for example https://ngo.github.io/migrant-guide/).';
  }
  if (!url.startsWith('https://')) {
    return `SITE_URL is "${url}". Printed QR codes must use an https:// address (phones warn about or block http links). Set SITE_URL=https://….`;
  }
  return undefined;
}

export interface ManifestCode {
  code: string;
  lang: string;
  /** The page the code was issued for (registry path). */
  path: string;
  /** Where it leads now: the same path, or its nearest existing parent when the page is gone. */
  target: string;
  title: string;
  url: string;
  shortUrl: string;
  images?: { svg: string; png: string };
}

/** File name of a page's image: '/ru/guide/police/' → 'guide-police', '/ru/' → 'home'. */
export function imageName(path: string): string {
  const rest = path.split('/').filter(Boolean).slice(1);
  return rest.length ? rest.join('-') : 'home';
}

export interface ShortLinkInput {
  registry: Registry;
  /** Whether a page (site path without the base) is built. */
  exists: (path: string) => boolean;
  /** A built page's title as readers see it. */
  titleOf: (path: string) => string | undefined;
  dictionaries: Record<string, UiStrings>;
  /** Public site URL ending in '/'. */
  siteUrl: string;
  /** Base path ('/migrant-guide/'). */
  base: string;
}

export interface ShortLink {
  code: ManifestCode;
  html: string;
  moved: boolean;
}

/** Every code of the registry with its short-link page; throws when a code leads nowhere. */
export function shortLinks(o: ShortLinkInput): ShortLink[] {
  const absolute = (path: string) => new URL(path.replace(/^\//, ''), o.siteUrl).href;
  return o.registry.entries.map((entry) => {
    const target = resolveEntry(entry, o.exists);
    if (!o.exists(target)) {
      throw new Error(
        `QR registry ${o.registry.file}: code "${entry.code}" (${entry.path}) leads nowhere — neither the page nor any page above it is built. Set its "path" to the page that replaced it.`,
      );
    }
    const lang = langOfPath(target) ?? langOfPath(entry.path) ?? defaultLocale;
    const t = makeTranslator(lang, o.dictionaries);
    const title = o.titleOf(target) ?? t('site.name');
    const html = shortLinkHtml({
      htmlLang: locales.find((l) => l.code === lang)!.htmlLang,
      title,
      siteName: t('site.name'),
      text: t('qr.redirect.text'),
      targetHref: withBase(o.base, target),
      canonical: absolute(target),
    });
    const code: ManifestCode = {
      code: entry.code,
      lang,
      path: entry.path,
      target,
      title,
      url: absolute(target),
      shortUrl: absolute(shortPathOf(entry.code)),
    };
    return { code, html, moved: target !== entry.path };
  });
}
