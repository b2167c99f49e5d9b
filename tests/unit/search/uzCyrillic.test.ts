// Uzbek typed in Cyrillic is searched in the Latin alphabet of the Uzbek pages (1995 alphabet rules).
import { describe, expect, it } from 'vitest';
import { hasCyrillic, uzCyrillicToLatin } from '../../../src/lib/search/uzCyrillic.ts';

describe('Uzbek Cyrillic → Latin', () => {
  it('writes the letters of the official Latin alphabet', () => {
    expect(uzCyrillicToLatin('рўйхат')).toBe('ro\u02BByxat');
    expect(uzCyrillicToLatin('ғалаба')).toBe('g\u02BBalaba');
    expect(uzCyrillicToLatin('қизил')).toBe('qizil');
    expect(uzCyrillicToLatin('меҳнат')).toBe('mehnat');
    expect(uzCyrillicToLatin('шаҳар чегара')).toBe('shahar chegara');
    expect(uzCyrillicToLatin('жарима')).toBe('jarima');
    expect(uzCyrillicToLatin('касалхона')).toBe('kasalxona');
    expect(uzCyrillicToLatin('ёш юрист ярим')).toBe('yosh yurist yarim');
    expect(uzCyrillicToLatin('маълумот')).toBe('ma\u02BClumot');
    expect(uzCyrillicToLatin('паспорт йўқолди')).toBe('pasport yo\u02BBqoldi');
  });
  it('е is ye at the start of a word and after a vowel, e elsewhere', () => {
    expect(uzCyrillicToLatin('ер')).toBe('yer');
    expect(uzCyrillicToLatin('поезд')).toBe('poyezd');
    expect(uzCyrillicToLatin('меҳнат')).toBe('mehnat');
  });
  it('ц is ts after a vowel, s elsewhere', () => {
    expect(uzCyrillicToLatin('регистрация')).toBe('registratsiya');
    expect(uzCyrillicToLatin('цирк')).toBe('sirk');
  });
  it('keeps capitals: Ў → Oʻ, and a word in capitals stays in capitals', () => {
    expect(uzCyrillicToLatin('Ўзбекистон')).toBe('O\u02BBzbekiston');
    expect(uzCyrillicToLatin('Тошкент')).toBe('Toshkent');
    expect(uzCyrillicToLatin('ШАҲАР')).toBe('SHAHAR');
  });
  it('leaves Latin letters, digits and signs alone, and tells Cyrillic text apart', () => {
    expect(uzCyrillicToLatin('ИИН olish 2026')).toBe('IIN olish 2026');
    expect(hasCyrillic('рўйхат')).toBe(true);
    expect(hasCyrillic("ro'yxat")).toBe(false);
  });
});
