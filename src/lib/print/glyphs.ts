/**
 * Every character a PDF shows must be in its font, or pdf-lib would print empty boxes. Checked before
 * drawing, with the text that fails, so a new language or symbol is caught at build time. One check for
 * cards, leaflets and booklets.
 */
import fontkit from '@pdf-lib/fontkit';
import { FACE_NAMES, fontFiles, type Face } from './fonts.ts';

interface GlyphSet {
  hasGlyphForCodePoint(cp: number): boolean;
}
const parsed = new WeakMap<Uint8Array, GlyphSet>();

function glyphSet(bytes: Uint8Array): GlyphSet {
  let set = parsed.get(bytes);
  if (!set) parsed.set(bytes, (set = fontkit.create(bytes as Buffer) as unknown as GlyphSet));
  return set;
}

/** "U+4E2D": how a character is named in messages. */
export function codePointName(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Characters (of `text`, each once, in order) that one of the faces cannot draw; spaces are not drawn. */
export function missingGlyphs(
  text: Iterable<string>,
  faces: readonly Face[] = ['regular', 'bold'],
): string[] {
  const sets = faces.map((f) => glyphSet(fontFiles()[f]));
  const missing = new Set<string>();
  for (const part of text) {
    for (const ch of part) {
      if (/\s/.test(ch) || missing.has(ch)) continue;
      if (sets.some((s) => !s.hasGlyphForCodePoint(ch.codePointAt(0)!))) missing.add(ch);
    }
  }
  return [...missing];
}

/** Throws, naming the font, the letter, its code point and the text that needs it, when a face cannot draw one of `texts`. */
export function checkGlyphs(faces: readonly Face[], texts: readonly string[]): void {
  for (const text of texts) {
    for (const face of faces) {
      const [ch] = missingGlyphs([text], [face]);
      if (ch)
        throw new Error(
          `The print font ${FACE_NAMES[face]} has no letter "${ch}" (${codePointName(ch)}), needed for: "${text}".`,
        );
    }
  }
}
