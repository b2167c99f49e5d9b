// npm run check (and `node scripts/glossary-check.ts`): every use of a variant the glossary says to avoid,
// and every chapter whose first mention of a term lacks its Russian form, with file and line; exit 1 if any.
// The logic is src/lib/translation/glossary.ts; the rules are the tables in content/glossary/<lang>.md.
import { join, relative, resolve } from 'node:path';
import { checkGlossaries } from '../src/lib/translation/glossaryContent.ts';
import { formatFinding } from '../src/lib/translation/glossary.ts';

const root = join(import.meta.dirname, '..');
const findings = checkGlossaries(
  root,
  relative(root, resolve(root, process.env.CONTENT_DIR ?? 'content'))
    .split('\\')
    .join('/'),
);
if (findings.length) {
  console.error(
    `Glossary: ${findings.length} problem(s). Use the glossary's required term (content/glossary/<lang>.md), or add the Russian form at the chapter's first mention:`,
  );
  for (const f of findings) console.error(`- ${formatFinding(f)}`);
  process.exit(1);
}
console.log('Glossary: every translation uses the glossary terms.');
