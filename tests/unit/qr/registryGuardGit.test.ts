// The registry guard on real git repositories in a temporary folder: a commit that drops a code or gives
// it to another page fails with the file and the code named; added codes and recorded renames pass; a
// shallow clone fetches the previous commit or says clearly what it could not compare.
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runRegistryGuard } from '../../../src/lib/qr/gitBase.ts';
import { serializeRegistry, type RegistryEntry } from '../../../src/lib/qr/registry.ts';

const script = fileURLToPath(new URL('../../../scripts/qr-registry-guard.ts', import.meta.url));
const temp = mkdtempSync(join(tmpdir(), 'qr-guard-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
let n = 0;

const police: RegistryEntry = { code: 'ka', path: '/ru/guide/police/', since: '2026-11-23' };
const registration: RegistryEntry = {
  code: 'tw',
  path: '/ru/guide/registration/',
  since: '2026-11-23',
};
const map: RegistryEntry = { code: 'hp', path: '/ru/map/', since: '2026-12-01' };

function git(dir: string, ...args: string[]): string {
  return execFileSync(
    'git',
    [
      '-c',
      'user.name=Editor',
      '-c',
      'user.email=editor@example.org',
      '-c',
      'commit.gpgsign=false',
      '-c',
      'init.defaultBranch=main',
      ...args,
    ],
    { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  ).trim();
}
function writeRegistry(dir: string, entries: RegistryEntry[]): void {
  mkdirSync(join(dir, 'content', 'qr'), { recursive: true });
  writeFileSync(
    join(dir, 'content', 'qr', 'registry.json'),
    serializeRegistry({ file: 'content/qr/registry.json', entries }),
  );
}
function commit(dir: string, entries: RegistryEntry[], message: string): void {
  writeRegistry(dir, entries);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', message);
}
/** A repository whose first commit has police + registration, then the given commits. */
function repo(...later: RegistryEntry[][]): string {
  const dir = join(temp, `r${++n}`);
  mkdirSync(dir);
  git(dir, 'init', '-q');
  commit(dir, [police, registration], 'first codes');
  later.forEach((entries, i) => commit(dir, entries, `change ${i + 1}`));
  return dir;
}
/** The guard as a CI job would see it: no pull-request variables from the machine running the tests. */
const guard = (root: string, more: Parameters<typeof runRegistryGuard>[0] = { root }) =>
  runRegistryGuard({ env: {}, ...more, root });
const text = (r: ReturnType<typeof runRegistryGuard>) => [...r.notes, ...r.errors].join('\n');

describe('the registry guard in a git repository', { timeout: 30_000 }, () => {
  it('fails when a commit drops a code, naming the file and the code (through the npm script too)', () => {
    const dir = repo([registration]);
    const r = guard(dir);
    expect(r.exitCode).toBe(1);
    expect(r.errors.join('\n')).toMatch(
      /^content\/qr\/registry\.json: a printed QR code would stop working \(compared with the previous commit \(HEAD\^ [0-9a-f]{7}\)\):/,
    );
    expect(r.errors.join('\n')).toContain('code "ka" (for /ru/guide/police/) is missing');

    const cli = spawnSync(process.execPath, [script], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_BASE_REF: '' },
    });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain('content/qr/registry.json');
    expect(cli.stderr).toContain('code "ka"');
  });

  it('fails when a commit gives a code to another page without "formerPaths"', () => {
    const dir = repo([police, { ...registration, path: '/ru/guide/police-checks/' }]);
    const r = guard(dir);
    expect(r.exitCode).toBe(1);
    expect(r.errors.join('\n')).toContain(
      'code "tw" was for /ru/guide/registration/ and now points to /ru/guide/police-checks/ without "formerPaths"',
    );
  });

  it('passes when codes are added, and says what it compared', () => {
    const r = guard(repo([police, registration, map]));
    expect(r).toMatchObject({ ok: true, exitCode: 0, errors: [] });
    expect(text(r)).toMatch(
      /content\/qr\/registry\.json keeps all 2 codes of the previous commit \(HEAD\^ [0-9a-f]{7}\)/,
    );
  });

  it('passes when a renamed page keeps its code with the old address in "formerPaths"', () => {
    const dir = repo([
      police,
      { ...registration, path: '/ru/guide/stay/', formerPaths: ['/ru/guide/registration/'] },
    ]);
    expect(guard(dir).exitCode).toBe(0);
  });

  it('checks uncommitted changes against HEAD', () => {
    const dir = repo([police, registration, map]);
    writeRegistry(dir, [police, registration]);
    const r = guard(dir);
    expect(r.exitCode).toBe(1);
    expect(r.errors.join('\n')).toMatch(
      /compared with the last commit \(HEAD [0-9a-f]{7}\), as the file has uncommitted changes/,
    );
    expect(r.errors.join('\n')).toContain('code "hp" (for /ru/map/) is missing');
  });

  it('checks a merge commit against both sides', () => {
    const dir = repo();
    git(dir, 'checkout', '-q', '-b', 'map');
    commit(dir, [police, registration, map], 'map gets a code');
    git(dir, 'checkout', '-q', 'main');
    commit(dir, [police, registration, { code: 'kd', path: '/ru/help/' }], 'help gets a code');
    // A careless conflict resolution keeps only main's side.
    git(dir, 'merge', '-q', '-s', 'ours', '-m', 'merge map', 'map');
    const r = guard(dir);
    expect(r.exitCode).toBe(1);
    expect(r.errors.join('\n')).toMatch(
      /compared with parent 2 of the merge commit \(HEAD\^2 [0-9a-f]{7}\)[\s\S]*code "hp" \(for \/ru\/map\/\) is missing/,
    );
  });

  it('on a branch, also compares with where it left origin/main (a code dropped two commits ago)', () => {
    const origin = repo();
    const dir = join(temp, `clone${++n}`);
    git(temp, 'clone', '-q', origin, dir);
    git(dir, 'checkout', '-q', '-b', 'edit');
    commit(dir, [registration], 'drop police');
    commit(dir, [registration, map], 'add map');
    const r = guard(dir);
    expect(r.exitCode).toBe(1);
    expect(r.errors.join('\n')).toMatch(
      /compared with where this branch left origin\/main[\s\S]*code "ka"/,
    );
  });

  it('in a pull request (GITHUB_BASE_REF), compares with the base branch, fetching it if needed', () => {
    const origin = repo([police, registration, map]);
    const dir = join(temp, `clone${++n}`);
    git(temp, 'clone', '-q', '--depth=1', `file://${origin}`, dir);
    git(dir, 'update-ref', '-d', 'refs/remotes/origin/main');
    writeRegistry(dir, [police, map]);
    const r = guard(dir, { root: dir, env: { GITHUB_BASE_REF: 'main' } });
    expect(r.exitCode).toBe(1);
    expect(r.errors.join('\n')).toMatch(
      /compared with the pull request's base branch \(origin\/main [0-9a-f]{7}\)[\s\S]*code "tw"/,
    );
  });

  it('in a shallow clone, fetches the previous commit and compares', () => {
    const origin = repo([registration]);
    const dir = join(temp, `clone${++n}`);
    git(temp, 'clone', '-q', '--depth=1', `file://${origin}`, dir);
    expect(git(dir, 'rev-parse', '--is-shallow-repository')).toBe('true');
    const r = guard(dir);
    expect(r.exitCode).toBe(1);
    expect(r.errors.join('\n')).toContain('code "ka" (for /ru/guide/police/) is missing');
  });

  it('in a shallow clone that cannot fetch, says what it could not compare and fails, unless allowed', () => {
    const origin = repo([police, registration, map]);
    const dir = join(temp, `clone${++n}`);
    git(temp, 'clone', '-q', '--depth=1', `file://${origin}`, dir);
    git(dir, 'remote', 'remove', 'origin');
    const r = guard(dir);
    expect(r.exitCode).toBe(2);
    expect(r.errors.join('\n')).toMatch(
      /^QR registry guard: could not compare content\/qr\/registry\.json with the previous commit \(HEAD\^ [0-9a-f]{7}\): this is a shallow clone without that commit, and fetching it failed/,
    );
    expect(r.errors.join('\n')).toContain('--allow-no-base');

    const allowed = guard(dir, { root: dir, allowNoBase: true });
    expect(allowed.exitCode).toBe(0);
    expect(text(allowed)).toMatch(
      /^WARNING \(allowed by --allow-no-base\): QR registry guard: could not compare/,
    );
    const cli = spawnSync(process.execPath, [script], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_BASE_REF: '' },
    });
    expect(cli.status).toBe(2);
    expect(cli.stderr).toContain('could not compare content/qr/registry.json');
  });

  it('outside a git repository, fails with a clear message', () => {
    const dir = join(temp, `plain${++n}`);
    mkdirSync(dir);
    writeRegistry(dir, [police]);
    const r = guard(dir);
    expect(r.exitCode).toBe(2);
    expect(r.errors.join('\n')).toMatch(
      /could not compare content\/qr\/registry\.json with any earlier version: .* is not a git repository/,
    );
  });

  it('with --base, compares with that revision only', () => {
    const dir = repo(
      [police, registration, map],
      [police, registration, map, { code: 'kd', path: '/ru/help/' }],
    );
    writeRegistry(dir, [police, registration]);
    const r = guard(dir, { root: dir, base: 'HEAD~2' });
    expect(r.exitCode).toBe(0);
    expect(text(r)).toMatch(/keeps all 2 codes of HEAD~2/);
  });

  it('in the first commit, says there is nothing earlier', () => {
    const r = guard(repo());
    expect(r.exitCode).toBe(0);
    expect(text(r)).toMatch(
      /is the first commit; no earlier content\/qr\/registry\.json to compare with/,
    );
  });
});
