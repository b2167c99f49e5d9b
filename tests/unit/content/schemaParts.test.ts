import { describe, expect, it } from 'vitest';
import { isIsoDate, isoDate, isoDateText, phoneNumber, webUrl, webUrlWith } from '../../../src/lib/content/schemaParts.ts';

const message = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues[0].message;

describe('schema parts shared by the content collections and the facility files', () => {
  it('a date is a real calendar day written YYYY-MM-DD', () => {
    expect(isIsoDate('2026-11-23')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('23.11.2026')).toBe(false);
    expect(isoDate.parse('2026-11-23')).toEqual(new Date('2026-11-23T00:00:00Z'));
    expect(message(isoDate.safeParse('2026-02-30'))).toBe('must be a date written as YYYY-MM-DD, e.g. 2026-11-23');
    expect(isoDateText('bad date').parse('2026-11-23')).toBe('2026-11-23');
    expect(message(isoDateText('bad date').safeParse(20261123))).toBe('bad date');
  });
  it('a web address starts with http(s):// and has a host with a dot', () => {
    expect(webUrl.parse('https://egov.kz/x')).toBe('https://egov.kz/x');
    expect(message(webUrl.safeParse('egov.kz'))).toBe('must be a full web address starting with https:// (or http://)');
    expect(message(webUrl.safeParse(5))).toBe('must be a web address');
    expect(message(webUrlWith('needs a link').safeParse('https://localhost'))).toBe('needs a link');
  });
  it('a phone is a short number or international without spaces; the message can quote the value', () => {
    const p = phoneNumber((iss) => `"${String(iss.input)}" is not a phone`, 'in quotes');
    expect(p.parse('+77172000000')).toBe('+77172000000');
    expect(p.parse('103')).toBe('103');
    expect(message(p.safeParse('8 701 000 00 00'))).toBe('"8 701 000 00 00" is not a phone');
    expect(message(p.safeParse(112))).toBe('in quotes');
  });
});
