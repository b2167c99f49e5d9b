/**
 * Reads the videos collection once and works out, for every language, which video page each slug
 * shows (own translation or fallback, like guide chapters), its caption tracks with the reader's
 * language first where a caption file exists, the language the video speaks (a Tajik page shows the
 * Russian video with Tajik captions), and the file's size for the download link. Pages stay thin.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { join } from 'node:path';
import { localeCodes } from '../config/locales.ts';
import { translatedPages, type TranslatedPage } from '../lib/translation/translatedPages.ts';
import { getChapterPages } from './guide.ts';
import {
  captionTracks,
  mediaFileSize,
  parseDuration,
  type CaptionTrack,
} from '../lib/video/media.ts';
import { spokenLanguageProblem } from '../lib/video/captionLanguages.ts';

export type VideoEntry = CollectionEntry<'videos'>;

export interface VideoPage extends TranslatedPage<VideoEntry> {
  /** Length in seconds. */
  seconds: number;
  /** Bytes of our own MP4 (0 for a hosted video). */
  bytes: number;
  tracks: CaptionTrack[];
  /** The language the video speaks (the page's text language unless the page says "spoken:"). */
  spoken: string;
}

const mediaDir = join(process.cwd(), 'public', 'videos');
let cache: VideoPage[] | undefined;

export async function getVideoPages(): Promise<VideoPage[]> {
  if (cache) return cache;
  cache = translatedPages(await getCollection('videos')).map((r) => {
    const data = r.entry.data;
    // A page whose video speaks another language must carry captions in its own language.
    const problem = r.isFallback
      ? undefined
      : spokenLanguageProblem(r.contentLang, data.spoken, data.captions);
    if (problem)
      throw new Error(
        `content/videos/${r.contentLang}/${r.slug}.md: ${problem.field}: ${problem.message}`,
      );
    return {
      ...r,
      seconds: parseDuration(data.duration) ?? 0,
      bytes: data.file ? mediaFileSize(mediaDir, data.file) : 0,
      tracks: captionTracks(data.captions, r.lang, r.contentLang, localeCodes),
      spoken: data.spoken ?? r.contentLang,
    };
  });
  // Videos follow the guide: ordered by their first chapter's place in it.
  const chapterOrder = new Map((await getChapterPages()).map((c) => [c.slug, c.entry.data.order]));
  const rank = (p: VideoPage) => chapterOrder.get(p.entry.data.chapters[0] ?? '') ?? 1000;
  cache.sort((a, b) => rank(a) - rank(b) || a.slug.localeCompare(b.slug));
  return cache;
}

export async function getVideosFor(lang: string): Promise<VideoPage[]> {
  return (await getVideoPages()).filter((p) => p.lang === lang);
}

/** Videos (in the reader's language or its fallback) that belong to a guide chapter. */
export async function getVideosForChapter(lang: string, chapter: string): Promise<VideoPage[]> {
  return (await getVideosFor(lang)).filter((p) => p.entry.data.chapters.includes(chapter));
}
