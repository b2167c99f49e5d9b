// Section 3 of the editors' promise: every translation has the same figures, phone numbers, article
// numbers and "not verified" boxes as its Russian chapter, paragraph by paragraph (the logic is
// src/lib/translation/parity.ts). A translation made from an older Russian version may lag: its
// differences are listed to carry over, and do not fail. Exit 1 when an up-to-date translation differs.
import { join } from 'node:path';
import { checkParity } from '../src/lib/translation/parityCheck.ts';
import { formatProblem } from '../src/lib/translation/parity.ts';

const root = join(import.meta.dirname, '..', process.env.CONTENT_DIR ?? 'content');
const { errors, lagging } = checkParity(root);
if (lagging.length) {
  console.log(
    `Translations made from an older Russian version — carry these over when you update them (${lagging.length}):`,
  );
  for (const p of lagging) console.log(`  ${formatProblem(p)}`);
}
if (errors.length) {
  console.error(
    `\n${errors.length} difference(s) between up-to-date translations and their Russian chapters:`,
  );
  for (const p of errors) console.error(`  ${formatProblem(p)}`);
  process.exit(1);
}
console.log(
  'Up-to-date translations: figures, phone numbers, article numbers and "not verified" boxes match the Russian chapters they were made from.',
);
