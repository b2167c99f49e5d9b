/** Figures whose validity has ended: the site still builds, but says so wherever they are used. */
import type { FactSet } from './load.ts';
import type { Fact } from './schema.ts';

/** True when the figure's validUntil is before `today` (both whole UTC days). */
export function isStale(fact: Fact, today: Date): boolean {
  return fact.validUntil !== undefined && fact.validUntil.getTime() < today.getTime();
}

export function staleFacts(facts: FactSet, today: Date): Fact[] {
  return [...facts.values()].filter((f) => isStale(f, today));
}

/** The year a figure was set for ("amount for 2026"): the year of its last valid day. */
export function validityYear(fact: Fact): number | undefined {
  return (fact.validUntil ?? fact.validFrom)?.getUTCFullYear();
}
