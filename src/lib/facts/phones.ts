/**
 * Phone numbers of contacts marked `unverified: true` in content/contacts/, so that a chapter that
 * writes such a number gets the caveat automatically instead of by an editor's habit.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Digits only, with a leading + kept: "+7 (717) 200-00-00" → "+77172000000". */
export function normalisePhone(s: string): string {
  const t = s.trim().replace(/^tel:/i, '');
  return (t.startsWith('+') ? '+' : '') + t.replace(/\D/g, '');
}

export function unverifiedPhones(contentRoot: string): Set<string> {
  const dir = join(contentRoot, 'contacts');
  const out = new Set<string>();
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.yaml'));
  } catch {
    return out;
  }
  for (const n of names) {
    const data = parse(readFileSync(join(dir, n), 'utf8')) as {
      unverified?: boolean;
      phones?: { number?: string }[];
    } | null;
    if (!data?.unverified) continue;
    for (const p of data.phones ?? [])
      if (typeof p.number === 'string') out.add(normalisePhone(p.number));
  }
  return out;
}

/** International numbers written in running text ("+7 495 967 98 44"); short numbers only count as tel: links. */
export const TEXT_PHONE = /\+\d[\d\u00a0 ()-]{6,}\d/g;
