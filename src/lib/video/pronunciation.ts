/** How espeak-ng should say a narration sentence, per language. */

/**
 * Words espeak-ng's voices read wrongly, as they should be said. Found by reading each narration
 * sentence's phonemes (espeak-ng -x): the Kyrgyz voice has no Ц, says «ИС МП» as one word and spells Latin
 * words letter by letter in English, the Uzbek voice reads the tutuq belgisi ʼ as "modifier letter apostrophe".
 */
const SAY_AS: Record<string, [RegExp, string][]> = {
  ru: [
    [/\beGov\b/g, 'игов'],
    [/\bSIM-карт/g, 'сим-карт'],
  ],
  ky: [
    [/\beGov\b/g, 'игов'],
    [/\bSIM-карт/g, 'сим-карт'],
    [/КМШ/g, 'ка-эм-ша'],
    [/ИС МП/g, 'ис эм-пэ'],
    [/Ц/g, 'Тс'],
    [/ц/g, 'тс'],
  ],
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
