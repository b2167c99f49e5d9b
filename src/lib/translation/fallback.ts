/**
 * Decides which language's text each page shows. Every page of the default language exists in every
 * language: where no translation exists, the fallback chain picks the text, and the page says so.
 * Used for guide chapters and videos alike.
 */
import { defaultLocale, localeCodes } from '../../config/locales.ts';
import { fallbackChain } from '../site/i18n.ts';

export interface Resolved<T> {
  /** The language of the URL (what the reader chose). */
  lang: string;
  slug: string;
  /** The language the text is actually in. */
  contentLang: string;
  isFallback: boolean;
  entry: T;
}

/** Splits a content id "uz/registration" (or "uz/registration.md") into language and slug. */
export function splitId(id: string): { lang: string; slug: string } {
  const clean = id.replace(/\.(md|mdx)$/, '');
  const slash = clean.indexOf('/');
  if (slash < 1)
    throw new Error(`Content id "${id}" is not in a language folder (expected <lang>/<slug>).`);
  return { lang: clean.slice(0, slash), slug: clean.slice(slash + 1) };
}

/**
 * For every language and every slug that exists in the default language (or any language), picks
 * the entry to show. Slugs that exist only in a non-default language are still published in every
 * language, falling back along each chain.
 */
export function resolveAll<T>(
  entries: { id: string; entry: T }[],
  langs: string[] = localeCodes,
): Resolved<T>[] {
  const byKey = new Map<string, T>();
  const slugs = new Set<string>();
  for (const { id, entry } of entries) {
    const { lang, slug } = splitId(id);
    byKey.set(`${lang}/${slug}`, entry);
    slugs.add(slug);
  }
  const out: Resolved<T>[] = [];
  for (const lang of langs) {
    for (const slug of slugs) {
      const chain = [...fallbackChain(lang), ...langs];
      const contentLang = chain.find((c) => byKey.has(`${c}/${slug}`));
      if (!contentLang) continue;
      out.push({
        lang,
        slug,
        contentLang,
        isFallback: contentLang !== lang,
        entry: byKey.get(`${contentLang}/${slug}`)!,
      });
    }
  }
  return out;
}

/** Languages in which a slug really exists (not as a fallback): for hreflang and the sitemap. */
export function realTranslations(entries: { id: string }[], slug: string): string[] {
  return entries
    .map((e) => splitId(e.id))
    .filter((p) => p.slug === slug)
    .map((p) => p.lang);
}

export { defaultLocale };
