/**
 * Runs the glossary check over the project: each content/glossary/<lang>.md against that language's
 * guide chapters (avoid + first mention), video pages, contact texts and UI strings (avoid only).
 * Paths in findings are relative to the project root, as an editor would open them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  findAvoided,
  findMissingFirstMentions,
  jsonParts,
  markdownParts,
  parseGlossary,
  yamlLanguageParts,
  type GlossaryFinding,
} from './glossary.ts';

function listDir(dir: string, ext: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(ext))
        .sort()
    : [];
}

/**
 * @param root the project root (holds src/i18n/)
 * @param contentDir the content folder, relative to root (content/ unless the tests build from a copy)
 */
export function checkGlossaries(root: string, contentDir = 'content'): GlossaryFinding[] {
  const findings: GlossaryFinding[] = [];
  const glossaryDir = join(root, contentDir, 'glossary');
  for (const name of listDir(glossaryDir, '.md')) {
    const lang = name.replace(/\.md$/, '');
    const gFile = `${contentDir}/glossary/${name}`;
    const { glossary, problems } = parseGlossary(
      gFile,
      lang,
      readFileSync(join(glossaryDir, name), 'utf8'),
    );
    findings.push(...problems);
    for (const section of ['guide', 'videos']) {
      for (const f of listDir(join(root, contentDir, section, lang), '.md')) {
        const rel = `${contentDir}/${section}/${lang}/${f}`;
        const text = readFileSync(join(root, rel), 'utf8');
        findings.push(...findAvoided(rel, markdownParts(text), glossary));
        if (section === 'guide') findings.push(...findMissingFirstMentions(rel, text, glossary));
      }
    }
    for (const f of listDir(join(root, contentDir, 'contacts'), '.yaml')) {
      const rel = `${contentDir}/contacts/${f}`;
      findings.push(
        ...findAvoided(
          rel,
          yamlLanguageParts(readFileSync(join(root, rel), 'utf8'), lang),
          glossary,
        ),
      );
    }
    const ui = `src/i18n/${lang}.json`;
    if (existsSync(join(root, ui)))
      findings.push(...findAvoided(ui, jsonParts(readFileSync(join(root, ui), 'utf8')), glossary));
  }
  return findings;
}
