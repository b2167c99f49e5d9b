/**
 * The translators' report: for every page, its state in every language — missing, outdated (the
 * source changed after the translation was made), machine draft, draft, reviewed, or original.
 * One pure function feeds both `npm run i18n:status` and the status page on the site.
 */
import { defaultLocale, localeCodes } from '../../config/locales.ts';
import { pageState, type PageState, type TranslationMeta } from './status.ts';

export interface StatusInput {
  section: string; // 'guide' | 'videos'
  lang: string;
  slug: string;
  translation?: TranslationMeta;
  version?: number;
  title?: string;
}

export interface StatusRow {
  section: string;
  slug: string;
  title: string;
  sourceVersion: number;
  states: Record<string, PageState>;
}

export function statusRows(inputs: StatusInput[], langs: string[] = localeCodes): StatusRow[] {
  const key = (i: { section: string; slug: string }) => `${i.section}/${i.slug}`;
  const groups = new Map<string, StatusInput[]>();
  for (const i of inputs) groups.set(key(i), [...(groups.get(key(i)) ?? []), i]);
  const rows: StatusRow[] = [];
  for (const items of groups.values()) {
    const source =
      items.find((i) => i.translation?.status === 'original') ??
      items.find((i) => i.lang === defaultLocale);
    const states: Record<string, PageState> = {};
    for (const lang of langs) {
      const item = items.find((i) => i.lang === lang);
      const from = item?.translation?.from;
      const src = from ? items.find((i) => i.lang === from) : source;
      states[lang] = pageState(item?.translation, src && { version: src.version });
    }
    rows.push({
      section: items[0].section,
      slug: items[0].slug,
      title: source?.title ?? items[0].title ?? items[0].slug,
      sourceVersion: source?.version ?? 1,
      states,
    });
  }
  return rows.sort((a, b) => a.section.localeCompare(b.section) || a.slug.localeCompare(b.slug));
}

export function summarise(
  rows: StatusRow[],
  langs: string[] = localeCodes,
): Record<string, Record<PageState, number>> {
  const out: Record<string, Record<PageState, number>> = {};
  for (const lang of langs) {
    const counts = {
      original: 0,
      reviewed: 0,
      machine: 0,
      draft: 0,
      outdated: 0,
      missing: 0,
    } as Record<PageState, number>;
    for (const r of rows) counts[r.states[lang]]++;
    out[lang] = counts;
  }
  return out;
}

/** A plain-text table for the terminal and for pull-request comments. */
export function formatStatusTable(rows: StatusRow[], langs: string[] = localeCodes): string {
  const head = ['page', ...langs];
  const body = rows.map((r) => [`${r.section}/${r.slug}`, ...langs.map((l) => r.states[l])]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  const sum = summarise(rows, langs);
  const totals = langs.map(
    (l) =>
      `${l}: ${Object.entries(sum[l])
        .filter(([, n]) => n)
        .map(([s, n]) => `${n} ${s}`)
        .join(', ')}`,
  );
  const review =
    'Review a translation beside its Russian text: /review/<lang>/<section>/<page>/ on the built site, e.g. /review/uz/guide/registration/ (all of them are linked from /translation-status/).';
  return [
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...body.map(line),
    '',
    ...totals,
    '',
    review,
  ].join('\n');
}
