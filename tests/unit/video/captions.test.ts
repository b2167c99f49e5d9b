// Caption checks that stop the build: WebVTT as browsers read it, with the line of each problem.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { checkWebVtt, parseVttCues, parseVttTimestamp } from '../../../src/lib/video/captions.ts';
import { mp4Duration } from '../../../src/lib/video/media.ts';

const media = new URL('../../../public/videos/', import.meta.url).pathname;

describe('caption checks', () => {
  const good =
    'WEBVTT\n\n1\n00:00.000 --> 00:02.500\nHello.\n\n00:02.800 --> 01:00:03.000 align:start\nSecond.\n';
  it('accepts valid WebVTT, with or without hours, ids and settings', () => {
    expect(checkWebVtt(good)).toEqual([]);
    expect(checkWebVtt(`\uFEFF${good}`)).toEqual([]);
    expect(parseVttCues(good)).toEqual([
      { start: 0, end: 2.5, text: 'Hello.' },
      { start: 2.8, end: 3603, text: 'Second.' },
    ]);
  });
  it('wants the WEBVTT header on the first line', () => {
    expect(checkWebVtt('1\n00:00.000 --> 00:02.000\nHi\n')[0]).toMatch(/line 1: .*WEBVTT/);
    expect(checkWebVtt('WEBVTTX\n\n00:00.000 --> 00:02.000\nHi\n')[0]).toMatch(/WEBVTT/);
  });
  it('names the line of a bad cue time', () => {
    expect(checkWebVtt('WEBVTT\n\n00:00,000 --> 00:02.000\nHi\n')[0]).toMatch(
      /^line 3: .*not a cue time/,
    );
    expect(checkWebVtt('WEBVTT\n\n0:00.000 --> 00:02.000\nHi\n')[0]).toMatch(/line 3/);
    expect(checkWebVtt('WEBVTT\n\n00:61.000 --> 01:02.000\nHi\n')[0]).toMatch(/line 3/);
  });
  it('finds cues that end before they start, are out of order or have no text', () => {
    expect(checkWebVtt('WEBVTT\n\n00:05.000 --> 00:02.000\nHi\n')[0]).toMatch(/ends .* before/);
    expect(
      checkWebVtt('WEBVTT\n\n00:05.000 --> 00:06.000\nA\n\n00:01.000 --> 00:02.000\nB\n')[0],
    ).toMatch(/line 6: .*time order/);
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
