/**
 * Figures in plain text, outside the Markdown step: video slides and captions get the text form
 * ("4 МРП (17 300 тенге)"), narration the speakable one ("17300 тенге": speech synthesis reads
 * digits without group spaces as one number, and the МРП count adds nothing when heard).
 */
import type { FactFormatter } from './format.ts';
import { REFERENCE } from './references.ts';

export type FigureForm = 'text' | 'speakable';

export function resolveFacts(text: string, fmt: FactFormatter, form: FigureForm): string {
  let out = '';
  let pos = 0;
  for (const m of text.matchAll(REFERENCE)) {
    out += text.slice(pos, m.index);
    const r = fmt.render(m[1], m[2] === undefined ? 1 : Number(m[2]), out);
    out += form === 'text' ? r.text : r.speakable;
    pos = m.index + m[0].length;
  }
  return out + text.slice(pos);
}
