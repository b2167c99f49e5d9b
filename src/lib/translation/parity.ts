/**
 * Keeps translations true to the Russian chapter they were made from: paragraph by paragraph, the
 * same figures ({{fact:…}} references), phone numbers, article numbers and "not verified" boxes.
 * Sentences may be built differently; these are the parts a migrant acts on. Text only: no Astro.
 */
import { scanReferences, refKey } from '../facts/references.ts';
import { normalisePhone, TEXT_PHONE } from '../facts/phones.ts';
import { splitFrontMatter } from '../content/frontMatter.ts';

export interface ParityProblem {
  file: string;
  /** 1-based number of the paragraph in the translation (blocks separated by an empty line). */
  paragraph: number;
  line: number;
  excerpt: string;
  message: string;
}

interface Block {
  text: string;
  line: number;
}

/** The body after the front matter, split into paragraphs (list items count as their own paragraph). */
export function paragraphs(markdown: string): Block[] {
  const { body, bodyLine } = splitFrontMatter(markdown);
  const offset = bodyLine - 1;
  const lines = body.split('\n');
  const blocks: Block[] = [];
  let cur: Block | undefined;
  lines.forEach((l, i) => {
    const startsItem = /^\s{0,3}([-*+]|\d+[.)])\s+/.test(l) && !/^\s{2,}/.test(l);
    if (!l.trim()) {
      cur = undefined;
      return;
    }
    if (!cur || startsItem) {
      cur = { text: l, line: offset + i + 1 };
      blocks.push(cur);
    } else cur.text += `\n${l}`;
  });
  return blocks;
}

/** Article numbers as each language writes them: "ст. 517", "Art. 517", "517-modda", "моддаи 517", "517-берене". */
// A list of numbers joins them with a comma or the word "and" of any of our languages ("ст. 126 и 128").
const AND = String.raw`(?:,|\s(?:и|and|va|ва|жана)\s)`;
const NUM = String.raw`\d+(?:[.-]\d+)?(?:\s*[–-]\s*\d+)?`;
const LIST = String.raw`((?:${NUM}\s*${AND}\s*)*${NUM})`;
const ARTICLE: RegExp[] = [
  new RegExp(String.raw`(?<!\p{L})(?:ст\.|стать[яиеюй]|статьям?)\s*${LIST}`, 'giu'),
  new RegExp(String.raw`\bArt(?:s|icles?)?\.?\s*${LIST}`, 'gu'),
  new RegExp(String.raw`(?<!\p{L})модда(?:и|ҳои)\s*${LIST}`, 'giu'),
  new RegExp(String.raw`${LIST}-(?:modda|берене)`, 'giu'),
];

export function articleNumbers(text: string): string[] {
  const out = new Set<string>();
  for (const re of ARTICLE) {
    for (const m of text.matchAll(re)) {
      for (const n of m[1].split(new RegExp(String.raw`\s*${AND}\s*`, 'u'))) {
        const range = n.split(/\s*[–]\s*|\s+-\s+/);
        for (const r of range) if (r.trim()) out.add(r.trim());
      }
    }
  }
  return [...out].sort();
}

export function phoneNumbers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\(tel:([^)\s]+)\)/g)) out.push(normalisePhone(m[1]));
  const withoutLinks = text.replace(/\(tel:[^)\s]+\)/g, '');
  for (const m of withoutLinks.matchAll(TEXT_PHONE)) out.push(normalisePhone(m[0]));
  return [...new Set(out)].sort();
}

export function figures(text: string): string[] {
  return scanReferences(text).refs.map(refKey).sort();
}

export function isUnverifiedBox(text: string): boolean {
  return /^>\s*\[!UNVERIFIED\]/i.test(text.trim());
}

interface Facets {
  figures: string[];
  phones: string[];
  articles: string[];
  box: boolean;
}

function facets(text: string): Facets {
  return {
    figures: figures(text),
    phones: phoneNumbers(text),
    articles: articleNumbers(text),
    box: isUnverifiedBox(text),
  };
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const list = (xs: string[]) => (xs.length ? xs.join(', ') : 'none');

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 70 ? `${flat.slice(0, 67)}…` : flat;
}

function compareFacets(mine: Facets, theirs: Facets): string[] {
  const out: string[] = [];
  if (!same(mine.figures, theirs.figures))
    out.push(`figures ${list(mine.figures)}; the Russian has ${list(theirs.figures)}`);
  if (!same(mine.phones, theirs.phones))
    out.push(`phone numbers ${list(mine.phones)}; the Russian has ${list(theirs.phones)}`);
  if (!same(mine.articles, theirs.articles))
    out.push(`article numbers ${list(mine.articles)}; the Russian has ${list(theirs.articles)}`);
  if (mine.box !== theirs.box)
    out.push(
      mine.box
        ? 'a "not verified" box that the Russian does not have here'
        : 'no "not verified" box; the Russian has one here',
    );
  return out;
}

/**
 * Differences between a translation and its Russian chapter. Paragraphs are compared in order when
 * both have the same number of them; otherwise the whole texts are compared and the first paragraph
 * where the two stop matching is named.
 */
export function compareTranslation(
  file: string,
  text: string,
  sourceFile: string,
  sourceText: string,
): ParityProblem[] {
  const mine = paragraphs(text);
  const theirs = paragraphs(sourceText);
  const problems: ParityProblem[] = [];
  if (mine.length === theirs.length) {
    mine.forEach((b, i) => {
      for (const message of compareFacets(facets(b.text), facets(theirs[i].text))) {
        problems.push({
          file,
          paragraph: i + 1,
          line: b.line,
          excerpt: excerpt(b.text),
          message: `${message} (${sourceFile} line ${theirs[i].line})`,
        });
      }
    });
    return problems;
  }
  const whole = compareFacets(
    { ...facets(text), box: false },
    { ...facets(sourceText), box: false },
  );
  const boxes = mine.filter((b) => isUnverifiedBox(b.text)).length;
  const sourceBoxes = theirs.filter((b) => isUnverifiedBox(b.text)).length;
  if (boxes !== sourceBoxes)
    whole.push(`${boxes} "not verified" box(es); the Russian has ${sourceBoxes}`);
  if (!whole.length) return problems;
  // Name the first paragraph from which the two no longer line up.
  let i = 0;
  while (
    i < Math.min(mine.length, theirs.length) &&
    !compareFacets(facets(mine[i].text), facets(theirs[i].text)).length
  )
    i++;
  const at = mine[Math.min(i, mine.length - 1)];
  for (const message of whole) {
    problems.push({
      file,
      paragraph: Math.min(i, mine.length - 1) + 1,
      line: at.line,
      excerpt: excerpt(at.text),
      message: `${message}; the translation has ${mine.length} paragraphs and the Russian ${theirs.length}, so they stop matching around here (${sourceFile} line ${theirs[Math.min(i, theirs.length - 1)].line})`,
    });
  }
  return problems;
}

export function formatProblem(p: ParityProblem): string {
  return `${p.file}, paragraph ${p.paragraph} (line ${p.line}, "${p.excerpt}"): ${p.message}`;
}
