/**
 * The editors' search word lists, content/search/<lang>.yaml: for each chapter, the words people type
 * that the chapter itself does not use (kasal for the health chapter, прописка for registration, common
 * misspellings), and the word endings the search may cut off a typed word (yoʻqotdim → yoʻqot), so the
 * beginning of the word finds every form. Checked here, so a wrong entry names its file and place.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

export interface SearchTerms {
  /** Chapter slug → extra words it should be found by. */
  words: Map<string, string[]>;
  /** Endings cut off a typed word, longest first. */
  endings: string[];
}

export const EMPTY_TERMS: SearchTerms = { words: new Map(), endings: [] };

const strings = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((w) => typeof w === 'string' && w.trim() !== '');

/** Parses one file; `file` names it in errors. `chapters`, when given, are the slugs that exist. */
export function parseSearchTerms(
  file: string,
  text: string,
  chapters?: ReadonlySet<string>,
): SearchTerms {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (e) {
    throw new Error(`${file}: not valid YAML: ${(e as Error).message}`);
  }
  if (data === null || data === undefined) return EMPTY_TERMS;
  if (typeof data !== 'object' || Array.isArray(data))
    throw new Error(
      `${file}: expected "chapters:" (chapter → words) and "endings:" (a list), not ${Array.isArray(data) ? 'a list' : typeof data}`,
    );
  const d = data as Record<string, unknown>;
  for (const key of Object.keys(d)) {
    if (key !== 'chapters' && key !== 'endings')
      throw new Error(`${file}: unknown key "${key}"; expected "chapters" or "endings"`);
  }
  const words = new Map<string, string[]>();
  if (d.chapters !== undefined && d.chapters !== null) {
    if (typeof d.chapters !== 'object' || Array.isArray(d.chapters))
      throw new Error(
        `${file}: "chapters" must map a chapter slug to a list of words, e.g. "health: [kasal, bemor]"`,
      );
    for (const [slug, list] of Object.entries(d.chapters as Record<string, unknown>)) {
      if (chapters && !chapters.has(slug))
        throw new Error(
          `${file}: chapters → "${slug}": no such chapter; expected one of ${[...chapters].sort().join(', ')}`,
        );
      if (!strings(list))
        throw new Error(
          `${file}: chapters → ${slug}: expected a list of words in square brackets, e.g. [kasal, bemor], each word as text`,
        );
      words.set(
        slug,
        list.map((w) => w.trim()),
      );
    }
  }
  let endings: string[] = [];
  if (d.endings !== undefined && d.endings !== null) {
    if (!strings(d.endings))
      throw new Error(`${file}: "endings" must be a list of word endings, e.g. [dim, ding, lar]`);
    for (const e of d.endings) {
      if (!/^\p{L}+$/u.test(e.trim()))
        throw new Error(
          `${file}: endings → "${e}": expected letters only (an ending such as "dim")`,
        );
    }
    endings = [...new Set(d.endings.map((e) => e.trim().toLocaleLowerCase()))].sort(
      (a, b) => b.length - a.length,
    );
  }
  return { words, endings };
}

export function readSearchTerms(
  contentRoot: string,
  lang: string,
  chapters?: ReadonlySet<string>,
): SearchTerms {
  const file = join(contentRoot, 'search', `${lang}.yaml`);
  if (!existsSync(file)) return EMPTY_TERMS;
  return parseSearchTerms(`content/search/${lang}.yaml`, readFileSync(file, 'utf8'), chapters);
}
