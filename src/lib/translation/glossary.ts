/**
 * The glossary as a check. Each content/glossary/<lang>.md holds one Markdown table whose columns are,
 * in this order: the Russian term | the required rendering | the Russian form required at first mention
 * (empty when not required) | variants to avoid | a note. Two rules follow from it:
 *
 * - avoid: a variant listed in the avoid column must not appear in that language's chapters, video pages,
 *   UI strings (src/i18n/<lang>.json) or contact texts. Each variant is written in backticks: `Chimkent`
 *   matches the word and any ending (Chimkentda), case-insensitively; `/…/` is a regular expression, for
 *   variants that are wrong only in some company (e.g. "residence permit" without "permanent").
 * - first mention: in a guide chapter, where the term first appears (its rendering or its Russian form,
 *   headings left aside), the rendering and the Russian form must be in the same sentence, usually the
 *   Russian in brackets: "mehnat inspeksiyasi (инспекция труда)", "aholiga xizmat koʻrsatish markazi (ЦОН)".
 *
 * Matching is by word starts, so endings (Uzbek, Kyrgyz and Tajik suffixes, English plurals) still match,
 * and ё counts as е.
 */
import { splitMarkdown, type MarkdownBlock } from './markdownBlocks.ts';

export interface AvoidVariant {
  /** As written in the glossary, e.g. `Chimkent` or `/…/`. */
  source: string;
  pattern: RegExp;
}

export interface GlossaryTerm {
  russian: string;
  /** The rendering's alternatives (separated by " / " in the cell), bracketed explanations left out. */
  renderings: string[];
  /** The required cell as written. */
  required: string;
  /** Russian form that must accompany the first mention in each chapter, if any. */
  firstMention?: string;
  avoid: AvoidVariant[];
  /** Line of the term's row in the glossary file. */
  line: number;
}

export interface Glossary {
  lang: string;
  file: string;
  terms: GlossaryTerm[];
}

export interface GlossaryFinding {
  file: string;
  line: number;
  rule: 'avoid' | 'first-mention' | 'glossary';
  message: string;
}

/** Letters as the check sees them: Uzbek ʻ ʼ are modifier letters (\p{L}), combining marks belong too. */
const LETTER = '[\\p{L}\\p{M}\\p{N}]';
const WORD_START = `(?<!${LETTER})`;

/** Same length as the input, so match positions still point into the original text. */
export function foldForMatch(text: string): string {
  return text.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase whose words may take endings and may be wrapped in Markdown emphasis. */
export function phrasePattern(phrase: string): RegExp {
  const words = foldForMatch(phrase).trim().split(/\s+/).filter(Boolean).map(escapeRegExp);
  return new RegExp(`${WORD_START}${words.join(`${LETTER}*[\\s*_]+`)}${LETTER}*`, 'giu');
}

/** A table row's cells; "\\|" is a "|" inside a cell (as in GitHub's Markdown), e.g. in a regular expression. */
function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.replace(/\\\|/g, '|').trim());
}

function withoutBrackets(s: string): string {
  let out = s;
  // Nested brackets: strip innermost first.
  while (/\([^()]*\)/.test(out)) out = out.replace(/\s*\([^()]*\)/g, '');
  return out.replace(/\s+/g, ' ').trim();
}

