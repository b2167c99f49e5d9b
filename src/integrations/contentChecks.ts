/**
 * Stops the build before anything is rendered when the content folders are laid out wrongly, with a
 * message per problem, and when a page carries HTML that could run scripts or load other sites.
 * Also stops it when a {{fact:…}} reference is malformed, names no figure, or a translation's figures
 * differ from its Russian page's. Schema errors (front matter) are reported by Astro's content layer.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkLanguageFolders, listFiles } from '../lib/content/tree.ts';
import { checkContentSafety } from '../lib/security/contentSafety.ts';
import { loadFacts } from '../lib/facts/load.ts';
import { checkFactReferences } from '../lib/facts/checks.ts';

export function contentChecks(root: string, sections: string[]): AstroIntegration {
  return {
    name: 'migrant-guide:content-checks',
    hooks: {
      'astro:config:setup': () => {
        const problems = sections.flatMap((s) => checkLanguageFolders(root, s));
        for (const s of sections) {
          for (const file of listFiles(join(root, s), ['.md', '.mdx'])) {
            const name = `content/${relative(root, file).split('\\').join('/')}`;
            for (const f of checkContentSafety(name, readFileSync(file, 'utf8')))
              problems.push(`${f.file}, line ${f.line}: ${f.message}`);
          }
        }
        // Figures: unknown ids, malformed references, translations whose figures differ from Russian.
        problems.push(...checkFactReferences(root, sections, loadFacts(root)));
        if (problems.length) {
          throw new Error(
            `The content has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`,
          );
        }
      },
    },
  };
}
