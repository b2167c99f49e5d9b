/**
 * Uzbek written in Cyrillic (as many older readers still type it), turned into the Latin alphabet the
 * Uzbek pages use, following the official Uzbek Latin alphabet of 1995 (O‘zbekiston Respublikasi
 * Vazirlar Mahkamasining 1995-yil 6-maydagi qarori bilan tasdiqlangan qoidalar):
 * ў → oʻ, ғ → gʻ, қ → q, ҳ → h, ш → sh, ч → ch, ё → yo, ю → yu, я → ya, ж → j, х → x, й → y, ъ → ʼ;
 * е → ye at the start of a word and after a vowel (or ъ/ь), otherwise e; ц → ts after a vowel,
 * otherwise s; ь is dropped. Used only for queries on the Uzbek pages (see queryForms).
 */

const SIMPLE: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'x',
  ш: 'sh',
  ч: 'ch',
  ё: 'yo',
  ю: 'yu',
  я: 'ya',
  э: 'e',
  ъ: '\u02BC',
  ь: '',
  ў: 'o\u02BB',
  қ: 'q',
  ғ: 'g\u02BB',
  ҳ: 'h',
  ы: 'i',
  щ: 'sh',
};
const VOWELS = new Set([...'аеёиоуэюяўАЕЁИОУЭЮЯЎ']);
const SIGNS = new Set([...'ъьЪЬ']);
const CYRILLIC = /[\u0400-\u04FF]/;

/** True if the text has any Cyrillic letter (then it may be Uzbek Cyrillic, or Russian). */
export function hasCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}

export function uzCyrillicToLatin(text: string): string {
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    const lower = c.toLowerCase();
    const prev = chars[i - 1];
    const next = chars[i + 1];
    const atWordStart = prev === undefined || !/\p{L}/u.test(prev);
    let latin: string;
    if (lower === 'е') latin = atWordStart || VOWELS.has(prev) || SIGNS.has(prev) ? 'ye' : 'e';
    else if (lower === 'ц') latin = !atWordStart && VOWELS.has(prev) ? 'ts' : 's';
    else if (lower in SIMPLE) latin = SIMPLE[lower];
    else {
      out += c;
      continue;
    }
    if (c !== lower && latin) {
      // A capital: "Ш" → "Sh" in a word, "SH" when the next letter is a capital too (ШАҲАР → SHAHAR).
      const allCaps = next !== undefined && next !== next.toLowerCase();
      latin = allCaps ? latin.toUpperCase() : latin[0].toUpperCase() + latin.slice(1);
    }
    out += latin;
  }
  return out;
}
