/**
 * The registry guard's git side: which earlier registry the working tree's content/qr/registry.json is
 * compared with, and getting it even from a shallow clone. Used by scripts/qr-registry-guard.ts
 * (`npm run check`, .ci/run, the CI and deploy workflows). Paths are read relative to the project folder
 * (`HEAD:./content/…`), so the project may also sit in a sub-folder of a larger repository.
 *
 * What is compared with what:
 * - `--base <rev>` (or QR_GUARD_BASE): that revision only.
 * - a pull request on GitHub Actions (GITHUB_BASE_REF): the base branch, origin/<branch>.
 * - otherwise: HEAD when the file has uncommitted changes; every parent of HEAD (so a clean checkout
 *   checks the last commit, and a merge commit is checked against both sides); and, when origin/main
 *   exists, the commit where this branch left it — so a code dropped earlier on a branch is caught too.
 * A revision that is not in a shallow clone is fetched (`git fetch --deepen=1`, then the commit itself).
 * When a comparison still cannot be made the guard fails and says what it could not compare, unless the
 * caller allows that (`--allow-no-base` / QR_GUARD_ALLOW_NO_BASE=1), in which case it warns.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRegistry, type Registry } from './registry.ts';
import { describeProblems, guardProblems, parsePreviousRegistry } from './guard.ts';

/** The registry's path inside the repository, with forward slashes as git names it. */
export const REGISTRY_PATH = 'content/qr/registry.json';

export interface GuardOptions {
  /** The repository's top folder. */
  root: string;
  /** The registry's path inside the repository (tests use the default). */
  file?: string;
  /** An explicit revision to compare with. */
  base?: string;
  /** Pass instead of fail when no comparison could be made (a warning is still printed). */
  allowNoBase?: boolean;
  /** GITHUB_BASE_REF, QR_GUARD_BASE and QR_GUARD_ALLOW_NO_BASE are read from here. */
  env?: NodeJS.ProcessEnv;
}

export interface GuardResult {
  ok: boolean;
  /** What was compared, one line each (printed on success too, so a pass is never silent). */
  notes: string[];
  /** Problems with codes (exit 1) or comparisons that could not be made (exit 2). */
  errors: string[];
  exitCode: 0 | 1 | 2;
}

interface Git {
  ok: boolean;
  out: string;
  err: string;
}

function git(root: string, args: string[]): Git {
  const r = spawnSync('git', args, {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
  });
  if (r.error) return { ok: false, out: '', err: r.error.message };
  return { ok: r.status === 0, out: r.stdout.trim(), err: r.stderr.trim() };
}

const short = (sha: string) => sha.slice(0, 7);

