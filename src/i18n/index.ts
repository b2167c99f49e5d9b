/**
 * The one loader of UI strings, for every language: pages and components, the build's integrations, the
 * Markdown plugins, the scripts and the tests all import them from here. JSON import attributes
 * (`with { type: 'json' }`) let the same file load in Astro, Vitest and plain Node. The Russian file is
 * the reference: a unit test fails when any other language lacks one of its keys. Components call
 * `useTranslations(lang)`.
 */
import { locales } from '../config/locales.ts';
import { makeTranslator, type UiStrings } from '../lib/site/i18n.ts';
import ru from './ru.json' with { type: 'json' };
import uz from './uz.json' with { type: 'json' };
import tg from './tg.json' with { type: 'json' };
import ky from './ky.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };

export const dictionaries: Record<string, UiStrings> = { ru, uz, tg, ky, en };

for (const l of locales) {
  if (!dictionaries[l.code])
    throw new Error(
      `src/i18n/${l.code}.json is missing: every configured language needs UI strings.`,
    );
}

export function useTranslations(lang: string) {
  return makeTranslator(lang, dictionaries);
}
