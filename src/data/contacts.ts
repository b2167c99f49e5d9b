/** The contacts collection, grouped by kind in a fixed order, with texts picked for a language. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { fallbackChain } from '../lib/site/i18n.ts';
import { contactKinds } from '../lib/content/schemaParts.ts';

export type ContactEntry = CollectionEntry<'contacts'>;

/** Groups in the order of the kinds (content schema), Russia's services last. */
export const kindOrder = contactKinds;
export type GroupId = (typeof kindOrder)[number] | 'russia';

/** Picks the text for `lang` from a per-language record, following the fallback chain. */
export function pick(
  record: Partial<Record<string, string>> | undefined,
  lang: string,
): { text: string; lang: string } | undefined {
  if (!record) return undefined;
  for (const c of fallbackChain(lang)) {
    const text = record[c];
    if (text) return { text, lang: c };
  }
  const first = Object.entries(record).find((e): e is [string, string] => Boolean(e[1]));
  return first ? { text: first[1], lang: first[0] } : undefined;
}

export async function getContactGroups() {
  const all = await getCollection('contacts');
  const byOrder = (a: ContactEntry, b: ContactEntry) =>
    a.data.order - b.data.order || a.id.localeCompare(b.id);
  // Services in Russia (for families of workers there) get their own section at the end, so that
  // Russia's 102 is not mistaken for Kazakhstan's.
  const groups: { kind: GroupId; contacts: ContactEntry[] }[] = kindOrder.map((kind) => ({
    kind,
    contacts: all.filter((c) => c.data.kind === kind && c.data.country !== 'RU').sort(byOrder),
  }));
  groups.push({
    kind: 'russia',
    contacts: all.filter((c) => c.data.country === 'RU').sort(byOrder),
  });
  return groups.filter((g) => g.contacts.length > 0);
}
