import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
  callBarNumbers,
  chapterCallNumber,
  emergencyNumbers,
} from '../../../src/config/emergency.ts';
import { pageCallNumber } from '../../../src/lib/site/callNumber.ts';
import { dictionaries } from '../../../src/i18n/index.ts';
import { locales } from '../../../src/config/locales.ts';

const contactNumbers = new Set(
  readdirSync('content/contacts')
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) =>
      (
        (parse(readFileSync(`content/contacts/${f}`, 'utf8')).phones ?? []) as { number: string }[]
      ).map((p) => p.number),
    ),
);

describe("the call bar's numbers", () => {
  it("gives a chapter its own number, a video its first chapter's, the map the ambulance", () => {
    expect(pageCallNumber({ chapter: 'health' })).toBe('103');
    expect(pageCallNumber({ chapter: 'police' })).toBe('102');
    expect(pageCallNumber({ chapters: ['registration', 'health'] })).toBe('103');
    expect(pageCallNumber({ section: 'map' })).toBe('103');
  });
  it('gives nothing where no number fits better than 112 alone', () => {
    expect(pageCallNumber({ chapter: 'money' })).toBeUndefined();
    expect(pageCallNumber({ chapters: [] })).toBeUndefined();
    expect(pageCallNumber({ section: 'help' })).toBeUndefined();
    expect(pageCallNumber({})).toBeUndefined();
  });
  it('uses only numbers that have a sourced contact file and a short label in every language', () => {
    for (const n of [...callBarNumbers, ...emergencyNumbers.map((e) => e.number)])
      expect(contactNumbers.has(n), n).toBe(true);
    for (const n of callBarNumbers)
      for (const l of locales)
        expect(dictionaries[l.code][`call.${n}`], `${l.code} call.${n}`).toBeTruthy();
  });
  it('names only chapters that exist', () => {
    for (const slug of Object.keys(chapterCallNumber))
      expect(existsSync(`content/guide/ru/${slug}.md`), slug).toBe(true);
  });
});
