/**
 * The registry guard's rule: every code in an earlier registry must still be in the new one, for the same
 * page — or for the page's new address, with the old address kept in "formerPaths". A deleted line (an
 * editor's slip, a merge that lost one) or a code given to another page passes JSON and schema checks, yet
 * every leaflet already printed with that code would lead nowhere or to the wrong page.
 *
 * Pure: the caller (src/lib/qr/gitBase.ts) finds the earlier registry in git.
 */
import { normalisePath, parseRegistry, type Registry, type RegistryEntry } from './registry.ts';

export interface GuardProblem {
  code: string;
  /** 'missing': the code's line is gone. 'reassigned': it now leads to another page with no record of a rename. */
  kind: 'missing' | 'reassigned';
  /** The entry as the earlier registry had it. */
  before: RegistryEntry;
  /** The entry now (for 'reassigned'). */
  now?: RegistryEntry;
}

/** What `next` lost or redirected of `previous`, in the order of `previous`. */
export function guardProblems(previous: Registry, next: Registry): GuardProblem[] {
  const now = new Map(next.entries.map((e) => [e.code, e]));
  const problems: GuardProblem[] = [];
  for (const before of previous.entries) {
    const entry = now.get(before.code);
    if (!entry) problems.push({ code: before.code, kind: 'missing', before });
    else if (entry.path !== before.path && !(entry.formerPaths ?? []).includes(before.path)) {
      problems.push({ code: before.code, kind: 'reassigned', before, now: entry });
    }
  }
  return problems;
}

/**
 * Reads an earlier version of the registry. It is read leniently (only "code" and "path" matter), so a
 * version that a later commit had to repair can still be compared; only text that is not JSON at all
 * cannot be, and then the caller says so.
 */
export function parsePreviousRegistry(text: string, label: string): Registry {
  try {
    return parseRegistry(text, label);
  } catch {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw new Error(
        `the registry in ${label} is not valid JSON (${(e as Error).message}), so it cannot be compared.`,
      );
    }
    const codes = (data as { codes?: unknown })?.codes;
    const entries: RegistryEntry[] = [];
    for (const raw of Array.isArray(codes) ? codes : []) {
      const r = raw as Record<string, unknown> | null;
      if (r && typeof r.code === 'string' && typeof r.path === 'string') {
        entries.push({ code: r.code, path: normalisePath(r.path) });
      }
    }
    return { file: label, entries };
  }
}

/** The line an editor can paste back to restore a lost code. */
function lineOf(e: RegistryEntry): string {
  const o: Record<string, unknown> = { code: e.code, path: e.path };
  if (e.formerPaths?.length) o.formerPaths = e.formerPaths;
  if (e.since) o.since = e.since;
  return JSON.stringify(o);
}

/**
 * The message for an editor: the file, each code, what happened, and the exact fix. `against` names what
 * was compared, e.g. 'the previous commit (HEAD^ 1a2b3c4)'.
 */
export function describeProblems(file: string, against: string, problems: GuardProblem[]): string {
  const lines = [
    `${file}: ${problems.length === 1 ? 'a printed QR code' : `${problems.length} printed QR codes`} would stop working (compared with ${against}):`,
  ];
  for (const p of problems) {
    if (p.kind === 'missing') {
      lines.push(
        `  - code "${p.code}" (for ${p.before.path}) is missing. Put its line back: ${lineOf(p.before)}`,
      );
    } else {
      const fixed = { ...p.now!, formerPaths: [...(p.now!.formerPaths ?? []), p.before.path] };
      lines.push(
        `  - code "${p.code}" was for ${p.before.path} and now points to ${p.now!.path} without "formerPaths". ` +
          `If that page was renamed, write: ${lineOf(fixed)}. Otherwise change its "path" back to ${p.before.path}.`,
      );
    }
  }
  lines.push(
    'Leaflets printed with these codes are in use for years: never delete a line or give a code to another page. See content/qr/README.md.',
  );
  return lines.join('\n');
}
