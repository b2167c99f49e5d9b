// The glossary check over the real content/, as `npm run check` runs it: CI fails while a translation
// uses a variant its glossary says to avoid, or a chapter's first mention of a term lacks its Russian form.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFinding, parseGlossary } from '../../../src/lib/translation/glossary.ts';
import { checkGlossaries } from '../../../src/lib/translation/glossaryContent.ts';

const root = join(import.meta.dirname, '..', '..', '..');

describe('glossaries in content/glossary/', () => {
  const files = readdirSync(join(root, 'content', 'glossary')).filter((f) => f.endsWith('.md'));

  it('exist for every translation language and are well-formed tables', () => {
    expect(files.sort()).toEqual(['en.md', 'ky.md', 'tg.md', 'uz.md']);
    for (const f of files) {
      const { glossary, problems } = parseGlossary(
        `content/glossary/${f}`,
        f.slice(0, 2),
        readFileSync(join(root, 'content', 'glossary', f), 'utf8'),
      );
      expect(problems.map(formatFinding)).toEqual([]);
      expect(glossary.terms.length).toBeGreaterThan(40);
    }
  });

  it('every guide chapter, video page, contact and UI string follows its glossary', () => {
    // Each line names the file and line to fix; `node scripts/glossary-check.ts` prints the same list.
    expect(checkGlossaries(root).map(formatFinding)).toEqual([]);
  });
});
