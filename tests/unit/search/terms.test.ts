// The editors' search words (content/search/<lang>.yaml): read, checked, and a mistake named clearly.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseSearchTerms, readSearchTerms } from '../../../src/lib/search/terms.ts';
import { readBenchQueries, parseBenchQueries } from '../../support/benchQueries.ts';
import { locales } from '../../../src/config/locales.ts';

const content = join(import.meta.dirname, '..', '..', '..', 'content');
const chapters = new Set(
  readdirSync(join(content, 'guide', 'ru')).map((f) => f.replace(/\.mdx?$/, '')),
);

describe('search words', () => {
  it('reads chapter words and endings (longest ending first)', () => {
    const t = parseSearchTerms(
      'x.yaml',
      'chapters:\n  health: [kasal, " bemor "]\nendings: [di, dim, Dingiz]\n',
      chapters,
    );
    expect(t.words.get('health')).toEqual(['kasal', 'bemor']);
    expect(t.endings).toEqual(['dingiz', 'dim', 'di']);
  });
  it('names the file, the entry and what was expected', () => {
    expect(() =>
      parseSearchTerms('content/search/uz.yaml', 'chapters:\n  helth: [kasal]\n', chapters),
    ).toThrow(
      /content\/search\/uz\.yaml: chapters → "helth": no such chapter; expected one of .*health/,
    );
    expect(() => parseSearchTerms('f.yaml', 'chapters:\n  health: kasal\n', chapters)).toThrow(
      /f\.yaml: chapters → health: expected a list of words in square brackets/,
    );
    expect(() => parseSearchTerms('f.yaml', 'chapters:\n  health: [kasal, 3]\n', chapters)).toThrow(
      /chapters → health/,
    );
    expect(() => parseSearchTerms('f.yaml', 'words:\n  health: [kasal]\n')).toThrow(
      /f\.yaml: unknown key "words"; expected "chapters" or "endings"/,
    );
    expect(() => parseSearchTerms('f.yaml', 'endings: [di, "d i"]\n')).toThrow(
      /endings → "d i": expected letters only/,
    );
    expect(() => parseSearchTerms('f.yaml', '- kasal\n')).toThrow(/f\.yaml: expected "chapters:"/);
    expect(() => parseSearchTerms('f.yaml', 'chapters: [\n')).toThrow(/f\.yaml: not valid YAML/);
  });
  it('every language has a valid word list naming real chapters', () => {
    for (const l of locales) {
      const t = readSearchTerms(content, l.code, chapters);
      expect(t.words.size, l.code).toBeGreaterThan(5);
    }
  });
  it('every language has 40 or more benchmark queries, each naming a real chapter', () => {
    for (const l of locales)
      expect(readBenchQueries(content, l.code, chapters).length, l.code).toBeGreaterThanOrEqual(40);
    expect(() => parseBenchQueries('q.yaml', '- { q: kasal, chapter: helth }\n', chapters)).toThrow(
      /q\.yaml, entry 1 \("kasal"\): no chapter "helth"/,
    );
    expect(() => parseBenchQueries('q.yaml', '- { chapter: health }\n', chapters)).toThrow(
      /q\.yaml, entry 1: "q" must be the words typed/,
    );
  });
});
