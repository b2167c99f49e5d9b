// Video media: durations, caption choice for the reader, sizes and problems with committed files.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  captionTracks,
  formatDuration,
  isoDuration,
  mediaFileProblem,
  parseDuration,
} from '../../../src/lib/video/media.ts';
import { localeCodes } from '../../../src/config/locales.ts';

const media = new URL('../../../public/videos/', import.meta.url).pathname;

describe('video media', () => {
  it('reads and writes durations', () => {
    expect(parseDuration('1:14')).toBe(74);
    expect(parseDuration('0:58')).toBe(58);
    expect(parseDuration('1:02:03')).toBe(3723);
    expect(parseDuration('74 seconds')).toBeUndefined();
    expect(formatDuration(74.4)).toBe('1:14');
    expect(formatDuration(3723)).toBe('1:02:03');
    expect(isoDuration(74)).toBe('PT1M14S');
  });
  it("chooses captions in the reader's language where the file exists, else the video's", () => {
    const caps = { ru: 'a-ru.vtt', uz: 'a-uz.vtt' };
    expect(captionTracks(caps, 'uz', 'ru', localeCodes).find((t) => t.isDefault)?.lang).toBe('uz');
    expect(captionTracks(caps, 'tg', 'ru', localeCodes).find((t) => t.isDefault)?.lang).toBe('ru');
    expect(
      captionTracks({ en: 'a-en.vtt' }, 'tg', 'ru', localeCodes).find((t) => t.isDefault)?.lang,
    ).toBe('en');
    expect(captionTracks(caps, 'tg', 'ru', localeCodes).map((t) => t.lang)).toEqual(['ru', 'uz']);
    expect(captionTracks({}, 'tg', 'ru', localeCodes)).toEqual([]);
  });
  it('puts the default track first, so a player that ignores "default" still shows the reader\'s captions', () => {
    // A Tajik page showing the Russian video: Tajik captions first and default, Russian second.
    const tracks = captionTracks({ ru: 'a-ru.vtt', tg: 'a-ru.tg.vtt' }, 'tg', 'tg', localeCodes);
    expect(tracks).toEqual([
      { lang: 'tg', file: 'a-ru.tg.vtt', isDefault: true },
      { lang: 'ru', file: 'a-ru.vtt', isDefault: false },
    ]);
  });
  it('explains a missing, misnamed or invalid media file', () => {
    expect(mediaFileProblem(media, 'registration-ru.mp4', ['.mp4'])).toBeUndefined();
    expect(mediaFileProblem(media, 'registration-ru.vtt', ['.vtt'])).toBeUndefined();
    expect(mediaFileProblem(media, 'nothing-here.mp4', ['.mp4'])).toMatch(
      /public\/videos\/nothing-here\.mp4 does not exist/,
    );
    expect(mediaFileProblem(media, '../secret.mp4', ['.mp4'])).toMatch(/not a plain file name/);
    expect(mediaFileProblem(media, 'registration-ru.jpg', ['.vtt'])).toMatch(
      /must be a \.vtt file/,
    );
    // Captions in another language than the video's name that language: the Russian video's Tajik captions.
    expect(mediaFileProblem(media, 'registration-ru.tg.vtt', ['.vtt'])).toBeUndefined();
    expect(mediaFileProblem(media, 'registration-ru.tg.x.vtt', ['.vtt'])).toMatch(
      /not a plain file name/,
    );
    expect(mediaFileProblem(media, 'registration-ru.tajik.vtt', ['.vtt'])).toMatch(
      /not a plain file name/,
    );
  });
  it('refuses a caption file that is not WebVTT, naming the file and the line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vtt-'));
    writeFileSync(join(dir, 'bad-ru.vtt'), '1\n00:00:01,000 --> 00:00:02,000\nSRT, not WebVTT\n');
    writeFileSync(join(dir, 'late-ru.vtt'), 'WEBVTT\n\n00:01.000 --> 00:02,500\nComma\n');
    expect(mediaFileProblem(dir, 'bad-ru.vtt', ['.vtt'])).toMatch(
      /public\/videos\/bad-ru\.vtt is not a valid WebVTT caption file: line 1: .*WEBVTT/,
    );
    expect(mediaFileProblem(dir, 'late-ru.vtt', ['.vtt'])).toMatch(/line 3: .*not a cue time/);
    rmSync(dir, { recursive: true, force: true });
  });
});
