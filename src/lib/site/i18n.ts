/**
 * Language lookups shared by pages, scripts and tests: which locale a code names, the fallback chain,
 * UI-string lookup with {placeholders}, and date formatting. No Astro imports, so it runs anywhere.
 */
import { defaultLocale, locales, type LocaleConfig } from '../../config/locales.ts';

export type UiStrings = Record<string, string>;

export function getLocale(code: string): LocaleConfig {
  const found = locales.find((l) => l.code === code);
  if (!found) {
    throw new Error(
      `Unknown language "${code}". Configured languages: ${locales.map((l) => l.code).join(', ')} (src/config/locales.ts).`,
    );
  }
  return found;
}

export function isLocale(code: string): boolean {
  return locales.some((l) => l.code === code);
}

/** The languages to try for `code`, in order: itself, its fallbacks, and always the default last. */
export function fallbackChain(code: string): string[] {
  const chain = [code, ...getLocale(code).fallback, defaultLocale];
  return chain.filter((c, i) => chain.indexOf(c) === i);
}

/** Replaces {name} placeholders; a missing value is a bug in the caller, so it throws. */
export function interpolate(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in vars)) throw new Error(`UI string "${template}" needs a value for {${name}}.`);
    return String(vars[name]);
  });
}

/**
 * Makes a `t(key, vars)` for one language. A key missing in that language falls back along the
 * chain (the unit test makes sure that never happens in a release); an unknown key throws so a typo
 * fails the build instead of showing a raw key to a migrant.
 */
export function makeTranslator(code: string, dictionaries: Record<string, UiStrings>) {
  const chain = fallbackChain(code);
  return function t(key: string, vars?: Record<string, string | number>): string {
    for (const c of chain) {
      const value = dictionaries[c]?.[key];
      if (value !== undefined) return interpolate(value, vars);
    }
    throw new Error(`UI string "${key}" is not defined in src/i18n/${defaultLocale}.json.`);
  };
}

/** Keys present in the reference dictionary but missing (or empty) in another. */
export function missingKeys(reference: UiStrings, other: UiStrings): string[] {
  return Object.keys(reference).filter(
    (k) => typeof other[k] !== 'string' || other[k].trim() === '',
  );
}

/** A date as people in that language write it, e.g. "23 ноября 2026 г.", "23 November 2026". */
export function formatDate(date: Date, code: string): string {
  return new Intl.DateTimeFormat(getLocale(code).intl, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** ISO date (YYYY-MM-DD) for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
