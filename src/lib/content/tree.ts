/**
 * Reads the content folders' file names (not their text) for checks that the schemas cannot make:
 * a language folder that is not configured, a file in the wrong place. Used by the build and by scripts.
 */
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { localeCodes } from '../../config/locales.ts';

export function listFiles(dir: string, exts: string[]): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full, exts));
    else if (exts.some((e) => name.endsWith(e))) out.push(full);
  }
  return out.sort();
}

/** Content ids ('ru/police') of a per-language section such as content/guide. */
export function sectionIds(root: string, section: string): string[] {
  const dir = join(root, section);
  return listFiles(dir, ['.md', '.mdx']).map((f) => relative(dir, f).replace(/\\/g, '/').replace(/\.mdx?$/, ''));
}

/** Problems in a per-language section's layout, each naming the file and what was expected. */
export function checkLanguageFolders(root: string, section: string): string[] {
  const dir = join(root, section);
  const problems: string[] = [];
  if (!existsSync(dir)) return problems;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const rel = relative(root, full);
    if (!statSync(full).isDirectory()) {
      if (/\.mdx?$/.test(name)) problems.push(`content/${rel}: a page must be inside a language folder (content/${section}/<language>/${name}); languages: ${localeCodes.join(', ')}.`);
      continue;
    }
    if (!localeCodes.includes(name)) {
      problems.push(`content/${rel}/: "${name}" is not a configured language. Use one of ${localeCodes.join(', ')}, or add the language in src/config/locales.ts.`);
      continue;
    }
    for (const f of readdirSync(full)) {
      const frel = `content/${section}/${name}/${f}`;
      if (statSync(join(full, f)).isDirectory()) problems.push(`${frel}/: sub-folders are not used; put the page directly in content/${section}/${name}/.`);
      else if (f.endsWith('.mdx') && section === 'guide') problems.push(`${frel}: guide chapters are plain Markdown; rename it to .md.`);
      else if (!/^[a-z0-9]+(-[a-z0-9]+)*\.mdx?$/.test(f)) problems.push(`${frel}: file names are the page's address: lower-case Latin letters, digits and hyphens, ending in .md (e.g. lost-documents.md).`);
    }
  }
  return problems;
}
