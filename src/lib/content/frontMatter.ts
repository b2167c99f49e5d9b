/**
 * The one front-matter reader for code that runs outside Astro's content collections: the search
 * keywords, the translation checks and status report, the review pages, the video script. Astro reads
 * the same files for the pages; this reads them the same way (YAML between two `---` lines at the top).
 */
import { parse, YAMLParseError } from 'yaml';

export interface FrontMatterText {
  /** The YAML between the fences, without them ('' when the file has no front matter). */
  yaml: string;
  /** Everything after the closing fence's line. */
  body: string;
  /** 1-based line of the file where the body starts (1 when there is no front matter). */
  bodyLine: number;
}

const FENCED = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Splits a Markdown file into its front matter's text and its body, without reading the YAML. */
export function splitFrontMatter(text: string): FrontMatterText {
  const m = FENCED.exec(text);
  if (!m) return { yaml: '', body: text, bodyLine: 1 };
  const consumed = m[0].split('\n').length - (m[0].endsWith('\n') ? 1 : 0);
  return { yaml: m[1] ?? '', body: text.slice(m[0].length), bodyLine: consumed + 1 };
}

/**
 * A Markdown file's front matter as data, and its body. `file` names the file in the error when the YAML
 * is broken: "content/guide/ru/police.md, front matter line 3: …" (line numbers count from the file's top).
 */
export function readFrontMatterAndBody(text: string, file = 'this file'): { data: Record<string, unknown>; body: string; bodyLine: number } {
  const { yaml, body, bodyLine } = splitFrontMatter(text);
  let data: unknown;
  try {
    data = yaml ? parse(yaml) : undefined;
  } catch (e) {
    if (e instanceof YAMLParseError) {
      const line = e.linePos?.[0].line;
      const where = line === undefined ? 'front matter' : `front matter line ${line + 1}`;
      throw new Error(`${file}, ${where}: the YAML cannot be read (${e.message.replace(/ at line \d+, column \d+:[\s\S]*$/, '').split('\n')[0]}). Check the quotes, colons and indentation.`);
    }
    throw e;
  }
  return { data: data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}, body, bodyLine };
}

/** A Markdown file's front matter as data ({} when it has none). */
export function readFrontMatter(text: string, file?: string): Record<string, unknown> {
  return readFrontMatterAndBody(text, file).data;
}
