import { describe, expect, it } from 'vitest';
import {
  LANG_KEY,
  rememberLang,
  rememberedLang,
  type KeyValueStore,
} from '../../../src/lib/site/languageMemory.ts';
import { langInPath } from '../../../src/lib/site/languagePath.ts';

const codes = ['ru', 'uz', 'tg', 'ky', 'en'];
function store(
  initial: Record<string, string> = {},
): KeyValueStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}
const refusing: KeyValueStore = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

describe('remembered language', () => {
  it('keeps a chosen language and gives it back', () => {
    const s = store();
    rememberLang(s, 'tg', codes);
    expect(s.data.get(LANG_KEY)).toBe('tg');
    expect(rememberedLang(s, codes)).toBe('tg');
  });
  it('ignores languages that are not ours, in and out', () => {
    const s = store({ [LANG_KEY]: 'de' });
    expect(rememberedLang(s, codes)).toBeUndefined();
    rememberLang(s, '<script>', codes);
    expect(s.data.get(LANG_KEY)).toBe('de');
  });
  it('treats missing or blocked storage as nothing remembered', () => {
    expect(rememberedLang(undefined, codes)).toBeUndefined();
    expect(rememberedLang(refusing, codes)).toBeUndefined();
    expect(() => rememberLang(refusing, 'uz', codes)).not.toThrow();
  });
});

describe('language of an address', () => {
  it('reads the first segment after the base', () => {
    expect(langInPath('/mg/tg/no-such-page/', '/mg/', codes)).toBe('tg');
    expect(langInPath('/uz/guide/x/', '/', codes)).toBe('uz');
    expect(langInPath('/mg/tg', '/mg', codes)).toBe('tg');
  });
  it('gives nothing outside a language or outside the base', () => {
    expect(langInPath('/mg/', '/mg/', codes)).toBeUndefined();
    expect(langInPath('/mg/xx/', '/mg/', codes)).toBeUndefined();
    expect(langInPath('/other/tg/', '/mg/', codes)).toBeUndefined();
  });
});
