/**
 * Splits a content file into its Markdown blocks (heading, paragraph, list item, quote, table) with the
 * lines each one occupies. The glossary check uses it to find sentences and report lines; the review
 * pages use it to set each Russian block beside the translation's block. Chapters keep one block per
 * line, but a paragraph wrapped over several lines is read as one block.
 */
import { splitFrontMatter } from '../content/frontMatter.ts';

export type BlockKind = 'heading' | 'paragraph' | 'item' | 'quote' | 'table' | 'code' | 'html';

export interface MarkdownBlock {
  kind: BlockKind;
  /** Heading level (1–6) for headings, 0 otherwise. */
  level: number;
  /** 1-based line numbers in the whole file (front matter included), as an editor shows them. */
  startLine: number;
  endLine: number;
  /** The block's raw Markdown lines joined by "\n". */
  text: string;
}

export interface MarkdownFile {
  /** Lines of the front matter, without the --- fences; 1-based line of its first line. */
  frontMatterLines: string[];
  frontMatterStart: number;
  /** 1-based line where the body starts. */
  bodyStart: number;
  blocks: MarkdownBlock[];
}

function kindOf(line: string): { kind: BlockKind; level: number } | undefined {
  const h = /^(#{1,6})\s/.exec(line);
  if (h) return { kind: 'heading', level: h[1].length };
  if (/^\s{0,3}([-*+]|\d+[.)])\s/.test(line)) return { kind: 'item', level: 0 };
  if (/^\s{0,3}>/.test(line)) return { kind: 'quote', level: 0 };
  if (/^\s{0,3}\|/.test(line)) return { kind: 'table', level: 0 };
  if (/^\s{0,3}(```|~~~)/.test(line)) return { kind: 'code', level: 0 };
  if (/^\s{0,3}<[a-zA-Z!/]/.test(line)) return { kind: 'html', level: 0 };
  return undefined;
}

export function splitMarkdown(source: string): MarkdownFile {
  const text = source.replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  // The front matter's lines lie between the opening fence (line 1) and the closing one (bodyLine - 1).
  let i = splitFrontMatter(text).bodyLine - 1;
  const frontMatterLines = i > 0 ? lines.slice(1, i - 1) : [];
  const frontMatterStart = i > 0 ? 2 : 0;
  const bodyStart = i + 1;
  const blocks: MarkdownBlock[] = [];
  let current: MarkdownBlock | undefined;
  let inCode = false;
  const close = () => {
    if (current) blocks.push(current);
    current = undefined;
  };
  for (; i < lines.length; i++) {
    const line = lines[i];
    const n = i + 1;
    if (inCode) {
      current!.text += `\n${line}`;
      current!.endLine = n;
      if (/^\s{0,3}(```|~~~)/.test(line)) {
        inCode = false;
        close();
      }
      continue;
    }
    if (!line.trim()) {
      close();
      continue;
    }
    const k = kindOf(line);
    // Quote and table rows continue their block; any other marker starts a new one.
    const continues =
      current &&
      (k === undefined
        ? current.kind !== 'heading' && current.kind !== 'table'
        : (k.kind === 'quote' && current.kind === 'quote') ||
          (k.kind === 'table' && current.kind === 'table'));
    if (continues) {
      current!.text += `\n${line}`;
      current!.endLine = n;
      continue;
    }
    close();
    current = {
      kind: k?.kind ?? 'paragraph',
      level: k?.level ?? 0,
      startLine: n,
      endLine: n,
      text: line,
    };
    if (k?.kind === 'code') inCode = true;
    if (k?.kind === 'heading') close();
  }
  close();
  return { frontMatterLines, frontMatterStart, bodyStart, blocks };
}
