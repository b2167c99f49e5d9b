/**
 * Reads the guide collection once and works out, for every language, which text each chapter shows
 * (own translation or fallback), its neighbours and its translation notice. Pages stay thin.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { translatedPages, type TranslatedPage } from '../lib/translation/translatedPages.ts';

export type GuideEntry = CollectionEntry<'guide'>;

export type ChapterPage = TranslatedPage<GuideEntry>;

let cache: ChapterPage[] | undefined;

export async function getChapterPages(): Promise<ChapterPage[]> {
  if (cache) return cache;
  cache = translatedPages(await getCollection('guide'));
  cache.sort((a, b) => a.entry.data.order - b.entry.data.order || a.slug.localeCompare(b.slug));
  return cache;
}

export async function getChaptersFor(lang: string): Promise<ChapterPage[]> {
  return (await getChapterPages()).filter((p) => p.lang === lang);
}
