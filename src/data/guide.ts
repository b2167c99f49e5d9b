/**
 * Reads the guide collection once and works out, for every language, which text each chapter shows
 * (own translation or fallback), its neighbours and its translation notice. Pages stay thin.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { defaultLocale, localeCodes } from '../config/locales.ts';
import { resolveAll, splitId, type Resolved } from '../lib/fallback.ts';
import { isOutdated } from '../lib/translationStatus.ts';

export type GuideEntry = CollectionEntry<'guide'>;

export interface ChapterPage extends Resolved<GuideEntry> {
  /** The source-language version (for versions and the "read the original" link). */
  source?: GuideEntry;
  outdated: boolean;
  /** Languages where this chapter really exists. */
  realLangs: string[];
}

let cache: ChapterPage[] | undefined;

export async function getChapterPages(): Promise<ChapterPage[]> {
  if (cache) return cache;
  const entries = await getCollection('guide');
  const byKey = new Map(entries.map((e) => [e.id, e]));
  const resolved = resolveAll(entries.map((e) => ({ id: e.id, entry: e })));
  cache = resolved.map((r) => {
    const from = r.entry.data.translation.from ?? defaultLocale;
    const source = byKey.get(`${from}/${r.slug}`);
    const realLangs = entries.filter((e) => splitId(e.id).slug === r.slug).map((e) => splitId(e.id).lang);
    return {
      ...r,
      source,
      outdated: isOutdated(r.entry.data.translation, source?.data),
      realLangs: localeCodes.filter((l) => realLangs.includes(l)),
    };
  });
  cache.sort((a, b) => a.entry.data.order - b.entry.data.order || a.slug.localeCompare(b.slug));
  return cache;
}

export async function getChaptersFor(lang: string): Promise<ChapterPage[]> {
  return (await getChapterPages()).filter((p) => p.lang === lang);
}
