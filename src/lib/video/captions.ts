/**
 * Checks a WebVTT caption file before the site is built. A broken caption file fails silently in the
 * browser (no captions, no error), and people who cannot hear the narration or read slowly depend on
 * them, so the build stops instead and says which line is wrong, in words an editor understands.
 */

/** "00:01.500" or "01:02:03.250" → seconds; undefined when it is not a WebVTT timestamp. */
export function parseVttTimestamp(s: string): number | undefined {
  const m = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/.exec(s.trim());
  if (!m) return undefined;
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(m[4]) / 1000;
}

export interface VttCue {
  start: number;
  end: number;
  text: string;
}

const TIMING = /^(\S+)[ \t]+-->[ \t]+(\S+)(?:[ \t]+.*)?$/;

/**
 * Problems in a WebVTT text (empty when it is valid), each naming the line. Checks what browsers need:
 * the WEBVTT header, cue timing lines ("00:00.000 --> 00:04.200"), start before end, cues in time order,
 * and at least one cue with text.
 */
export function checkWebVtt(text: string): string[] {
  const problems: string[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) {
    problems.push('line 1: a caption file must start with the word WEBVTT on its own first line');
    return problems;
  }
  let cues = 0;
  let lastStart = 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line.includes('-->')) continue;
    const n = i + 1;
    const m = TIMING.exec(line.trim());
    const start = m ? parseVttTimestamp(m[1]) : undefined;
    const end = m ? parseVttTimestamp(m[2]) : undefined;
    if (start === undefined || end === undefined) {
      problems.push(
        `line ${n}: "${line.trim()}" is not a cue time; write it like 00:01.000 --> 00:04.500 (minutes:seconds.milliseconds)`,
      );
      continue;
    }
    if (end <= start)
      problems.push(`line ${n}: the cue ends (${m![2]}) before or when it starts (${m![1]})`);
    if (start < lastStart)
      problems.push(
        `line ${n}: the cue starts at ${m![1]}, earlier than the cue before it; keep cues in time order`,
      );
    lastStart = start;
    if (!(lines[i + 1] ?? '').trim())
      problems.push(`line ${n}: the cue has no text on the next line`);
    cues++;
  }
  if (cues === 0 && problems.length === 0)
    problems.push(
      'the file has no cues (no line like 00:00.000 --> 00:03.000 followed by the text)',
    );
  return problems;
}

/** The cues of a valid WebVTT text (for the benchmark and tests; settings and ids are ignored). */
export function parseVttCues(text: string): VttCue[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const cues: VttCue[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = TIMING.exec(lines[i].trim());
    if (!m) continue;
    const start = parseVttTimestamp(m[1]);
    const end = parseVttTimestamp(m[2]);
    if (start === undefined || end === undefined) continue;
    const body: string[] = [];
    for (let j = i + 1; j < lines.length && lines[j].trim(); j++) body.push(lines[j]);
    cues.push({ start, end, text: body.join('\n') });
  }
  return cues;
}
