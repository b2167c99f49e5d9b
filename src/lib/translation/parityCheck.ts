/**
 * Runs the parity check over the content folders. A translation made from the current Russian version
 * must match it; one made from an older version (outdated: the Russian changed since) may lag behind,
 * so its differences are listed as things to carry over, not as errors.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defaultLocale } from '../../config/locales.ts';
import { listFiles } from '../content/tree.ts';
import { readFrontMatter } from '../content/frontMatter.ts';
import { isOutdated, type TranslationMeta } from './status.ts';
import { compareTranslation, type ParityProblem } from './parity.ts';

export interface ParityReport {
  errors: ParityProblem[];
  lagging: ParityProblem[];
}

export function checkParity(contentRoot: string, sections = ['guide', 'videos']): ParityReport {
  const report: ParityReport = { errors: [], lagging: [] };
  const name = (f: string) => `content/${relative(contentRoot, f).split('\\').join('/')}`;
  for (const section of sections) {
    for (const file of listFiles(join(contentRoot, section), ['.md', '.mdx'])) {
      const m = /[\\/]([a-z]{2,3})[\\/]([^\\/]+)$/.exec(file);
      if (!m || m[1] === defaultLocale) continue;
      const source = join(contentRoot, section, defaultLocale, m[2]);
      if (!existsSync(source)) continue;
      const text = readFileSync(file, 'utf8');
      const sourceText = readFileSync(source, 'utf8');
      const fm = readFrontMatter(text, name(file));
      const sfm = readFrontMatter(sourceText, name(source));
      const meta = fm.translation as TranslationMeta | undefined;
      const lagging =
        !!meta &&
        isOutdated(meta, { version: typeof sfm.version === 'number' ? sfm.version : undefined });
      const problems = compareTranslation(name(file), text, name(source), sourceText);
      (lagging ? report.lagging : report.errors).push(...problems);
    }
  }
  return report;
}
