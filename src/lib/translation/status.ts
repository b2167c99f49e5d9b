/**
 * The state of one page in one language, for the reader's notice and the translators' report.
 * A translation records the source version it was made from; the source bumps `version` when its
 * meaning changes (typo fixes need not), so "outdated" needs no git history and works in shallow clones.
 */
export type TranslationStatus = 'original' | 'reviewed' | 'machine' | 'draft';
export type PageState = TranslationStatus | 'outdated' | 'missing';

export interface TranslationMeta {
  status: TranslationStatus;
  from?: string;
  sourceVersion?: number;
}

export interface SourceMeta {
  version?: number;
  lastReviewed?: Date;
}

export function isOutdated(meta: TranslationMeta, source: SourceMeta | undefined): boolean {
  if (meta.status === 'original' || !source) return false;
  return (meta.sourceVersion ?? 0) < (source.version ?? 1);
}

export function pageState(
  meta: TranslationMeta | undefined,
  source: SourceMeta | undefined,
): PageState {
  if (!meta) return 'missing';
  if (isOutdated(meta, source)) return 'outdated';
  return meta.status;
}
