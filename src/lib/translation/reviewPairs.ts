/**
 * Sets each block of the Russian text beside the translation's block, for the native speakers' review
 * pages. Translations keep the Russian structure, so usually block n pairs with block n. When the counts
 * or kinds differ, the texts are cut at their headings and paired section by section, so one missing
 * paragraph shifts only its own section; the page says where the counts differ.
 */
import type { MarkdownBlock } from './markdownBlocks.ts';

export interface ReviewPair {
  ru?: MarkdownBlock;
  tr?: MarkdownBlock;
}

export interface Alignment {
  pairs: ReviewPair[];
  ruCount: number;
  trCount: number;
  /** True when every block has its counterpart of the same kind (the usual case). */
  exact: boolean;
  /** Where the structure differs: the first line of each differing section in the translation (or Russian). */
  differences: { ruLine?: number; trLine?: number; ruBlocks: number; trBlocks: number }[];
}

const sameKind = (a: MarkdownBlock, b: MarkdownBlock) => a.kind === b.kind && a.level === b.level;

interface Section {
  heading?: MarkdownBlock;
  blocks: MarkdownBlock[];
}

function sections(blocks: MarkdownBlock[]): Section[] {
  const out: Section[] = [{ blocks: [] }];
  for (const b of blocks) {
    if (b.kind === 'heading') out.push({ heading: b, blocks: [] });
    else out[out.length - 1].blocks.push(b);
  }
  return out;
}

function byIndex(ru: MarkdownBlock[], tr: MarkdownBlock[]): ReviewPair[] {
  return Array.from({ length: Math.max(ru.length, tr.length) }, (_, i) => ({
    ru: ru[i],
    tr: tr[i],
  }));
}

export function alignBlocks(ru: MarkdownBlock[], tr: MarkdownBlock[]): Alignment {
  const counts = { ruCount: ru.length, trCount: tr.length };
  if (ru.length === tr.length && ru.every((b, i) => sameKind(b, tr[i]))) {
    return { pairs: byIndex(ru, tr), ...counts, exact: true, differences: [] };
  }
  const rs = sections(ru);
  const ts = sections(tr);
  if (rs.length !== ts.length) {
    // Headings differ too: pair in order and say so once for the whole text.
    return {
      pairs: byIndex(ru, tr),
      ...counts,
      exact: false,
      differences: [
        {
          ruLine: ru[0]?.startLine,
          trLine: tr[0]?.startLine,
          ruBlocks: ru.length,
          trBlocks: tr.length,
        },
      ],
    };
  }
  const pairs: ReviewPair[] = [];
  const differences: Alignment['differences'] = [];
  rs.forEach((r, i) => {
    const t = ts[i];
    if (r.heading || t.heading) pairs.push({ ru: r.heading, tr: t.heading });
    pairs.push(...byIndex(r.blocks, t.blocks));
    const kindsDiffer =
      r.blocks.length !== t.blocks.length || r.blocks.some((b, j) => !sameKind(b, t.blocks[j]));
    if (kindsDiffer) {
      differences.push({
        ruLine: (r.heading ?? r.blocks[0])?.startLine,
        trLine: (t.heading ?? t.blocks[0])?.startLine,
        ruBlocks: r.blocks.length,
        trBlocks: t.blocks.length,
      });
    }
  });
  return { pairs, ...counts, exact: false, differences };
}

export interface FrontMatterPair {
  key: string;
  ru?: { line: number; text: string };
  tr?: { line: number; text: string };
}

/** The translated front-matter fields (title, description) as pairs, with their lines. */
export function frontMatterPairs(
  ru: { lines: string[]; start: number },
  tr: { lines: string[]; start: number },
  keys = ['title', 'description'],
): FrontMatterPair[] {
  const find = (f: { lines: string[]; start: number }, key: string) => {
    const i = f.lines.findIndex((l) => l.startsWith(`${key}:`));
    if (i < 0) return undefined;
    const raw = f.lines[i].slice(key.length + 1).trim();
    const text = /^".*"$/.test(raw)
      ? raw.slice(1, -1).replace(/\\"/g, '"')
      : /^'.*'$/.test(raw)
        ? raw.slice(1, -1).replace(/''/g, "'")
        : raw;
    return { line: f.start + i, text };
  };
  return keys
    .map((key) => ({ key, ru: find(ru, key), tr: find(tr, key) }))
    .filter((p) => p.ru || p.tr);
}
