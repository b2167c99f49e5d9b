/**
 * The one syntax chapters use for a figure: {{fact:<id>}} or {{fact:<id> x<multiple>}}, e.g.
 * {{fact:mrp}}, {{fact:koap-517-3 x2}}, {{fact:mrp x0.5}}. Anything that looks like an attempt at it
 * but is not exactly that is reported, so a translator's typo cannot slip through as raw braces.
 */
import type { FactSet } from './load.ts';

export interface FactRef {
  id: string;
  /** 1 when no multiple is written. */
  multiple: number;
  /** The reference as written, e.g. "{{fact:mrp x4}}". */
  raw: string;
  line: number;
}

export const REFERENCE = /\{\{fact:([a-z0-9]+(?:-[a-z0-9]+)*)(?: x(\d+(?:\.\d+)?))?\}\}/g;

/** Signs of a reference written wrongly, once the correct ones are taken out of a line. */
const NEAR_MISS = /\{\{|\}\}|\{\s*f\w*\s*:|\bf[ae]c?k?t\s*:\s*[a-z0-9]|\{fact/i;

export interface RefProblem {
  line: number;
  message: string;
}

export const SYNTAX_HINT =
  'write a figure as {{fact:id}} or {{fact:id x4}} (lowercase id with hyphens, no spaces inside the braces)';

/** Every reference in a text (1-based lines), plus every near miss. */
export function scanReferences(text: string): { refs: FactRef[]; problems: RefProblem[] } {
  const refs: FactRef[] = [];
  const problems: RefProblem[] = [];
  text.split('\n').forEach((lineText, i) => {
    const line = i + 1;
    for (const m of lineText.matchAll(REFERENCE)) {
      const multiple = m[2] === undefined ? 1 : Number(m[2]);
      if (!(multiple > 0))
        problems.push({ line, message: `"${m[0]}": the multiple must be more than 0` });
      else refs.push({ id: m[1], multiple, raw: m[0], line });
    }
    const rest = lineText.replace(REFERENCE, ' ');
    const miss = NEAR_MISS.exec(rest);
    if (miss) {
      const at = Math.max(0, miss.index - 10);
      problems.push({
        line,
        message: `malformed figure reference near "${rest.slice(at, miss.index + 25).trim()}": ${SYNTAX_HINT}`,
      });
    }
  });
  return { refs, problems };
}

/** Unknown ids and near misses in one file, as "file, line N: …" messages. */
export function checkReferences(file: string, text: string, facts: FactSet): string[] {
  const { refs, problems } = scanReferences(text);
  const out = problems.map((p) => `${file}, line ${p.line}: ${p.message}`);
  for (const r of refs) {
    if (!facts.has(r.id))
      out.push(
        `${file}, line ${r.line}: "${r.raw}" names no figure: expected one of the ids in content/facts/ (${[...facts.keys()].slice(0, 6).join(', ')}, …)`,
      );
  }
  return out;
}

/** The key two references share when they render the same figure: "mrp x4". */
export function refKey(r: Pick<FactRef, 'id' | 'multiple'>): string {
  return r.multiple === 1 ? r.id : `${r.id} x${r.multiple}`;
}

/**
 * A translation must use the same figures as its Russian chapter, as many times (order may differ,
 * sentences are built differently). Reports what is missing and what is extra, with lines.
 */
export function compareReferences(
  file: string,
  text: string,
  sourceFile: string,
  sourceText: string,
): string[] {
  const mine = scanReferences(text).refs;
  const theirs = scanReferences(sourceText).refs;
  const left = [...mine];
  const missing: FactRef[] = [];
  for (const r of theirs) {
    const i = left.findIndex((x) => refKey(x) === refKey(r));
    if (i >= 0) left.splice(i, 1);
    else missing.push(r);
  }
  const out: string[] = [];
  for (const r of missing)
    out.push(
      `${file}: expected {{fact:${refKey(r)}}} as in ${sourceFile} line ${r.line}, but this translation has one fewer`,
    );
  for (const r of left)
    out.push(
      `${file}, line ${r.line}: {{fact:${refKey(r)}}} is not in ${sourceFile} (the Russian chapter): expected the same figures as there`,
    );
  return out;
}
