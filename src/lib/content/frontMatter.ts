/** Reads a Markdown file's YAML front matter, for scripts that run outside Astro (status reports). */
import { parse } from 'yaml';

export function readFrontMatter(text: string): Record<string, unknown> {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!m) return {};
  const data = parse(m[1]);
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}
