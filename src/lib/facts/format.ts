/**
 * A figure as a reader sees it: in their language's number format and unit words, with the tenge
 * amount of a fine in МРП computed from the current МРП (never typed), plus a "speakable" form for
 * video narration (digits without group spaces, which speech synthesis reads as one number).
 *
 * Unit words come from src/i18n/<lang>.json, keys "fact.unit.<unit>", written as plural forms by
 * Intl.PluralRules category: "one:день|few:дня|many:дней|other:дня". Russian also has genitive forms
 * ("gen-one:дня|gen-other:дней") used after a word that governs the genitive ("до 3 дней").
 */
import { getLocale } from '../site/i18n.ts';
import type { UiStrings } from '../site/i18n.ts';
import { MRP_ID, type FactSet } from './load.ts';
import type { Fact, FactUnit } from './schema.ts';

export interface RenderedFact {
  text: string;
  speakable: string;
  /** The figures this rendering depends on (the МРП too, for an amount in МРП). */
  uses: Fact[];
  unverified: boolean;
}

/** Words after which Russian puts a counted noun in the genitive plural. */
const GENITIVE_AFTER: Record<string, ReadonlySet<string>> = {
  ru: new Set([
    'до',
    'от',
    'с',
    'со',
    'после',
    'больше',
    'более',
    'свыше',
    'меньше',
    'менее',
    'около',
    'течение',
    'сверх',
    'из',
    'для',
    'без',
  ]),
};

export function parseForms(spec: string, key: string): Map<string, string> {
  const forms = new Map<string, string>();
  for (const part of spec.split('|')) {
    const m = /^([a-z-]+):(.*)$/.exec(part.trim());
    if (!m) throw new Error(`UI string "${key}" must list forms as "one:…|other:…", got "${spec}"`);
    forms.set(m[1], m[2].trim());
  }
  if (!forms.has('other')) throw new Error(`UI string "${key}" needs an "other:" form`);
  return forms;
}

export class FactFormatter {
  readonly lang: string;
  private readonly intl: string;
  private readonly plural: Intl.PluralRules;
  private readonly forms = new Map<string, Map<string, string>>();
  private readonly strings: UiStrings;
  private readonly facts: FactSet;

  constructor(lang: string, strings: UiStrings, facts: FactSet) {
    this.lang = lang;
    this.strings = strings;
    this.facts = facts;
    this.intl = getLocale(lang).intl;
    this.plural = new Intl.PluralRules(this.intl);
  }

  private unitWord(unit: FactUnit | 'mrp-short', n: number, genitive: boolean): string {
    const key = `fact.unit.${unit}`;
    let forms = this.forms.get(key);
    if (!forms) {
      const spec = this.strings[key];
      if (spec === undefined)
        throw new Error(`UI string "${key}" is missing in src/i18n/${this.lang}.json`);
      forms = parseForms(spec, key);
      this.forms.set(key, forms);
    }
    const cat = Number.isInteger(n) ? this.plural.select(n) : 'other';
    if (genitive) {
      const g = forms.get(`gen-${cat}`) ?? forms.get('gen-other');
      if (g) return g;
    }
    return forms.get(cat) ?? forms.get('other')!;
  }

  number(n: number): string {
    return new Intl.NumberFormat(this.intl, { maximumFractionDigits: 2 }).format(n);
  }

  private spoken(n: number): string {
    return new Intl.NumberFormat(this.intl, {
      maximumFractionDigits: 2,
      useGrouping: false,
    }).format(n);
  }

  /** "43 250 тенге" and its speakable form. */
  private amount(n: number, unit: FactUnit, genitive: boolean): [string, string] {
    if (unit === 'percent') {
      const f = new Intl.NumberFormat(this.intl, { style: 'percent', maximumFractionDigits: 2 });
      return [f.format(n / 100), f.format(n / 100)];
    }
    const word = this.unitWord(unit, n, genitive);
    return [`${this.number(n)}\u00a0${word}`, `${this.spoken(n)} ${word}`];
  }

  /** `before` is the text just before the reference, to pick the grammatical case where a language needs it. */
  render(id: string, multiple = 1, before = ''): RenderedFact {
    const fact = this.facts.get(id);
    if (!fact) throw new Error(`{{fact:${id}}} names no figure in content/facts/`);
    const prev = /([\p{L}]+)[\s\u00a0]*$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    const genitive = GENITIVE_AFTER[this.lang]?.has(prev) ?? false;
    const mrp = this.facts.get(MRP_ID)!;
    let count: number | undefined;
    if (fact.unit === 'mrp') count = fact.value * multiple;
    else if (fact.id === MRP_ID && multiple !== 1) count = multiple;
    if (count !== undefined) {
      const tenge = Math.round(count * mrp.value * 100) / 100;
      const [t] = this.amount(tenge, 'tenge', false);
      const [spokenTenge] = this.amount(tenge, 'tenge', false).slice(1);
      const text = `${this.number(count)}\u00a0${this.unitWord('mrp', count, genitive)} (${t})`;
      const uses = fact.id === MRP_ID ? [mrp] : [fact, mrp];
      return { text, speakable: spokenTenge, uses, unverified: fact.unverified };
    }
    const [text, speakable] = this.amount(
      Math.round(fact.value * multiple * 100) / 100,
      fact.unit,
      genitive,
    );
    return { text, speakable, uses: [fact], unverified: fact.unverified };
  }
}
