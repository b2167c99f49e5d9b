// Video pages: caption checks that stop the build, embed addresses that track nobody, caption choice
// for the reader, and the pure steps of making a video (script parsing, captions timed to narration).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkWebVtt, parseVttCues, parseVttTimestamp } from '../../../src/lib/video/captions.ts';
import { embedUrl, watchUrl, isVideoId } from '../../../src/lib/video/embed.ts';
import { captionTracks, formatDuration, isoDuration, mediaFileProblem, mp4Duration, parseDuration } from '../../../src/lib/video/media.ts';
import { buildTimeline, buildVtt, encodeWav, joinWavs, parseVideoBody, parseWav, slideSvg, spokenText, splitSentences, wavSeconds, wrapText } from '../../../src/lib/video/script.ts';
import { localeCodes } from '../../../src/config/locales.ts';

const media = new URL('../../../public/videos/', import.meta.url).pathname;

describe('caption checks', () => {
  const good = 'WEBVTT\n\n1\n00:00.000 --> 00:02.500\nHello.\n\n00:02.800 --> 01:00:03.000 align:start\nSecond.\n';
  it('accepts valid WebVTT, with or without hours, ids and settings', () => {
    expect(checkWebVtt(good)).toEqual([]);
    expect(checkWebVtt(`\uFEFF${good}`)).toEqual([]);
    expect(parseVttCues(good)).toEqual([{ start: 0, end: 2.5, text: 'Hello.' }, { start: 2.8, end: 3603, text: 'Second.' }]);
  });
  it('wants the WEBVTT header on the first line', () => {
    expect(checkWebVtt('1\n00:00.000 --> 00:02.000\nHi\n')[0]).toMatch(/line 1: .*WEBVTT/);
    expect(checkWebVtt('WEBVTTX\n\n00:00.000 --> 00:02.000\nHi\n')[0]).toMatch(/WEBVTT/);
  });
  it('names the line of a bad cue time', () => {
    expect(checkWebVtt('WEBVTT\n\n00:00,000 --> 00:02.000\nHi\n')[0]).toMatch(/^line 3: .*not a cue time/);
    expect(checkWebVtt('WEBVTT\n\n0:00.000 --> 00:02.000\nHi\n')[0]).toMatch(/line 3/);
    expect(checkWebVtt('WEBVTT\n\n00:61.000 --> 01:02.000\nHi\n')[0]).toMatch(/line 3/);
  });
  it('finds cues that end before they start, are out of order or have no text', () => {
    expect(checkWebVtt('WEBVTT\n\n00:05.000 --> 00:02.000\nHi\n')[0]).toMatch(/ends .* before/);
    expect(checkWebVtt('WEBVTT\n\n00:05.000 --> 00:06.000\nA\n\n00:01.000 --> 00:02.000\nB\n')[0]).toMatch(/line 6: .*time order/);
    expect(checkWebVtt('WEBVTT\n\n00:05.000 --> 00:06.000\n\n')[0]).toMatch(/no text/);
    expect(checkWebVtt('WEBVTT\n\nNOTE nothing here\n')[0]).toMatch(/no cues/);
  });
  it('parses timestamps', () => {
    expect(parseVttTimestamp('01:02.345')).toBeCloseTo(62.345);
    expect(parseVttTimestamp('1:02.345')).toBeUndefined();
  });
  it('every committed caption file is valid and every committed video has a duration', () => {
    for (const f of readdirSync(media)) {
      if (f.endsWith('.vtt')) expect(checkWebVtt(readFileSync(media + f, 'utf8')), f).toEqual([]);
      if (f.endsWith('.mp4')) expect(mp4Duration(readFileSync(media + f)), f).toBeGreaterThan(10);
    }
  });
});

