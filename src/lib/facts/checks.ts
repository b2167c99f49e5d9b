/**
 * Build-time checks of figure references across the content: every reference well-formed and naming
 * a figure, and every translation using the same figures as its Russian page. Reported before
 * anything is rendered, each with the file, the line and what was expected.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defaultLocale } from '../../config/locales.ts';
import { listFiles } from '../content/tree.ts';
import type { FactSet } from './load.ts';
import { checkReferences, compareReferences } from './references.ts';

export function checkFactReferences(root: string, sections: string[], facts: FactSet): string[] {
  const problems: string[] = [];
  const name = (file: string) => `content/${relative(root, file).split('\\').join('/')}`;
  for (const section of sections) {
    for (const file of listFiles(join(root, section), ['.md', '.mdx'])) {
      const text = readFileSync(file, 'utf8');
      problems.push(...checkReferences(name(file), text, facts));
      const m = /[\\/]([a-z]{2,3})[\\/]([^\\/]+)$/.exec(file);
      if (!m || m[1] === defaultLocale) continue;
      const source = join(root, section, defaultLocale, m[2]);
      if (!existsSync(source)) continue;
      problems.push(
        ...compareReferences(name(file), text, name(source), readFileSync(source, 'utf8')),
      );
    }
  }
  return problems;
}
