// Prints every page's translation state in every language (thin: the logic is src/lib/translation/statusReport.ts).
// Usage: npm run i18n:status            a table
//        npm run i18n:status -- --json  the same as JSON
//        npm run i18n:status -- --fail-on=missing,outdated   exit 1 if any page is in those states
import { join } from 'node:path';
import { readStatusInputs } from '../src/lib/translation/statusInputs.ts';
import { statusRows, formatStatusTable } from '../src/lib/translation/statusReport.ts';

const rows = statusRows(
  readStatusInputs(join(import.meta.dirname, '..', process.env.CONTENT_DIR ?? 'content')),
);
console.log(
  process.argv.includes('--json') ? JSON.stringify(rows, null, 2) : formatStatusTable(rows),
);

const failArg = process.argv.find((a) => a.startsWith('--fail-on='));
if (failArg) {
  const bad = new Set(failArg.split('=')[1].split(','));
  const hits = rows.flatMap((r) =>
    Object.entries(r.states)
      .filter(([, s]) => bad.has(s))
      .map(([l, s]) => `${r.section}/${r.slug} [${l}]: ${s}`),
  );
  if (hits.length) {
    console.error(`\n${hits.length} page(s) are ${[...bad].join(' or ')}:\n${hits.join('\n')}`);
    process.exit(1);
  }
}
