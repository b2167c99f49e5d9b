/**
 * Reads a video page: its body is the script. Its numbered list gives one slide per step, its
 * transcript what is said on each slide, split into sentences (one caption cue each), so the text on
 * the site, the narration and the captions never drift apart. The other steps of making a video are in
 * slides.ts, pronunciation.ts, wav.ts and timeline.ts; scripts/make-videos.ts runs espeak-ng and ffmpeg.
 */

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
  if (sections.length < 2)
    throw new Error(
      'the text needs two "## " headings: the steps (a numbered list), then the transcript (what is said)',
    );
  const steps: string[] = [];
  let current: string | undefined;
  for (const line of sections[0].split('\n')) {
    const item = /^\d+[.)]\s+(.*)$/.exec(line.trim());
    if (item) {
      if (current !== undefined) steps.push(current);
      current = item[1];
    } else if (current !== undefined && line.trim() && /^\s/.test(line))
      current += ` ${line.trim()}`;
    else if (current !== undefined && line.trim()) {
      steps.push(current);
      current = undefined;
    }
  }
  if (current !== undefined) steps.push(current);
  if (!steps.length)
    throw new Error('the first "## " section must be a numbered list of steps (1. …, 2. …)');
  const narration = sections[1]
    .split(/\n\s*\n/)
    .map((p) => plainText(p))
    .filter(Boolean);
  if (narration.length !== steps.length + 1) {
    throw new Error(
      `the transcript has ${narration.length} paragraph(s) but there are ${steps.length} steps: write one paragraph for the title and then one per step (${steps.length + 1} in all), separated by empty lines`,
    );
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
export function narrationSentences(
  paragraph: string,
  resolve: FigureResolver = (t) => t,
): { text: string; spoken: string }[] {
  const refs: string[] = [];
  const masked = paragraph.replace(/\{\{[^}]*\}\}/g, (r) => `\u0000${refs.push(r) - 1}\u0000`);
  return splitSentences(masked).map((s) => {
    const raw = s.replace(/\u0000(\d+)\u0000/g, (_, i: string) => refs[Number(i)]);
    return { text: resolve(raw, 'text'), spoken: resolve(raw, 'speakable') };
  });
}

/** A page's caption sentences, paragraph by paragraph, with figures written out as they are shown. */
export function captionSentences(markdownBody: string, resolve: FigureResolver): string[][] {
  return parseVideoBody(markdownBody).narration.map((p) =>
    narrationSentences(p, resolve).map((s) => s.text),
  );
}