describe('embed addresses for hosted videos', () => {
  it('YouTube plays from youtube-nocookie.com, without related videos from other channels', () => {
    const u = new URL(embedUrl('youtube', 'dQw4w9WgXcQ', { lang: 'uz' }));
    expect(u.origin).toBe('https://www.youtube-nocookie.com');
    expect(u.pathname).toBe('/embed/dQw4w9WgXcQ');
    expect(u.searchParams.get('autoplay')).toBe('1');
    expect(u.searchParams.get('rel')).toBe('0');
    expect(u.searchParams.get('hl')).toBe('uz');
    expect(embedUrl('youtube', 'dQw4w9WgXcQ', { autoplay: false })).not.toMatch(/autoplay/);
  });
  it('Vimeo plays with dnt=1', () => {
    const u = new URL(embedUrl('vimeo', '76979871'));
    expect(u.origin).toBe('https://player.vimeo.com');
    expect(u.pathname).toBe('/video/76979871');
    expect(u.searchParams.get('dnt')).toBe('1');
  });
  it('links to the video page when scripts are off', () => {
    expect(watchUrl('youtube', 'dQw4w9WgXcQ')).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(watchUrl('vimeo', '76979871')).toBe('https://vimeo.com/76979871');
  });
  it('refuses unknown providers and ids that could change the address', () => {
    expect(() => embedUrl('dailymotion', 'x')).toThrow(/Unknown video provider "dailymotion"/);
    expect(() => embedUrl('youtube', 'abc"><script')).toThrow(/not a youtube video id/);
    expect(() => embedUrl('vimeo', '12/../x')).toThrow(/not a vimeo video id/);
    expect(isVideoId('youtube', 'https://youtu.be/dQw4w9WgXcQ')).toBe(false);
  });
});

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
  it('chooses captions in the reader\'s language where the file exists, else the video\'s', () => {
    const caps = { ru: 'a-ru.vtt', uz: 'a-uz.vtt' };
    expect(captionTracks(caps, 'uz', 'ru', localeCodes).find((t) => t.isDefault)?.lang).toBe('uz');
    expect(captionTracks(caps, 'tg', 'ru', localeCodes).find((t) => t.isDefault)?.lang).toBe('ru');
    expect(captionTracks({ en: 'a-en.vtt' }, 'tg', 'ru', localeCodes).find((t) => t.isDefault)?.lang).toBe('en');
    expect(captionTracks(caps, 'tg', 'ru', localeCodes).map((t) => t.lang)).toEqual(['ru', 'uz']);
    expect(captionTracks({}, 'tg', 'ru', localeCodes)).toEqual([]);
  });
  it('puts the default track first, so a player that ignores "default" still shows the reader\'s captions', () => {
    // A Tajik page showing the Russian video: Tajik captions first and default, Russian second.
    const tracks = captionTracks({ ru: 'a-ru.vtt', tg: 'a-ru.tg.vtt' }, 'tg', 'tg', localeCodes);
    expect(tracks).toEqual([{ lang: 'tg', file: 'a-ru.tg.vtt', isDefault: true }, { lang: 'ru', file: 'a-ru.vtt', isDefault: false }]);
  });
  it('explains a missing, misnamed or invalid media file', () => {
    expect(mediaFileProblem(media, 'registration-ru.mp4', ['.mp4'])).toBeUndefined();
    expect(mediaFileProblem(media, 'registration-ru.vtt', ['.vtt'])).toBeUndefined();
    expect(mediaFileProblem(media, 'nothing-here.mp4', ['.mp4'])).toMatch(/public\/videos\/nothing-here\.mp4 does not exist/);
    expect(mediaFileProblem(media, '../secret.mp4', ['.mp4'])).toMatch(/not a plain file name/);
    expect(mediaFileProblem(media, 'registration-ru.jpg', ['.vtt'])).toMatch(/must be a \.vtt file/);
    // Captions in another language than the video's name that language: the Russian video's Tajik captions.
    expect(mediaFileProblem(media, 'registration-ru.tg.vtt', ['.vtt'])).toBeUndefined();
    expect(mediaFileProblem(media, 'registration-ru.tg.x.vtt', ['.vtt'])).toMatch(/not a plain file name/);
    expect(mediaFileProblem(media, 'registration-ru.tajik.vtt', ['.vtt'])).toMatch(/not a plain file name/);
  });
  it('refuses a caption file that is not WebVTT, naming the file and the line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vtt-'));
    writeFileSync(join(dir, 'bad-ru.vtt'), '1\n00:00:01,000 --> 00:00:02,000\nSRT, not WebVTT\n');
    writeFileSync(join(dir, 'late-ru.vtt'), 'WEBVTT\n\n00:01.000 --> 00:02,500\nComma\n');
    expect(mediaFileProblem(dir, 'bad-ru.vtt', ['.vtt'])).toMatch(/public\/videos\/bad-ru\.vtt is not a valid WebVTT caption file: line 1: .*WEBVTT/);
    expect(mediaFileProblem(dir, 'late-ru.vtt', ['.vtt'])).toMatch(/line 3: .*not a cue time/);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('making a video from its page', () => {
  const body = `> a note before the steps\n\n## Steps\n\n1. First **thing**.\n2. Second [thing](../x/).\n   More of it.\n\n## Transcript\n\nTitle paragraph.\n\nFirst sentence. Second sentence!\n\nLast one.\n`;
  it('reads the steps and one narration paragraph per slide', () => {
    expect(parseVideoBody(body)).toEqual({ steps: ['First thing.', 'Second thing. More of it.'], narration: ['Title paragraph.', 'First sentence. Second sentence!', 'Last one.'] });
  });
  it('says what to fix when the transcript does not match the steps', () => {
    expect(() => parseVideoBody(body.replace('\n\nLast one.', ''))).toThrow(/2 paragraph\(s\) but there are 2 steps/);
    expect(() => parseVideoBody('## Steps\n\nno list\n\n## Transcript\n\nx\n')).toThrow(/numbered list/);
    expect(() => parseVideoBody('1. only a list')).toThrow(/two "## " headings/);
  });
  it('splits sentences and wraps slide text, keeping short brackets together', () => {
    expect(splitSentences('С 1 июля 2026 года. Её название — ИС МП.')).toEqual(['С 1 июля 2026 года.', 'Её название — ИС МП.']);
    expect(wrapText('в системе полиции (ИС МП).', 18)).toEqual(['в системе полиции', '(ИС МП).']);
    expect(spokenText('85 000 tenge, call 112', 'en')).toBe('85000 tenge, call 1 1 2');
    expect(spokenText('ЦОНдон, КМШ, eGov', 'ky')).toBe('ТсОНдон, ка-эм-ша, игов');
    expect(spokenText('Анын кыска аты — ИС МП.', 'ky')).toBe('Анын кыска аты — ис эм-пэ.');
    expect(spokenText('maʼlumot', 'uz')).toBe('malumot');
  });
  it('draws slides as SVG with the text escaped', () => {
    const svg = slideSvg({ title: 'A & B', text: 'Call <112>', label: 'Step 1 of 2', lang: 'en' });
    expect(svg).toMatch(/^<svg/);
    expect(svg).toContain('A &amp; B');
    expect(svg).toContain('Call &lt;112&gt;');
  });
  it('times one caption per sentence exactly to its narration, and the result is valid WebVTT', () => {
    const { timeline, gaps } = buildTimeline([
      { slide: 0, text: 'Title.', seconds: 1.5 },
      { slide: 1, text: 'One.', seconds: 2 },
      { slide: 1, text: 'Two.', seconds: 1 },
    ], 2, 0.3, 1);
    expect(gaps).toEqual([1, 0.3, 1]);
    expect(timeline.slides).toEqual([{ start: 0, end: 2.5 }, { start: 2.5, end: 6.8 }]);
    expect(timeline.cues[2]).toEqual({ start: 4.8, end: 5.8, text: 'Two.' });
    const vtt = buildVtt(timeline.cues);
    expect(checkWebVtt(vtt)).toEqual([]);
    expect(vtt).toContain('00:04.800 --> 00:05.800\nTwo.');
  });
  it('joins WAVs with silence and keeps their length', () => {
    const part = { sampleRate: 16000, channels: 1, bitsPerSample: 16, data: new Uint8Array(32000) };
    const joined = joinWavs([part, part], [0.5, 0]);
    expect(wavSeconds(joined)).toBeCloseTo(2.5);
    expect(wavSeconds(parseWav(encodeWav(joined)))).toBeCloseTo(2.5);
  });
});
