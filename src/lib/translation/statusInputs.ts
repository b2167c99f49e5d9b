/** Gathers every page's front matter from the content folders for the translation status report. */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { listFiles } from '../content/tree.ts';
import { readFrontMatter } from '../content/frontMatter.ts';
import type { StatusInput } from './statusReport.ts';
import type { TranslationMeta } from './status.ts';

export function readStatusInputs(
  contentRoot: string,
  sections = ['guide', 'videos'],
): StatusInput[] {
  const inputs: StatusInput[] = [];
  for (const section of sections) {
    for (const file of listFiles(join(contentRoot, section), ['.md', '.mdx'])) {
      const [lang, name] = relative(join(contentRoot, section), file).split(/[\\/]/);
      const fm = readFrontMatter(readFileSync(file, 'utf8'), file);
      inputs.push({
        section,
        lang,
        slug: name.replace(/\.mdx?$/, ''),
        translation: fm.translation as TranslationMeta | undefined,
        version: typeof fm.version === 'number' ? fm.version : undefined,
        title: typeof fm.title === 'string' ? fm.title : undefined,
      });
    }
  }
  return inputs;
}
