/**
 * When each slide shows and each caption cue runs, from the length of each spoken sentence; the
 * WebVTT captions and the ffmpeg list of slides follow from it.
 */

export interface TimedSentence {
  slide: number;
  text: string;
  seconds: number;
}
export interface Timeline {
  slides: { start: number; end: number }[];
  cues: { start: number; end: number; text: string }[];
  total: number;
}

/**
 * Places the spoken sentences one after another: a short pause after each sentence, a longer one at
 * the end of each slide so the reader can look at it. One caption cue per sentence, exactly as long
 * as its narration; each slide lasts until the next slide's first sentence.
 */
export function buildTimeline(
  sentences: TimedSentence[],
  slideCount: number,
  pause = 0.35,
  slidePause = 1.2,
): { timeline: Timeline; gaps: number[] } {
  const cues: Timeline['cues'] = [];
  const slides: Timeline['slides'] = [];
  const gaps: number[] = [];
  let t = 0;
  for (let s = 0; s < slideCount; s++) {
    const start = t;
    const mine = sentences.filter((x) => x.slide === s);
    mine.forEach((x, i) => {
      cues.push({ start: t, end: t + x.seconds, text: x.text });
      const gap = i === mine.length - 1 ? slidePause : pause;
      gaps.push(gap);
      t += x.seconds + gap;
    });
    slides.push({ start, end: t });
  }
  return { timeline: { slides, cues, total: t }, gaps };
}

export function vttTimestamp(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${h ? `${pad(h)}:` : ''}${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

/** A WebVTT file with one cue per spoken sentence. */
export function buildVtt(cues: { start: number; end: number; text: string }[]): string {
  const body = cues.map(
    (c, i) =>
      `${i + 1}\n${vttTimestamp(c.start)} --> ${vttTimestamp(c.end)}\n${c.text.replace(/-->/g, '→')}`,
  );
  return `WEBVTT\n\n${body.join('\n\n')}\n`;
}

/** ffmpeg concat-demuxer list for still slides (the last image is repeated, as the demuxer needs). */
export function concatList(images: string[], durations: number[]): string {
  const q = (p: string) => `'${p.replace(/'/g, "'\\''")}'`;
  const lines = ['ffconcat version 1.0'];
  images.forEach((img, i) => {
    lines.push(`file ${q(img)}`, `duration ${durations[i].toFixed(3)}`);
  });
  lines.push(`file ${q(images[images.length - 1])}`);
  return `${lines.join('\n')}\n`;
}