/** Parses a glossary file; problems in the file itself come back as findings with rule "glossary". */
export function parseGlossary(
  file: string,
  lang: string,
  text: string,
): { glossary: Glossary; problems: GlossaryFinding[] } {
  const problems: GlossaryFinding[] = [];
  const terms: GlossaryTerm[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let header = -1;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim().startsWith('|')) {
      if (header >= 0 && i > header + 1) break;
      continue;
    }
    if (header < 0) {
      header = i;
      const n = cells(lines[i]).length;
      if (n !== 5) {
        problems.push({
          file,
          line: i + 1,
          rule: 'glossary',
          message: `the glossary table needs 5 columns (Russian | required | Russian form at first mention | avoid | note), this header has ${n}`,
        });
        return { glossary: { lang, file, terms }, problems };
      }
      continue;
    }
    if (i === header + 1) continue; // the |---| row
    const line = i + 1;
    const row = cells(lines[i]);
    if (row.length !== 5) {
      problems.push({
        file,
        line,
        rule: 'glossary',
        message: `a row needs 5 cells separated by "|", this one has ${row.length}`,
      });
      continue;
    }
    const [russian, required, first, avoidCell] = row;
    if (!russian || !required) {
      problems.push({
        file,
        line,
        rule: 'glossary',
        message:
          'every row needs the Russian term (column 1) and its required rendering (column 2)',
      });
      continue;
    }
    const avoid: AvoidVariant[] = [];
    const items = [...avoidCell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    if (avoidCell && !items.length) {
      problems.push({
        file,
        line,
        rule: 'glossary',
        message: `write each variant to avoid in backticks, e.g. \`Chimkent\`; found "${avoidCell}"`,
      });
    }
    for (const item of items) {
      const re = /^\/(.+)\/$/.exec(item);
      if (re) {
        try {
          avoid.push({ source: item, pattern: new RegExp(foldForMatch(re[1]), 'giu') });
        } catch (e) {
          problems.push({
            file,
            line,
            rule: 'glossary',
            message: `the variant ${item} is not a valid regular expression: ${(e as Error).message}`,
          });
        }
      } else avoid.push({ source: item, pattern: phrasePattern(item) });
    }
    const renderings = required.split(' / ').map(withoutBrackets).filter(Boolean);
    const firstMention = first.replace(/`/g, '').trim() || undefined;
    terms.push({ russian, renderings, required, firstMention, avoid, line });
  }
  if (header < 0)
    problems.push({
      file,
      line: 1,
      rule: 'glossary',
      message: 'no glossary table found (lines starting with "|")',
    });
  return { glossary: { lang, file, terms }, problems };
}

function lineAt(text: string, index: number, firstLine: number): number {
  let n = firstLine;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

function excerpt(text: string, index: number, length: number): string {
  const from = Math.max(0, text.lastIndexOf('\n', index) + 1, index - 40);
  const nl = text.indexOf('\n', index + length);
  const to = Math.min(nl < 0 ? text.length : nl, index + length + 40);
  return `${from > 0 && text[from - 1] !== '\n' ? '…' : ''}${text.slice(from, to)}${to < text.length && text[to] !== '\n' ? '…' : ''}`;
}

/** A stretch of text to scan: its first line's number in the file. */
export interface TextPart {
  text: string;
  line: number;
}

/** Every use of a variant to avoid in the given parts of a file. */
export function findAvoided(
  file: string,
  parts: TextPart[],
  glossary: Glossary,
): GlossaryFinding[] {
  const out: GlossaryFinding[] = [];
  for (const part of parts) {
    const folded = foldForMatch(part.text);
    for (const term of glossary.terms) {
      for (const v of term.avoid) {
        v.pattern.lastIndex = 0;
        for (const m of folded.matchAll(v.pattern)) {
          out.push({
            file,
            line: lineAt(part.text, m.index, part.line),
            rule: 'avoid',
            message: `"${part.text.slice(m.index, m.index + m[0].length)}" is a variant to avoid (${v.source}) for «${term.russian}»: use "${term.required}" (${glossary.file}, line ${term.line}). In: ${excerpt(part.text, m.index, m[0].length)}`,
          });
        }
      }
    }
  }
  return out.sort((a, b) => a.line - b.line);
}

/** Start and end of the sentence around `index`: split at . ! ? … followed by a space, outside brackets. */
export function sentenceAround(text: string, index: number): [number, number] {
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[.!?…]/.test(c) && (i + 1 === text.length || /\s/.test(text[i + 1]))) {
      if (i >= index) return [start, i + 1];
      start = i + 1;
    }
  }
  return [start, text.length];
}

interface Mention {
  block: MarkdownBlock;
  index: number;
  length: number;
  russian: boolean;
}

/** Compiled once per term: a chapter check runs them over every block. */
const mentionPatterns = new WeakMap<GlossaryTerm, { renderings: RegExp[]; russian: RegExp }>();
function patternsOf(term: GlossaryTerm) {
  let p = mentionPatterns.get(term);
  if (!p) {
    p = {
      renderings: term.renderings.map(phrasePattern),
      russian: phrasePattern(term.firstMention!),
    };
    mentionPatterns.set(term, p);
  }
  return p;
}

function firstMentionIn(blocks: MarkdownBlock[], term: GlossaryTerm): Mention | undefined {
  const patterns = patternsOf(term);
  for (const block of blocks) {
    if (block.kind === 'heading' || block.kind === 'code' || block.kind === 'html') continue;
    const folded = foldForMatch(block.text);
    let best: Mention | undefined;
    for (const [pattern, russian] of [
      ...patterns.renderings.map((r) => [r, false] as const),
      [patterns.russian, true] as const,
    ]) {
      pattern.lastIndex = 0;
      const m = pattern.exec(folded);
      if (m && (!best || m.index < best.index || (m.index === best.index && russian)))
        best = { block, index: m.index, length: m[0].length, russian };
    }
    if (best) return best;
  }
  return undefined;
}

/**
 * In a translated guide chapter: for every term whose Russian form is required at first mention, the
 * chapter's first mention (in running text, not headings) must carry both the rendering and the Russian
 * form in one sentence — "mehnat inspeksiyasi (инспекция труда)"; a bare "ЦОН" is spelled out there too.
 */
export function findMissingFirstMentions(
  file: string,
  source: string,
  glossary: Glossary,
): GlossaryFinding[] {
  const { blocks } = splitMarkdown(source);
  const out: GlossaryFinding[] = [];
  for (const term of glossary.terms) {
    if (!term.firstMention) continue;
    const m = firstMentionIn(blocks, term);
    if (!m) continue;
    const [from, to] = sentenceAround(m.block.text, m.index);
    const sentence = foldForMatch(m.block.text.slice(from, to));
    const patterns = patternsOf(term);
    const others = m.russian ? patterns.renderings : [patterns.russian];
    if (others.some((o) => ((o.lastIndex = 0), o.test(sentence)))) continue;
    const found = m.block.text.slice(m.index, m.index + m.length);
    const want = m.russian ? `${term.renderings[0]} (${found})` : `${found} (${term.firstMention})`;
    out.push({
      file,
      line: lineAt(m.block.text, m.index, m.block.startLine),
      rule: 'first-mention',
      message: `the chapter's first mention of «${term.russian}» ("${found}") needs ${m.russian ? 'the translated term' : 'the Russian form'} in the same sentence, e.g. "${want}" (${glossary.file}, line ${term.line}). In: ${excerpt(m.block.text, m.index, m.length)}`,
    });
  }
  return out.sort((a, b) => a.line - b.line);
}

