/**
 * What the Key figures page (/<lang>/figures/) lists: every figure, grouped, with its value in the
 * reader's language, the period it is valid for, its source, when it was checked and how sure we are.
 * Pure data, so the page, the booklet and the tests read the same rows.
 */
import { formatDate, interpolate, type UiStrings } from '../site/i18n.ts';
import { FactFormatter } from './format.ts';
import type { FactSet } from './load.ts';
import { factGroups, type Fact, type FactGroup } from './schema.ts';
import { isStale } from './stale.ts';

export interface FigureRow {
  id: string;
  label: string;
  value: string;
  validity: string;
  source: { title: string; url: string; article?: string };
  checked: string;
  confidence: string;
  unverified: boolean;
  stale: boolean;
}

export interface FigureGroup {
  group: FactGroup;
  title: string;
  rows: FigureRow[];
}

function validity(f: Fact, lang: string, s: UiStrings): string {
  const from = f.validFrom && formatDate(f.validFrom, lang);
  const until = f.validUntil && formatDate(f.validUntil, lang);
  if (from && until) return interpolate(s['figures.validRange'], { from, until });
  if (from) return interpolate(s['figures.validFrom'], { from });
  if (until) return interpolate(s['figures.validUntil'], { until });
  return s['figures.validOpen'];
}

export function figureGroups(
  facts: FactSet,
  lang: string,
  strings: UiStrings,
  today: Date,
): FigureGroup[] {
  const fmt = new FactFormatter(lang, strings, facts);
  return factGroups
    .map((group) => ({
      group,
      title: strings[`figures.group.${group}`],
      rows: [...facts.values()]
        .filter((f) => f.group === group)
        .map((f) => ({
          id: f.id,
          label: f.label[lang] ?? f.label.ru,
          value: fmt.render(f.id).text,
          validity: validity(f, lang, strings),
          source: f.source,
          checked: interpolate(strings['figures.checked'], { date: formatDate(f.checked, lang) }),
          confidence: interpolate(strings['figures.confidence'], {
            level: strings[`figures.confidence.${f.confidence}`],
          }),
          unverified: f.unverified,
          stale: isStale(f, today),
        })),
    }))
    .filter((g) => g.rows.length > 0);
}
