// What espeak-ng is given to say: numbers, abbreviations and letters its voices get wrong.
import { describe, expect, it } from 'vitest';
import { spokenText } from '../../../src/lib/video/pronunciation.ts';

describe('narration as spoken', () => {
  it('says numbers, abbreviations and the Uzbek ʼ so the voices get them right', () => {
    expect(spokenText('85 000 tenge, call 112', 'en')).toBe('85000 tenge, call 1 1 2');
    expect(spokenText('ЦОНдон, КМШ, eGov', 'ky')).toBe('ТсОНдон, ка-эм-ша, игов');
    expect(spokenText('Анын кыска аты — ИС МП.', 'ky')).toBe('Анын кыска аты — ис эм-пэ.');
    expect(spokenText('maʼlumot', 'uz')).toBe('malumot');
  });
});
