import { describe, expect, it } from 'vitest';
import {
  langOfPath,
  switchLangPath,
  withBase,
  withoutBase,
  paths,
} from '../../../src/lib/site/routes.ts';
import { suggestLang } from '../../../src/lib/site/suggestLang.ts';
import { localeCodes } from '../../../src/config/locales.ts';

describe('routes', () => {
  it('adds and removes the base path', () => {
    expect(withBase('/', '/ru/guide/')).toBe('/ru/guide/');
    expect(withBase('/repo/', '/ru/guide/')).toBe('/repo/ru/guide/');
    expect(withoutBase('/repo/', '/repo/ru/')).toBe('/ru/');
    expect(withoutBase('/repo/', '/repo')).toBe('/');
  });
  it('switches language and keeps the page', () => {
    expect(switchLangPath(paths.chapter('uz', 'police'), 'en')).toBe('/en/guide/police/');
    expect(switchLangPath('/ky/', 'tg')).toBe('/tg/');
    expect(switchLangPath('/404/', 'uz')).toBe('/uz/');
    expect(langOfPath('/tg/help/')).toBe('tg');
    expect(langOfPath('/q/ab/')).toBeUndefined();
  });
  it('suggests a language from the browser without forcing it', () => {
    expect(suggestLang(['uz-UZ', 'ru'], localeCodes)).toBe('uz');
    expect(suggestLang(['de-DE', 'ky-KG'], localeCodes)).toBe('ky');
    expect(suggestLang(['de-DE'], localeCodes)).toBeUndefined();
  });
});
