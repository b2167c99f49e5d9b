/**
 * The search benchmark's query lists (content/search/queries/<lang>.yaml): what people type, and the
 * chapter that should come first. Read and checked here so a wrong line names its file and entry.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

export interface BenchQuery {
  q: string;
  chapter: string;
}

/** Parses one list; `file` is only used in error messages. Throws naming the file, entry and field. */
export function parseBenchQueries(
  file: string,
  text: string,
  chapters?: ReadonlySet<string>,
): BenchQuery[] {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (e) {
    throw new Error(`${file}: not valid YAML: ${(e as Error).message}`);
  }
  if (!Array.isArray(data))
    throw new Error(
      `${file}: expected a list of entries like "- { q: royxat, chapter: registration }"`,
    );
  return data.map((entry, i) => {
    const where = `${file}, entry ${i + 1}`;
    const e = entry as Record<string, unknown> | null;
    if (!e || typeof e !== 'object')
      throw new Error(`${where}: expected { q: <what people type>, chapter: <chapter slug> }`);
    if (typeof e.q !== 'string' || !e.q.trim())
      throw new Error(`${where}: "q" must be the words typed, as text`);
    if (typeof e.chapter !== 'string' || !/^[a-z0-9-]+$/.test(e.chapter))
      throw new Error(
        `${where} ("${String(e.q)}"): "chapter" must be a chapter slug such as registration`,
      );
    if (chapters && !chapters.has(e.chapter))
      throw new Error(
        `${where} ("${e.q}"): no chapter "${e.chapter}"; expected one of ${[...chapters].sort().join(', ')}`,
      );
    return { q: e.q, chapter: e.chapter };
  });
}

export function readBenchQueries(
  contentRoot: string,
  lang: string,
  chapters?: ReadonlySet<string>,
): BenchQuery[] {
  const file = join(contentRoot, 'search', 'queries', `${lang}.yaml`);
  if (!existsSync(file)) return [];
  return parseBenchQueries(
    `content/search/queries/${lang}.yaml`,
    readFileSync(file, 'utf8'),
    chapters,
  );
}
