/**
 * The slides of an instruction video as SVG (scripts/make-videos.ts turns them into PNG with ffmpeg):
 * the title, then one slide per step, large white text on dark blue. Text is broken into lines by the
 * print line breaker (src/lib/print/lineBreak.ts) with an estimated width per character.
 */
import { breakLines, type TextRun } from '../print/lineBreak.ts';
import { escapeHtml } from '../site/escape.ts';

/** Short bracketed groups such as "(ИС МП)" stay on one line. */
function keepTogether(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const end = words.slice(i).findIndex((w) => w.includes(')'));
    const group = end > 0 ? words.slice(i, i + end + 1).join(' ') : '';
    if (words[i].startsWith('(') && !words[i].includes(')') && group && group.length <= 16) {
      out.push(group);
      i += end;
    } else out.push(words[i]);
  }
  return out;
}

/**
 * Slide text in lines of at most `chars` characters (the width estimate the slides are laid out by); a
 * word longer than the line gets a line of its own, short bracketed groups are never split.
 */
export function wrapSlideText(text: string, chars: number): string[] {
  const groups = keepTogether(text.split(/[ \t\n]+/).filter(Boolean));
  const runs: TextRun[] = groups.map((g, i) => ({
    text: i < groups.length - 1 ? `${g} ` : g,
    keep: true,
  }));
  return breakLines(runs, chars, 1, (t) => t.length, { longWords: 'overflow' }).map((segs) =>
    segs.map((s) => s.text).join(''),
  );
}

export const SLIDE = { width: 640, height: 360 } as const;
const FONT = 'DejaVu Sans';
/** DejaVu Sans is wide: on average a character takes about 0.6 of the font size. */
const CHAR_EM = 0.6;

/** The largest font size (of a few) at which the text fits the box, and its lines. */
export function fitText(
  text: string,
  boxWidth: number,
  boxHeight: number,
  sizes = [40, 36, 32, 28, 24, 21],
): { size: number; lines: string[] } {
  for (const size of sizes) {
    const lines = wrapSlideText(text, Math.floor(boxWidth / (size * CHAR_EM)));
    if (lines.length * size * 1.25 <= boxHeight) return { size, lines };
  }
  const size = sizes[sizes.length - 1];
  return { size, lines: wrapSlideText(text, Math.floor(boxWidth / (size * CHAR_EM))) };
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
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xml:lang="${escapeHtml(input.lang)}">`,
  );
  parts.push(`<rect width="${width}" height="${height}" fill="#0d3b66"/>`);
  parts.push(`<rect y="${height - 10}" width="${width}" height="10" fill="#ffbf47"/>`);
  const textBlock = (
    text: string,
    top: number,
    boxHeight: number,
    weight: string,
    sizes?: number[],
  ) => {
    const fit = fitText(text, width - 2 * pad, boxHeight, sizes);
    const lineHeight = fit.size * 1.25;
    const y0 = top + (boxHeight - fit.lines.length * lineHeight) / 2 + fit.size;
    fit.lines.forEach((line, i) => {
      parts.push(
        `<text x="${pad}" y="${Math.round(y0 + i * lineHeight)}" font-family="${FONT}" font-size="${fit.size}" font-weight="${weight}" fill="#ffffff">${escapeHtml(line)}</text>`,
      );
    });
  };
  if (input.text === undefined) {
    textBlock(input.title, 40, 230, 'bold', [44, 40, 36, 32, 28]);
    if (input.footer)
      parts.push(
        `<text x="${pad}" y="${height - 34}" font-family="${FONT}" font-size="20" fill="#ffbf47">${escapeHtml(input.footer)}</text>`,
      );
  } else {
    if (input.label)
      parts.push(
        `<text x="${pad}" y="46" font-family="${FONT}" font-size="22" font-weight="bold" fill="#ffbf47">${escapeHtml(input.label)}</text>`,
      );
    const small = wrapSlideText(input.title, Math.floor((width - 2 * pad) / (16 * CHAR_EM)))[0];
    parts.push(
      `<text x="${pad}" y="${height - 28}" font-family="${FONT}" font-size="16" fill="#c9d6e8">${escapeHtml(small)}</text>`,
    );
    textBlock(input.text, 64, 232, 'normal');
  }
  parts.push('</svg>');
  return parts.join('\n');
}
