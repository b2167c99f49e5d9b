/**
 * Reads every figure in content/facts/ once, checks it against the schema and returns them by id.
 * A bad file stops everything with the file, the field and what was expected.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { factSchema, FACT_ID, type Fact } from './schema.ts';

export type FactSet = ReadonlyMap<string, Fact>;

/** The one figure every amount in МРП is converted with. */
export const MRP_ID = 'mrp';

export class FactsError extends Error {}

export function parseFactFile(name: string, text: string): { fact?: Fact; problems: string[] } {
  const id = name.replace(/\.ya?ml$/, '');
  const file = `content/facts/${name}`;
  if (!FACT_ID.test(id))
    return {
      problems: [
        `${file}: the file name is the id and must be lowercase letters, digits and hyphens, e.g. koap-517-3.yaml`,
      ],
    };
  let data: unknown;
  try {
    data = parse(text);
  } catch (e) {
    return { problems: [`${file}: not valid YAML (${(e as Error).message.split('\n')[0]})`] };
  }
  const result = factSchema.safeParse(data);
  if (!result.success) {
    return {
      problems: result.error.issues.map(
        (i) =>
          `${file}: ${i.path.length ? `field "${i.path.join('.')}"` : 'the file'} ${i.message}`,
      ),
    };
  }
  return { fact: { id, ...result.data }, problems: [] };
}

export function factsFromFiles(files: { name: string; text: string }[]): FactSet {
  const facts = new Map<string, Fact>();
  const problems: string[] = [];
  for (const f of files) {
    const r = parseFactFile(f.name, f.text);
    problems.push(...r.problems);
    if (r.fact) facts.set(r.fact.id, r.fact);
  }
  const mrp = facts.get(MRP_ID);
  if (facts.size && (!mrp || mrp.unit !== 'tenge'))
    problems.push(
      `content/facts/${MRP_ID}.yaml: the МРП figure (unit: tenge) is needed to turn fines in МРП into tenge`,
    );
  if (problems.length)
    throw new FactsError(
      `The figures in content/facts/ have ${problems.length} problem(s):\n- ${problems.join('\n- ')}`,
    );
  return facts;
}

/** All figures from `<contentRoot>/facts/`. */
export function loadFacts(contentRoot: string): FactSet {
  const dir = join(contentRoot, 'facts');
  let names: string[] = [];
  try {
    names = readdirSync(dir)
      .filter((n) => /\.ya?ml$/.test(n))
      .sort();
  } catch {
    return new Map();
  }
  return factsFromFiles(
    names.map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') })),
  );
}
