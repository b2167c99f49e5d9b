/**
 * The one line breaker for printed and drawn text: booklet paragraphs, card and leaflet text in the
 * PDFs, and the text on video slides. PDF and SVG have no text flow, so lines are broken here, greedily,
 * by a width measured with a function the caller passes in (the embedded font's widths for PDFs, a
 * character estimate for slides). Pure, so it is tested with made-up widths.
 */

/** Width of a text at a size, in the regular or bold face, in the caller's unit (points or characters). */
export type Measure = (text: string, bold: boolean, size: number) => number;

/** A piece of text in one style; a `keep` run is never broken inside (a short bracketed group). */
export interface TextRun {
  text: string;
  bold?: boolean;
  keep?: boolean;
}
/** A piece of a line in one style, `x` from the line's start. */
export interface Seg {
  text: string;
  bold: boolean;
  x: number;
}

export interface BreakOptions {
  /**
   * A word wider than the line: 'chars' cuts it where the line ends (default); 'soft' cuts it after the
   * last "/" or "-" that fits, as a reader of a web address expects, else where the line ends;
   * 'overflow' gives it a line of its own, wider than asked.
   */
  longWords?: 'chars' | 'soft' | 'overflow';
}

/** Splits runs into words that carry their style; a word keeps its trailing space. */
interface Word {
  text: string;
  bold: boolean;
  glue?: boolean;
}
function words(runs: TextRun[]): Word[] {
  const out: Word[] = [];
  for (const r of runs) {
    for (const w of r.keep ? [r.text] : (r.text.match(/[^ ]+ *| +/g) ?? [])) {
      const last = out[out.length - 1];
      // A word split across runs ("**30**-го") stays one word: no break between them.
      out.push({
        text: w,
        bold: Boolean(r.bold),
        glue: Boolean(last && !last.text.endsWith(' ') && !w.startsWith(' ')),
      });
    }
  }
  return out;
}

/**
 * Greedy line breaking: as many words as fit in `width`; a word wider than a line is handled as
 * `options.longWords` says. Returns lines of positioned segments, x from the line start.
 */
export function breakLines(
  runs: TextRun[],
  width: number,
  size: number,
  measure: Measure,
  options: BreakOptions = {},
): Seg[][] {
  const longWords = options.longWords ?? 'chars';
  const lines: Seg[][] = [];
  let line: Seg[] = [];
  let x = 0;
  const push = (text: string, bold: boolean) => {
    const last = line[line.length - 1];
    if (last && last.bold === bold) last.text += text;
    else line.push({ text, bold, x });
    x += measure(text, bold, size);
  };
  const newLine = () => {
    if (line.length) {
      const last = line[line.length - 1];
      last.text = last.text.replace(/ +$/, '');
      lines.push(line.filter((s) => s.text !== ''));
    }
    line = [];
    x = 0;
  };
  const ws = words(runs);
  for (let i = 0; i < ws.length; i++) {
    // Glued pieces move to a new line together.
    let j = i;
    while (ws[j + 1]?.glue) j++;
    const group = ws.slice(i, j + 1);
    const trimmedWidth = group.reduce(
      (sum, w, k) =>
        sum + measure(k === group.length - 1 ? w.text.replace(/ +$/, '') : w.text, w.bold, size),
      0,
    );
    if (x > 0 && x + trimmedWidth > width) newLine();
    for (const w of group) {
      if (x === 0 && /^ +$/.test(w.text)) continue;
      if (measure(w.text.replace(/ +$/, ''), w.bold, size) <= width - x) {
        push(w.text, w.bold);
        continue;
      }
      if (longWords === 'overflow') {
        if (x > 0) newLine();
        push(w.text, w.bold);
        continue;
      }
      // The word's characters on the current line, to move a soft cut's tail to the next one.
      let part = '';
      for (const ch of w.text) {
        if (x > 0 && x + measure(ch, w.bold, size) > width && ch !== ' ') {
          let carry = '';
          const soft =
            longWords === 'soft' ? Math.max(part.lastIndexOf('/'), part.lastIndexOf('-')) : -1;
          if (soft > 0) {
            carry = part.slice(soft + 1);
            const last = line[line.length - 1];
            last.text = last.text.slice(0, last.text.length - carry.length);
          }
          newLine();
          part = '';
          for (const c of carry) {
            push(c, w.bold);
            part += c;
          }
        }
        if (x === 0 && ch === ' ') continue;
        push(ch, w.bold);
        part += ch;
      }
    }
    i = j;
  }
  newLine();
  return lines;
}

/** Plain text (spaces collapsed) broken into lines no wider than `width` by `measure`. */
export function wrapText(
  text: string,
  width: number,
  measure: (text: string) => number,
  options: BreakOptions = {},
): string[] {
  const clean = text.split(/\s+/).filter(Boolean).join(' ');
  return breakLines([{ text: clean }], width, 1, (t) => measure(t), options).map((segs) =>
    segs.map((s) => s.text).join(''),
  );
}
