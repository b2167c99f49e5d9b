/**
 * Facts about our own video files that pages, the content schema and the benchmark share: durations
 * written as "1:14", which caption track a reader gets by default, file sizes people understand, and
 * checks that a file named in a video page really exists under public/videos/ (and, for captions, is
 * valid WebVTT) — so a typo stops the build instead of showing a broken player.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkWebVtt } from './captions.ts';

/** The site path of a file in public/videos/ (give it to href() for the base path). */
export function mediaPath(name: string): string {
  return `/videos/${name}`;
}

/** "1:14" (or "0:58", "1:02:03") → seconds; undefined when the text is not such a duration. */
export function parseDuration(text: string): number | undefined {
  const m = /^(?:(\d+):)?(\d{1,2}):([0-5]\d)$/.exec(text.trim());
  if (!m) return undefined;
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]);
}

/** Seconds → "1:14" (minutes:seconds), as video players show it. */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

/** Seconds → ISO 8601 duration ("PT1M14S") for <time datetime>. */
export function isoDuration(seconds: number): string {
  const s = Math.round(seconds);
  return `PT${Math.floor(s / 60) ? `${Math.floor(s / 60)}M` : ''}${s % 60}S`;
}

export interface CaptionTrack {
  lang: string;
  file: string;
  isDefault: boolean;
}

/**
 * The caption tracks of a video, the default first and then the site's language order. The default is
 * chosen for the reader: captions in the reader's language where that file exists, else in the language
 * of the video's text.
 */
export function captionTracks(
  captions: Record<string, string | undefined>,
  readerLang: string,
  contentLang: string,
  order: readonly string[],
): CaptionTrack[] {
  const langs = order.filter((l) => typeof captions[l] === 'string');
  const chosen = langs.includes(readerLang)
    ? readerLang
    : langs.includes(contentLang)
      ? contentLang
      : langs[0];
  // The default track comes first: players that ignore "default" pick the first one.
  const sorted = chosen ? [chosen, ...langs.filter((l) => l !== chosen)] : langs;
  return sorted.map((lang) => ({ lang, file: captions[lang]!, isDefault: lang === chosen }));
}

/**
 * Media file names are plain: letters, digits, hyphens, one extension; no folders, no spaces. Captions
 * in another language than the video's may name that language before the extension
 * (registration-ru.tg.vtt: the Russian video's Tajik captions).
 */
const FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z]{2,3})?\.[a-z0-9]+$/;

/**
 * Why a media file named in a video page cannot be used, or undefined when it can. `dir` is the
 * folder it must be in (public/videos); `exts` the extensions allowed for this field.
 */
export function mediaFileProblem(dir: string, name: string, exts: string[]): string | undefined {
  if (!FILE_NAME.test(name))
    return `"${name}" is not a plain file name: use lower-case letters, digits and hyphens, e.g. registration-ru${exts[0]}`;
  if (!exts.some((e) => name.endsWith(e))) return `"${name}" must be a ${exts.join(' or ')} file`;
  const full = join(dir, name);
  if (!existsSync(full) || !statSync(full).isFile())
    return `the file public/videos/${name} does not exist; put it there (npm run videos makes it) or correct the name`;
  if (name.endsWith('.vtt')) {
    const problems = checkWebVtt(readFileSync(full, 'utf8'));
    if (problems.length)
      return `public/videos/${name} is not a valid WebVTT caption file: ${problems.slice(0, 3).join('; ')}`;
  }
  return undefined;
}

/** Size in bytes of a file in the media folder (0 when missing; the schema reports missing files). */
export function mediaFileSize(dir: string, name: string): number {
  const full = join(dir, name);
  return existsSync(full) ? statSync(full).size : 0;
}

/**
 * The duration in seconds stored in an MP4 file's movie header (mvhd), read without ffmpeg so the
 * benchmark and checks run anywhere. Undefined when the box is not found.
 */
export function mp4Duration(buf: Uint8Array): number | undefined {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const find = (start: number, end: number, type: string): [number, number] | undefined => {
    for (let p = start; p + 8 <= end;) {
      let size = view.getUint32(p);
      const t = String.fromCharCode(buf[p + 4], buf[p + 5], buf[p + 6], buf[p + 7]);
      let header = 8;
      if (size === 1) {
        size = Number(view.getBigUint64(p + 8));
        header = 16;
      } else if (size === 0) size = end - p;
      if (size < header) return undefined;
      if (t === type) return [p + header, p + size];
      p += size;
    }
    return undefined;
  };
  const moov = find(0, buf.length, 'moov');
  if (!moov) return undefined;
  const mvhd = find(moov[0], moov[1], 'mvhd');
  if (!mvhd) return undefined;
  const version = buf[mvhd[0]];
  if (version === 1) {
    const scale = view.getUint32(mvhd[0] + 20);
    return Number(view.getBigUint64(mvhd[0] + 24)) / scale;
  }
  const scale = view.getUint32(mvhd[0] + 12);
  return view.getUint32(mvhd[0] + 16) / scale;
}
