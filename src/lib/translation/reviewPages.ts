/**
 * What a native speaker's review page shows for one translated chapter or video page: the Russian and
 * the translated blocks side by side with their line numbers, the page's state (machine, draft, reviewed
 * by whom and when, made from an older Russian text) and the front-matter lines that mark it reviewed.
 * Read from the files themselves (not Astro's collections), because the line numbers must be the file's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLocale } from '../../config/locales.ts';
import { listFiles } from '../content/tree.ts';
import { readFrontMatter } from '../content/frontMatter.ts';
import { isOutdated, type TranslationStatus } from './status.ts';
import { splitMarkdown } from './markdownBlocks.ts';
import {
  alignBlocks,
  frontMatterPairs,
  type Alignment,
  type FrontMatterPair,
} from './reviewPairs.ts';

export const reviewSections = ['guide', 'videos'] as const;
export type ReviewSection = (typeof reviewSections)[number];

export function reviewPagePath(lang: string, section: string, slug: string): string {
  return `/review/${lang}/${section}/${slug}/`;
}

export interface ReviewPage {
  lang: string;
  section: ReviewSection;
  slug: string;
  /** Paths in the repository, as the edit links use them. */
  file: string;
  sourceFile: string;
  title: string;
  sourceTitle: string;
  status: TranslationStatus;
  reviewedBy?: string;
  /** YYYY-MM-DD. */
  reviewedOn?: string;
  sourceVersion?: number;
  /** The Russian file's current version. */
  currentVersion: number;
  outdated: boolean;
  /** Lines of the `translation:` block in the file (1-based, inclusive), to be replaced when marking reviewed. */
  translationLines: { start: number; end: number; text: string };
  frontMatter: FrontMatterPair[];
  alignment: Alignment;
}

function asDate(v: unknown): string | undefined {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  if (typeof v === 'string' && v.trim()) return v.trim();
  return undefined;
}

/** The `translation:` mapping's lines in the front matter (it ends at the next line that is not indented). */
function translationBlock(lines: string[], start: number): ReviewPage['translationLines'] {
  const i = lines.findIndex((l) => /^translation:\s*$/.test(l));
  if (i < 0) return { start: 0, end: 0, text: '' };
  let j = i + 1;
  while (j < lines.length && /^\s+\S/.test(lines[j])) j++;
  return { start: start + i, end: start + j - 1, text: lines.slice(i, j).join('\n') };
}

export function readReviewPage(
  contentRoot: string,
  section: ReviewSection,
  lang: string,
  slug: string,
): ReviewPage | undefined {
  const trPath = join(contentRoot, section, lang, `${slug}.md`);
  const ruPath = join(contentRoot, section, defaultLocale, `${slug}.md`);
  if (lang === defaultLocale || !existsSync(trPath) || !existsSync(ruPath)) return undefined;
  const trText = readFileSync(trPath, 'utf8');
  const ruText = readFileSync(ruPath, 'utf8');
  const tr = splitMarkdown(trText);
  const ru = splitMarkdown(ruText);
  const trMeta = readFrontMatter(trText, trPath);
  const ruMeta = readFrontMatter(ruText, ruPath);
  const t = (trMeta.translation ?? {}) as Record<string, unknown>;
  const status = (typeof t.status === 'string' ? t.status : 'machine') as TranslationStatus;
  if (status === 'original') return undefined;
  const sourceVersion = typeof t.sourceVersion === 'number' ? t.sourceVersion : undefined;
  const currentVersion = typeof ruMeta.version === 'number' ? ruMeta.version : 1;
  return {
    lang,
    section,
    slug,
    file: `content/${section}/${lang}/${slug}.md`,
    sourceFile: `content/${section}/${defaultLocale}/${slug}.md`,
    title: typeof trMeta.title === 'string' ? trMeta.title : slug,
    sourceTitle: typeof ruMeta.title === 'string' ? ruMeta.title : slug,
    status,
    reviewedBy:
      typeof t.reviewedBy === 'string' && t.reviewedBy.trim() ? t.reviewedBy.trim() : undefined,
    reviewedOn: asDate(t.reviewedOn),
    sourceVersion,
    currentVersion,
    outdated: isOutdated({ status, sourceVersion }, { version: currentVersion }),
    translationLines: translationBlock(tr.frontMatterLines, tr.frontMatterStart),
    frontMatter: frontMatterPairs(
      { lines: ru.frontMatterLines, start: ru.frontMatterStart },
      { lines: tr.frontMatterLines, start: tr.frontMatterStart },
    ),
    alignment: alignBlocks(ru.blocks, tr.blocks),
  };
}

/** Every translated guide chapter and video page (not the Russian originals, not fallbacks). */
export function readReviewPages(contentRoot: string): ReviewPage[] {
  const pages: ReviewPage[] = [];
  for (const section of reviewSections) {
    for (const file of listFiles(join(contentRoot, section), ['.md'])) {
      const [lang, name] = file.slice(join(contentRoot, section).length + 1).split(/[\\/]/);
      if (!name) continue;
      const page = readReviewPage(contentRoot, section, lang, name.replace(/\.md$/, ''));
      if (page) pages.push(page);
    }
  }
  return pages;
}

/** The `translation:` lines a reviewer pastes in place of the old ones to mark the page reviewed. */
export function reviewedTranslationBlock(
  page: Pick<ReviewPage, 'currentVersion' | 'reviewedBy'>,
  today: string,
  namePrompt: string,
): string {
  return [
    'translation:',
    '  status: reviewed',
    `  from: ${defaultLocale}`,
    `  sourceVersion: ${page.currentVersion}`,
    `  reviewedBy: "${(page.reviewedBy ?? namePrompt).replace(/"/g, "'")}"`,
    `  reviewedOn: ${today}`,
  ].join('\n');
}
