/**
 * npm run qr:guard — fails when content/qr/registry.json lost a code, or gave one to another page without
 * "formerPaths", compared with the previous commit (or a pull request's base branch). Printed leaflets use
 * these codes for years. Part of `npm run check`, .ci/run and both GitHub workflows; the rules are in
 * src/lib/qr/gitBase.ts.
 *
 *   npm run qr:guard                        # compare with HEAD / the previous commit / origin/main
 *   npm run qr:guard -- --base origin/main  # compare with a given commit or branch
 *   npm run qr:guard -- --allow-no-base     # warn instead of failing when nothing can be compared
 *                                           # (a download without git history); not for CI
 * The same through the environment: QR_GUARD_BASE=<rev>, QR_GUARD_ALLOW_NO_BASE=1. It checks the repository
 * it is run in (npm runs it in the project's folder).
 * Exit status: 0 all codes kept, 1 a code lost or reassigned, 2 no comparison could be made.
 */
import { runRegistryGuard } from '../src/lib/qr/gitBase.ts';

const args = process.argv.slice(2);
let base: string | undefined;
let allowNoBase = false;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--allow-no-base') allowNoBase = true;
  else if (a === '--base') base = args[++i];
  else if (a.startsWith('--base=')) base = a.slice('--base='.length);
  else {
    console.error(
      `npm run qr:guard: unknown option "${a}". Expected --base <commit or branch> or --allow-no-base.`,
    );
    process.exit(2);
  }
}
if (args.includes('--base') && !base) {
  console.error('npm run qr:guard: --base needs a commit or branch, like --base origin/main.');
  process.exit(2);
}

const result = runRegistryGuard({ root: process.cwd(), base, allowNoBase });
for (const n of result.notes) console.log(n);
for (const e of result.errors) console.error(e);
process.exit(result.exitCode);
