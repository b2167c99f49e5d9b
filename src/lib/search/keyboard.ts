/**
 * Tajik and Kyrgyz as typed on a Russian keyboard, which has no ҳ ҷ ӣ ӯ қ ғ or ң ө ү: people write
 * х ч и у к г and н о у instead. The index carries this form of each chapter's title and search words
 * (see indexPages.ts), so "бакайдгири" finds "бақайдгирӣ". The query itself is left as typed.
 */
const FOLD: Record<string, Record<string, string>> = {
  tg: {
    ҳ: 'х',
    ҷ: 'ч',
    ӣ: 'и',
    ӯ: 'у',
    қ: 'к',
    ғ: 'г',
    Ҳ: 'Х',
    Ҷ: 'Ч',
    Ӣ: 'И',
    Ӯ: 'У',
    Қ: 'К',
    Ғ: 'Г',
  },
  ky: { ң: 'н', ө: 'о', ү: 'у', Ң: 'Н', Ө: 'О', Ү: 'У' },
};

/** The text as a Russian keyboard would let one type it in this language (unchanged for others). */
export function russianKeyboardForm(text: string, lang: string): string {
  const map = FOLD[lang];
  if (!map) return text;
  return [...text].map((c) => map[c] ?? c).join('');
}
