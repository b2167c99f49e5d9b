/** getStaticPaths for pages that exist once per language. */
import { localeCodes } from '../config/locales.ts';

export function langPaths() {
  return localeCodes.map((lang) => ({ params: { lang } }));
}

/** Picks the language hinted by the browser among ours ('uz-UZ' → 'uz'), or undefined. */
export function suggestLang(preferred: readonly string[], available: readonly string[] = localeCodes): string | undefined {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (available.includes(base)) return base;
  }
  return undefined;
}
