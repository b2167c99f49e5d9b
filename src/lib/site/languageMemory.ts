/**
 * "This phone reads Tajik": the language a person chose on the chooser at / is kept in localStorage on
 * the phone only — never a cookie, never sent anywhere — so the
 * chooser can offer "Continue in Тоҷикӣ" at the top.
 * It only ever offers a link; nothing redirects. No imports: bundled into tiny page scripts.
 */
export const LANG_KEY = 'mg-lang';

/** The part of Web Storage used here (so tests can pass a Map-backed stand-in). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The remembered language if it is one of ours; storage that is missing or blocked counts as none. */
export function rememberedLang(
  store: KeyValueStore | undefined,
  codes: readonly string[],
): string | undefined {
  try {
    const v = store?.getItem(LANG_KEY) ?? undefined;
    return v && codes.includes(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the chosen language (ignores codes that are not ours, and storage that refuses). */
export function rememberLang(
  store: KeyValueStore | undefined,
  code: string,
  codes: readonly string[],
): void {
  if (!codes.includes(code)) return;
  try {
    store?.setItem(LANG_KEY, code);
  } catch {
    /* private mode or storage full: the chooser simply does not remember */
  }
}
