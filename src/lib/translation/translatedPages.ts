/**
 * Every page of a per-language collection (guide chapters, videos) in every language: which text it
 * shows (own translation or fallback), its source-language version, whether it is out of date and in
 * which languages it really exists. One derivation for both collections, so they cannot drift.
 */
import { defaultLocale, localeCodes } from '../../config/locales.ts';
import { resolveAll, splitId, type Resolved } from './fallback.ts';
import { isOutdated, type TranslationMeta } from './status.ts';

export interface TranslatedEntry {
  id: string;
  data: { translation: TranslationMeta; version?: number; lastReviewed?: Date };
}

export interface TranslatedPage<T> extends Resolved<T> {
  /** The version the translation was made from (for the "read the original" link and versions). */
  source?: T;
  outdated: boolean;
  /** Languages where this page really exists. */
  realLangs: string[];
}

export function translatedPages<T extends TranslatedEntry>(entries: T[]): TranslatedPage<T>[] {
  const byKey = new Map(entries.map((e) => [e.id, e]));
  return resolveAll(entries.map((e) => ({ id: e.id, entry: e }))).map((r) => {
    const source = byKey.get(`${r.entry.data.translation.from ?? defaultLocale}/${r.slug}`);
    const real = entries
      .filter((e) => splitId(e.id).slug === r.slug)
      .map((e) => splitId(e.id).lang);
    return {
      ...r,
      source,
      outdated: isOutdated(r.entry.data.translation, source?.data),
      realLangs: localeCodes.filter((l) => real.includes(l)),
    };
  });
}
