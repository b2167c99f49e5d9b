/**
 * Which number the call bar shows beside 112 on a page: the chapter's own (src/config/emergency.ts), a
 * video's first chapter's, or its section's. Undefined when nothing fits better than 112 alone.
 */
import {
  chapterCallNumber,
  sectionCallNumber,
  type CallBarNumber,
} from '../../config/emergency.ts';

export interface PageCallContext {
  chapter?: string;
  /** The chapters a video page belongs to, in their order. */
  chapters?: readonly string[];
  section?: string;
}

export function pageCallNumber({
  chapter,
  chapters = [],
  section,
}: PageCallContext): CallBarNumber | undefined {
  if (chapter && chapterCallNumber[chapter]) return chapterCallNumber[chapter];
  for (const c of chapters) if (chapterCallNumber[c]) return chapterCallNumber[c];
  if (section && section in sectionCallNumber)
    return sectionCallNumber[section as keyof typeof sectionCallNumber];
  return undefined;
}