function commitOf(root: string, rev: string): string | undefined {
  const r = git(root, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
  return r.ok && r.out ? r.out : undefined;
}

function isShallow(root: string): boolean {
  return git(root, ['rev-parse', '--is-shallow-repository']).out === 'true';
}

/** The parents recorded in HEAD's commit object (a shallow clone hides them from rev-list, not from here). */
function recordedParents(root: string, commit: string): string[] {
  const r = git(root, ['cat-file', '-p', commit]);
  if (!r.ok) return [];
  const header = r.out.split('\n\n')[0];
  return header
    .split('\n')
    .filter((l) => l.startsWith('parent '))
    .map((l) => l.slice(7).trim());
}

/** The line of git's complaint that says why: its first "fatal:"/"error:" line, else its last line. */
function gitReason(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const reason = lines.find((l) => /^(fatal|error):/.test(l)) ?? lines.pop();
  return reason ? reason.replace(/^(fatal|error):\s*/, '') : 'no message';
}

/**
 * Makes sure `sha` (a commit whose object may be missing in a shallow clone) is present: deepen the
 * history by one, then ask for the commit itself. Returns why it failed, or undefined when it is there.
 */
function fetchCommit(root: string, sha: string): string | undefined {
  if (commitOf(root, sha)) return undefined;
  const tries: string[][] = [
    ['fetch', '--no-tags', '--quiet', '--deepen=1', 'origin'],
    ['fetch', '--no-tags', '--quiet', '--depth=1', 'origin', sha],
  ];
  let why = '';
  for (const args of tries) {
    const r = git(root, args);
    if (commitOf(root, sha)) return undefined;
    why = r.ok ? `the fetch did not bring commit ${short(sha)}` : gitReason(r.err);
  }
  return why;
}

/** A branch of the remote (origin/<name>), fetched when missing. Returns its commit or why not. */
function remoteBranch(root: string, name: string): { sha?: string; why?: string } {
  const ref = `refs/remotes/origin/${name}`;
  let sha = commitOf(root, ref);
  if (sha) return { sha };
  const args = ['fetch', '--no-tags', '--quiet', 'origin', `+refs/heads/${name}:${ref}`];
  if (isShallow(root)) args.splice(3, 0, '--depth=1');
  const r = git(root, args);
  sha = commitOf(root, ref);
  return sha ? { sha } : { why: r.ok ? `origin has no branch "${name}"` : gitReason(r.err) };
}

/** An explicit revision, fetched when missing (a commit id, a branch, or origin/<branch>). */
function explicitRevision(root: string, rev: string): { sha?: string; why?: string } {
  const sha = commitOf(root, rev);
  if (sha) return { sha };
  if (rev.startsWith('origin/')) return remoteBranch(root, rev.slice('origin/'.length));
  const r = git(root, [
    'fetch',
    '--no-tags',
    '--quiet',
    ...(isShallow(root) ? ['--depth=1'] : []),
    'origin',
    rev,
  ]);
  const fetched = commitOf(root, rev) ?? (r.ok ? commitOf(root, 'FETCH_HEAD') : undefined);
  return fetched ? { sha: fetched } : { why: r.ok ? `no commit "${rev}"` : gitReason(r.err) };
}

interface Comparison {
  sha: string;
  label: string;
}

const CANNOT = 'QR registry guard: could not compare';

/** Runs the guard. Never throws for git trouble: that becomes an error line naming what was not compared. */
export function runRegistryGuard(options: GuardOptions): GuardResult {
  const env = options.env ?? process.env;
  const file = options.file ?? REGISTRY_PATH;
  const allowNoBase = options.allowNoBase || env.QR_GUARD_ALLOW_NO_BASE === '1';
  const base = options.base || env.QR_GUARD_BASE || undefined;
  const notes: string[] = [];
  const errors: string[] = [];
  const cannot = (what: string, why: string, hint: string) => {
    const line = `${CANNOT} ${file} with ${what}: ${why}. ${hint}`;
    if (allowNoBase) notes.push(`WARNING (allowed by --allow-no-base): ${line}`);
    else errors.push(line);
  };
  const shallowHint =
    'Fetch more history (git fetch --deepen=1, or a clone without --depth), or name a commit with --base <commit>. Only if no earlier registry can exist, pass --allow-no-base.';

  // The file as it is now; a broken file is reported by its own checks, with the file named.
  const path = join(options.root, file);
  let next: Registry;
  try {
    next = existsSync(path)
      ? parseRegistry(readFileSync(path, 'utf8'), file)
      : { file, entries: [] };
  } catch (e) {
    return { ok: false, notes, errors: [(e as Error).message], exitCode: 1 };
  }
  const nowText = existsSync(path) ? readFileSync(path, 'utf8') : undefined;

  const top = git(options.root, ['rev-parse', '--show-toplevel']);
  if (!top.ok) {
    cannot(
      'any earlier version',
      `${options.root} is not a git repository (${gitReason(top.err)})`,
      'Run it in a clone of the repository, or name a commit with --base <commit>.',
    );
    return finish();
  }

  const comparisons: Comparison[] = [];
  const head = commitOf(options.root, 'HEAD');
  if (base) {
    const r = explicitRevision(options.root, base);
    if (r.sha) comparisons.push({ sha: r.sha, label: `${base} (${short(r.sha)})` });
    else
      cannot(
        base,
        r.why!,
        'Check the name, or fetch it first (git fetch origin <branch or commit>).',
      );
  } else if (env.GITHUB_BASE_REF) {
    const r = remoteBranch(options.root, env.GITHUB_BASE_REF);
    if (r.sha)
      comparisons.push({
        sha: r.sha,
        label: `the pull request's base branch (origin/${env.GITHUB_BASE_REF} ${short(r.sha)})`,
      });
    else
      cannot(
        `the pull request's base branch origin/${env.GITHUB_BASE_REF}`,
        r.why!,
        'Check out with fetch-depth: 0, or fetch the base branch before this step.',
      );
  } else if (!head) {
    notes.push(`QR registry guard: no commit yet, so there is no earlier ${file} to compare with.`);
  } else {
    const headText = git(options.root, ['show', `HEAD:./${file}`]);
    if (!headText.ok || headText.out !== (nowText ?? '').trim()) {
      comparisons.push({
        sha: head,
        label: `the last commit (HEAD ${short(head)}), as the file has uncommitted changes`,
      });
    }
    const parents = recordedParents(options.root, head);
    if (parents.length === 0)
      notes.push(
        `QR registry guard: HEAD (${short(head)}) is the first commit; no earlier ${file} to compare with.`,
      );
    parents.forEach((sha, i) => {
      const name =
        parents.length === 1
          ? 'the previous commit (HEAD^'
          : `parent ${i + 1} of the merge commit (HEAD^${i + 1}`;
      const why = fetchCommit(options.root, sha);
      if (why) {
        cannot(
          `${name} ${short(sha)})`,
          `this is a shallow clone without that commit, and fetching it failed (${why})`,
          shallowHint,
        );
      } else comparisons.push({ sha, label: `${name} ${short(sha)})` });
    });
    // A branch that dropped a code in an earlier commit: compare with where it left origin/main too.
    const main = commitOf(options.root, 'refs/remotes/origin/main');
    if (main) {
      const mb = git(options.root, ['merge-base', 'HEAD', main]);
      if (!mb.ok)
        notes.push(
          `QR registry guard: could not find where this branch left origin/main (${mb.err ? gitReason(mb.err) : 'no common commit'}); compared with the commits above only.`,
        );
      else if (mb.out !== head && !comparisons.some((c) => c.sha === mb.out)) {
        comparisons.push({
          sha: mb.out,
          label: `where this branch left origin/main (${short(mb.out)})`,
        });
      }
    }
  }

  for (const c of comparisons) {
    if (!git(options.root, ['cat-file', '-e', `${c.sha}:./${file}`]).ok) {
      notes.push(`QR registry guard: ${c.label} has no ${file}; nothing to compare there.`);
      continue;
    }
    const text = git(options.root, ['show', `${c.sha}:./${file}`]);
    let previous: Registry;
    try {
      previous = parsePreviousRegistry(text.out, `${file} in ${c.label}`);
    } catch (e) {
      cannot(
        c.label,
        (e as Error).message.replace(/\.$/, ''),
        'Name an earlier commit whose registry is valid with --base <commit>.',
      );
      continue;
    }
    const problems = guardProblems(previous, next);
    if (problems.length) errors.push(describeProblems(file, c.label, problems));
    else
      notes.push(
        `QR registry guard: ${file} keeps all ${previous.entries.length} codes of ${c.label}.`,
      );
  }
  return finish();

  function finish(): GuardResult {
    const codesLost = errors.some((e) => !e.startsWith(CANNOT));
    const exitCode = errors.length === 0 ? 0 : codesLost ? 1 : 2;
    return { ok: errors.length === 0, notes, errors, exitCode };
  }
}
