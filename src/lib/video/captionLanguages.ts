/**
 * A video page may show a video that speaks another language than the page ("spoken: ru" on a Tajik
 * page: espeak-ng has no Tajik voice, so Tajik readers get the Russian video with Tajik captions). Such
 * captions are a translation of the spoken captions, one cue per spoken cue at the same times, so a
 * reader sees the Tajik sentence while its Russian counterpart is being said. These checks keep that
 * true when the spoken video is re-rendered, and make the page say honestly what it shows.
 */
import type { VttCue } from './captions.ts';

/** Cue times written in the files have millisecond precision. */
const TOLERANCE = 0.0015;

function stamp(seconds: number): string {
  const m = Math.floor(seconds / 60);
  return `${m}:${(seconds - m * 60).toFixed(3).padStart(6, '0')}`;
}

/**
 * Why translated captions are not timed to the spoken captions (undefined when every cue matches):
 * the number of cues, or the first cue whose start or end differs.
 */
export function cueTimingProblem(translated: VttCue[], spoken: VttCue[]): string | undefined {
  if (translated.length !== spoken.length) {
    return `it has ${translated.length} cue(s) but the spoken captions have ${spoken.length}: write one cue per spoken cue, at the same times`;
  }
  for (const [i, c] of translated.entries()) {
    const s = spoken[i];
    if (Math.abs(c.start - s.start) > TOLERANCE || Math.abs(c.end - s.end) > TOLERANCE) {
      return `cue ${i + 1} runs ${stamp(c.start)}–${stamp(c.end)} but the spoken cue ${i + 1} runs ${stamp(s.start)}–${stamp(s.end)}`;
    }
  }
  return undefined;
}

/**
 * Captions for a page whose video speaks another language: the page's own sentences on the spoken
 * captions' times. `sentences` and `spokenSentences` are the two transcripts split per paragraph the way
 * the narration was (one paragraph per slide); each paragraph must have as many sentences as its spoken
 * counterpart, else the error names the paragraph so the translator can join or split sentences.
 */
export function retimeCaptions(
  spokenCues: VttCue[],
  sentences: string[][],
  spokenSentences: string[][],
): VttCue[] {
  if (sentences.length !== spokenSentences.length) {
    throw new Error(
      `the transcript has ${sentences.length} paragraph(s) but the spoken transcript has ${spokenSentences.length}: keep one paragraph per slide`,
    );
  }
  sentences.forEach((p, i) => {
    if (p.length !== spokenSentences[i].length) {
      throw new Error(
        `transcript paragraph ${i + 1} has ${p.length} sentence(s) but the spoken one has ${spokenSentences[i].length} ("${spokenSentences[i][0]}…"): one sentence per spoken sentence, so each caption matches what is said`,
      );
    }
  });
  const flat = sentences.flat();
  if (flat.length !== spokenCues.length) {
    throw new Error(
      `the spoken captions have ${spokenCues.length} cues but its transcript has ${flat.length} sentences: render the spoken video again first (npm run videos)`,
    );
  }
  return spokenCues.map((c, i) => ({ start: c.start, end: c.end, text: flat[i] }));
}

export interface CaptionFieldProblem {
  field: string;
  message: string;
}

/**
 * What is missing on a page whose video speaks `spoken` (the page's own language when absent): captions
 * in the page's language, so a reader understands the video, and captions in the spoken language, the
 * reference the translated captions are timed against.
 */
export function spokenLanguageProblem(
  pageLang: string,
  spoken: string | undefined,
  captions: Record<string, string | undefined>,
): CaptionFieldProblem | undefined {
  if (!spoken || spoken === pageLang) return undefined;
  if (!captions[pageLang]) {
    return {
      field: `captions.${pageLang}`,
      message: `the video speaks "${spoken}", so the page needs captions in its own language: add "${pageLang}: <file>.vtt" under captions (npm run videos makes it from the transcript)`,
    };
  }
  if (!captions[spoken]) {
    return {
      field: `captions.${spoken}`,
      message: `the video speaks "${spoken}": list its "${spoken}" captions too, so readers can switch to them and the translated captions can be checked against their timing`,
    };
  }
  return undefined;
}
