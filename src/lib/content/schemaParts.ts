/**
 * Schema parts that more than one kind of content checks the same way: a web address, a calendar date
 * and a phone number. The content collections (src/content.config.ts) and the health-care facility files
 * (src/lib/facilities/schema.ts) build on these, so "a web address" means one thing in both. Each part
 * takes the editor's message, because a guide chapter and a facility file explain the field differently.
 */
import { z } from 'zod';
import { isPhone } from '../site/phone.ts';

/** A message, or one made from the value the editor wrote (zod passes the issue with its `input`). */
export type Message = string | ((issue: { input?: unknown }) => string);

/** http(s)://, a host with a dot, no spaces. */
export const webAddressPattern = /^https?:\/\/[^\s/]+\.[^\s]+$/;
export const isWebAddress = (s: string): boolean => webAddressPattern.test(s);

/** A full web address; `typeMessage` is said when the value is not text at all. */
export function webUrlWith(message: Message, typeMessage: Message = message) {
  return z.string({ error: typeMessage }).refine(isWebAddress, { error: message });
}

export const webUrl = webUrlWith('must be a full web address starting with https:// (or http://)', 'must be a web address');

/** Whether a text is a real calendar date written YYYY-MM-DD ("2026-02-30" is not). */
export function isIsoDate(v: unknown): v is string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** A calendar date written as YYYY-MM-DD, as a Date (YAML turns an unquoted date into a Date). */
export const isoDate = z.preprocess(
  (v) => (isIsoDate(v) ? new Date(`${v}T00:00:00Z`) : v),
  z.date({ message: 'must be a date written as YYYY-MM-DD, e.g. 2026-11-23' }),
);

/** A calendar date written as YYYY-MM-DD, kept as that text (JSON has no dates). */
export function isoDateText(message: Message) {
  return z.string({ error: message }).refine(isIsoDate, { error: message });
}

/** A phone number as stored: a short number ("112") or international without spaces ("+77172000000"). */
export function phoneNumber(message: Message, typeMessage: Message = message) {
  return z.string({ error: typeMessage }).refine(isPhone, { error: message });
}

/** The kinds of contact, in the order the help page shows their groups. */
export const contactKinds = [
  'emergency',
  'hotline',
  'state',
  'ngo',
  'international',
  'embassy',
  'consulate',
  'home-service',
] as const;