/** Front-matter keys whose text is the translation's own (others hold addresses, Russian keywords, codes). */
const TRANSLATED_KEYS = /^\s*(-\s+)?(title|description):\s/;

/** The parts of a Markdown content file the avoid rule reads: title, description, source titles, body. */
export function markdownParts(source: string): TextPart[] {
  const file = splitMarkdown(source);
  const parts: TextPart[] = file.frontMatterLines
    .map((text, i) => ({ text, line: file.frontMatterStart + i }))
    .filter((p) => TRANSLATED_KEYS.test(p.text));
  for (const b of file.blocks)
    if (b.kind !== 'code') parts.push({ text: b.text, line: b.startLine });
  return parts;
}

/** Lines of a YAML contact file that hold text in one language (`  uz: "…"`). */
export function yamlLanguageParts(source: string, lang: string): TextPart[] {
  const re = new RegExp(`^\\s+${lang}:\\s`);
  return source.split('\n').flatMap((text, i) => (re.test(text) ? [{ text, line: i + 1 }] : []));
}

/** Every line of a UI-strings JSON file (one key per line), so findings point at the key's line. */
export function jsonParts(source: string): TextPart[] {
  return source.split('\n').map((text, i) => ({ text, line: i + 1 }));
}

export function formatFinding(f: GlossaryFinding): string {
  return `${f.file}:${f.line}: [${f.rule}] ${f.message}`;
}
