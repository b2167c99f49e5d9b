/**
 * The pure part of making an instruction video from a video page (scripts/make-videos.ts does the
 * files and runs espeak-ng and ffmpeg). The page's body is the script: its numbered list gives one
 * slide per step, its transcript gives what is said on each slide, so the text on the site, the
 * narration and the captions never drift apart.
 */
import { escapeHtml } from '../site/escape.ts';

export interface VideoScript {
  /** Short text shown large on each step's slide. */
  steps: string[];
  /** What is said: the first paragraph over the title slide, then one paragraph per step. */
  narration: string[];
}

/** Markdown inline syntax → plain text (links keep their text, emphasis marks go). */
export function plainText(md: string): string {
  return md
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Reads the body of a video page: the first "## " section must hold a numbered list (the steps), the
 * second "## " section the transcript, one paragraph for the title slide and then one per step.
 * Throws a message that says what to change.
 */
export function parseVideoBody(body: string): VideoScript {
  const sections = body.split(/^##\s+.*$/m).slice(1);
  if (sections.length < 2) throw new Error('the text needs two "## " headings: the steps (a numbered list), then the transcript (what is said)');
  const steps: string[] = [];
  let current: string | undefined;
  for (const line of sections[0].split('\n')) {
    const item = /^\d+[.)]\s+(.*)$/.exec(line.trim());
    if (item) { if (current !== undefined) steps.push(current); current = item[1]; }
    else if (current !== undefined && line.trim() && /^\s/.test(line)) current += ` ${line.trim()}`;
    else if (current !== undefined && line.trim()) { steps.push(current); current = undefined; }
  }
  if (current !== undefined) steps.push(current);
  if (!steps.length) throw new Error('the first "## " section must be a numbered list of steps (1. …, 2. …)');
  const narration = sections[1].split(/\n\s*\n/).map((p) => plainText(p)).filter(Boolean);
  if (narration.length !== steps.length + 1) {
    throw new Error(`the transcript has ${narration.length} paragraph(s) but there are ${steps.length} steps: write one paragraph for the title and then one per step (${steps.length + 1} in all), separated by empty lines`);
  }
  return { steps: steps.map(plainText), narration };
}

/** Splits a paragraph into sentences, so each caption cue is short enough to read on a phone. */
export function splitSentences(text: string): string[] {
  const parts = text.match(/[^.!?…]+(?:[.!?…]+["»”)]*|$)/g) ?? [text];
  const out: string[] = [];
  for (const p of parts.map((s) => s.trim()).filter(Boolean)) {
    // Keep tiny fragments ("1." in a list, an abbreviation's tail) with the sentence before them.
    if (out.length && p.length < 12) out[out.length - 1] += ` ${p}`;
    else out.push(p);
  }
  return out;
}

/** Turns a text with figure references into the form shown (captions, slides) or the form spoken. */
export type FigureResolver = (text: string, form: 'text' | 'speakable') => string;

/**
 * A narration paragraph as sentences, each with what the captions show and what is said. Figure
 * references ({{fact:mrp x0.5}}) are kept whole while splitting, then resolved in both forms.
 */
export function narrationSentences(paragraph: string, resolve: FigureResolver = (t) => t): { text: string; spoken: string }[] {
  const refs: string[] = [];
  const masked = paragraph.replace(/\{\{[^}]*\}\}/g, (r) => `\u0000${refs.push(r) - 1}\u0000`);
  return splitSentences(masked).map((s) => {
    const raw = s.replace(/\u0000(\d+)\u0000/g, (_, i: string) => refs[Number(i)]);
    return { text: resolve(raw, 'text'), spoken: resolve(raw, 'speakable') };
  });
}

/** A page's caption sentences, paragraph by paragraph, with figures written out as they are shown. */
export function captionSentences(markdownBody: string, resolve: FigureResolver): string[][] {
  return parseVideoBody(markdownBody).narration.map((p) => narrationSentences(p, resolve).map((s) => s.text));
}

/** Short bracketed groups such as "(ИС МП)" stay on one line. */
function keepTogether(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const end = words.slice(i).findIndex((w) => w.includes(')'));
    const group = end > 0 ? words.slice(i, i + end + 1).join(' ') : '';
    if (words[i].startsWith('(') && !words[i].includes(')') && group && group.length <= 16) { out.push(group); i += end; }
    else out.push(words[i]);
  }
  return out;
}

/** Greedy word wrap at `width` characters (a word longer than the line gets a line of its own). */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of keepTogether(text.split(/[ \t\n]+/).filter(Boolean))) {
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else { lines.push(line); line = word; }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Words espeak-ng's voices read wrongly, as they should be said. Found by reading each narration
 * sentence's phonemes (espeak-ng -x): the Kyrgyz voice has no Ц, says «ИС МП» as one word and spells Latin
 * words letter by letter in English, the Uzbek voice reads the tutuq belgisi ʼ as "modifier letter apostrophe".
 */
const SAY_AS: Record<string, [RegExp, string][]> = {
  ru: [[/\beGov\b/g, 'игов'], [/\bSIM-карт/g, 'сим-карт']],
  ky: [[/\beGov\b/g, 'игов'], [/\bSIM-карт/g, 'сим-карт'], [/КМШ/g, 'ка-эм-ша'], [/ИС МП/g, 'ис эм-пэ'], [/Ц/g, 'Тс'], [/ц/g, 'тс']],
  uz: [[/[\u02bc']/g, '']],
};

/** Text as espeak-ng should say it: separators inside numbers removed, tel-style numbers per digit in English. */
export function spokenText(text: string, lang: string): string {
  let s = text.replace(/(\d)[\u00a0\u202f ](?=\d{3}\b)/g, '$1');
  for (const [from, to] of SAY_AS[lang] ?? []) s = s.replace(from, to);
  // "112", "103", "1414" are phone numbers: English speakers say them digit by digit.
  if (lang === 'en') s = s.replace(/\b(1\d{2}|1414)\b/g, (n) => n.split('').join(' '));
  return s;
}

export const SLIDE = { width: 640, height: 360 } as const;
const FONT = 'DejaVu Sans';
/** DejaVu Sans is wide: on average a character takes about 0.6 of the font size. */
const CHAR_EM = 0.6;

/** The largest font size (of a few) at which the text fits the box, and its lines. */
export function fitText(text: string, boxWidth: number, boxHeight: number, sizes = [40, 36, 32, 28, 24, 21]): { size: number; lines: string[] } {
  for (const size of sizes) {
    const lines = wrapText(text, Math.floor(boxWidth / (size * CHAR_EM)));
    if (lines.length * size * 1.25 <= boxHeight) return { size, lines };
  }
  const size = sizes[sizes.length - 1];
  return { size, lines: wrapText(text, Math.floor(boxWidth / (size * CHAR_EM))) };
}

export interface SlideInput {
  /** The video's title (small on step slides, large on the title slide). */
  title: string;
  /** The step's text; absent for the title slide. */
  text?: string;
  /** "Step 2 of 6" in the video's language; absent for the title slide. */
  label?: string;
  /** Small line at the bottom of the title slide (the site's name). */
  footer?: string;
  lang: string;
}

/** One slide as SVG (640×360): dark blue, large white text, high contrast for small screens. */
export function slideSvg(input: SlideInput): string {
  const { width, height } = SLIDE;
  const pad = 36;
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xml:lang="${escapeHtml(input.lang)}">`);
  parts.push(`<rect width="${width}" height="${height}" fill="#0d3b66"/>`);
  parts.push(`<rect y="${height - 10}" width="${width}" height="10" fill="#ffbf47"/>`);
  const textBlock = (text: string, top: number, boxHeight: number, weight: string, sizes?: number[]) => {
    const fit = fitText(text, width - 2 * pad, boxHeight, sizes);
    const lineHeight = fit.size * 1.25;
    const y0 = top + (boxHeight - fit.lines.length * lineHeight) / 2 + fit.size;
    fit.lines.forEach((line, i) => {
      parts.push(`<text x="${pad}" y="${Math.round(y0 + i * lineHeight)}" font-family="${FONT}" font-size="${fit.size}" font-weight="${weight}" fill="#ffffff">${escapeHtml(line)}</text>`);
    });
  };
  if (input.text === undefined) {
    textBlock(input.title, 40, 230, 'bold', [44, 40, 36, 32, 28]);
    if (input.footer) parts.push(`<text x="${pad}" y="${height - 34}" font-family="${FONT}" font-size="20" fill="#ffbf47">${escapeHtml(input.footer)}</text>`);
  } else {
    if (input.label) parts.push(`<text x="${pad}" y="46" font-family="${FONT}" font-size="22" font-weight="bold" fill="#ffbf47">${escapeHtml(input.label)}</text>`);
    const small = wrapText(input.title, Math.floor((width - 2 * pad) / (16 * CHAR_EM)))[0];
    parts.push(`<text x="${pad}" y="${height - 28}" font-family="${FONT}" font-size="16" fill="#c9d6e8">${escapeHtml(small)}</text>`);
    textBlock(input.text, 64, 232, 'normal');
  }
  parts.push('</svg>');
  return parts.join('\n');
}

// ---- WAV (espeak-ng writes 16-bit PCM) ----

export interface Wav { sampleRate: number; channels: number; bitsPerSample: number; data: Uint8Array }

/** Reads a PCM WAV file's format and samples (espeak-ng's output; the data length may be unset when streamed). */
export function parseWav(buf: Uint8Array): Wav {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const tag = (p: number) => String.fromCharCode(buf[p], buf[p + 1], buf[p + 2], buf[p + 3]);
  if (tag(0) !== 'RIFF' || tag(8) !== 'WAVE') throw new Error('not a WAV file');
  let p = 12;
  let fmt: Omit<Wav, 'data'> | undefined;
  while (p + 8 <= buf.length) {
    const id = tag(p);
    let size = view.getUint32(p + 4, true);
    if (id === 'fmt ') {
      fmt = { channels: view.getUint16(p + 10, true), sampleRate: view.getUint32(p + 12, true), bitsPerSample: view.getUint16(p + 22, true) };
    } else if (id === 'data') {
      if (!fmt) throw new Error('WAV data before its format');
      if (size === 0 || size === 0xffffffff || p + 8 + size > buf.length) size = buf.length - p - 8;
      return { ...fmt, data: buf.subarray(p + 8, p + 8 + size) };
    }
    p += 8 + size + (size % 2);
  }
  throw new Error('WAV file without data');
}

export function wavSeconds(w: Wav): number {
  return w.data.length / (w.sampleRate * w.channels * (w.bitsPerSample / 8));
}

/** Joins WAVs of one format, with `gapSeconds` of silence after each part. */
export function joinWavs(parts: Wav[], gapSeconds: number[]): Wav {
  const f = parts[0];
  for (const w of parts) if (w.sampleRate !== f.sampleRate || w.channels !== f.channels || w.bitsPerSample !== f.bitsPerSample) throw new Error('WAV parts differ in format');
  const frame = f.channels * (f.bitsPerSample / 8);
  const gaps = parts.map((_, i) => Math.round((gapSeconds[i] ?? 0) * f.sampleRate) * frame);
  const total = parts.reduce((n, w, i) => n + w.data.length + gaps[i], 0);
  const data = new Uint8Array(total);
  let p = 0;
  parts.forEach((w, i) => { data.set(w.data, p); p += w.data.length + gaps[i]; });
  return { ...f, data };
}

export function encodeWav(w: Wav): Uint8Array {
  const out = new Uint8Array(44 + w.data.length);
  const view = new DataView(out.buffer);
  const put = (p: number, s: string) => { for (let i = 0; i < 4; i++) out[p + i] = s.charCodeAt(i); };
  put(0, 'RIFF'); view.setUint32(4, 36 + w.data.length, true); put(8, 'WAVE');
  put(12, 'fmt '); view.setUint32(16, 16, true); view.setUint16(20, 1, true); view.setUint16(22, w.channels, true);
  view.setUint32(24, w.sampleRate, true); view.setUint32(28, w.sampleRate * w.channels * (w.bitsPerSample / 8), true);
  view.setUint16(32, w.channels * (w.bitsPerSample / 8), true); view.setUint16(34, w.bitsPerSample, true);
  put(36, 'data'); view.setUint32(40, w.data.length, true);
  out.set(w.data, 44);
  return out;
}

// ---- Timeline and captions ----

export interface TimedSentence { slide: number; text: string; seconds: number }
export interface Timeline { slides: { start: number; end: number }[]; cues: { start: number; end: number; text: string }[]; total: number }

/**
 * Places the spoken sentences one after another: a short pause after each sentence, a longer one at
 * the end of each slide so the reader can look at it. One caption cue per sentence, exactly as long
 * as its narration; each slide lasts until the next slide's first sentence.
 */
export function buildTimeline(sentences: TimedSentence[], slideCount: number, pause = 0.35, slidePause = 1.2): { timeline: Timeline; gaps: number[] } {
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
  const body = cues.map((c, i) => `${i + 1}\n${vttTimestamp(c.start)} --> ${vttTimestamp(c.end)}\n${c.text.replace(/-->/g, '→')}`);
  return `WEBVTT\n\n${body.join('\n\n')}\n`;
}

/** ffmpeg concat-demuxer list for still slides (the last image is repeated, as the demuxer needs). */
export function concatList(images: string[], durations: number[]): string {
  const q = (p: string) => `'${p.replace(/'/g, "'\\''")}'`;
  const lines = ['ffconcat version 1.0'];
  images.forEach((img, i) => { lines.push(`file ${q(img)}`, `duration ${durations[i].toFixed(3)}`); });
  lines.push(`file ${q(images[images.length - 1])}`);
  return `${lines.join('\n')}\n`;
}
