// The rules that keep printed QR codes working for years: codes only grow, renamed pages keep theirs,
// removed pages lead to their parent, and one code can never mean two pages.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { locales } from '../../../src/config/locales.ts';
import { paths } from '../../../src/lib/site/routes.ts';
import {
  CODE_ALPHABET,
  assignCodes,
  loadRegistry,
  missingCodes,
  newCode,
  parseRegistry,
  resolveEntry,
  serializeRegistry,
  shortLinkFor,
  type Registry,
} from '../../../src/lib/qr/registry.ts';

const empty: Registry = { file: 'content/qr/registry.json', entries: [] };
const pages = ['/ru/', '/ru/guide/', '/ru/guide/police/', '/uz/', '/uz/guide/police/'];

describe('code assignment', () => {
  it('gives every page a short code from the alphabet without look-alikes, one per page', () => {
    const { registry, added } = assignCodes(empty, pages, '2026-11-23');
    expect(added).toHaveLength(pages.length);
    const codes = registry.entries.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(new RegExp(`^[${CODE_ALPHABET}]{2,3}$`));
    for (const bad of ['0', 'o', '1', 'l', 'i', 's', '5', 'z', '2'])
      expect(CODE_ALPHABET).not.toContain(bad);
  });

  it('gives the same page the same code on every machine, whatever the order', () => {
    const a = assignCodes(empty, pages, '2026-11-23').registry;
    const b = assignCodes(empty, [...pages].reverse(), '2026-11-23').registry;
    expect(a.entries).toEqual(b.entries);
  });

  it('moves on to the next free code when a code is taken, and to 3 characters when 2 run short', () => {
    const first = newCode('/ru/x/', new Set());
    expect(newCode('/ru/x/', new Set([first]))).not.toBe(first);
    const all2 = new Set<string>();
    for (const a of CODE_ALPHABET) for (const b of CODE_ALPHABET) all2.add(a + b);
    expect(newCode('/ru/x/', all2)).toHaveLength(3);
  });
});

describe('the registry only grows', () => {
  it('keeps every code when pages are added, and issues codes only for the new ones', () => {
    const before = assignCodes(empty, pages, '2026-01-01').registry;
    const { registry: after, added } = assignCodes(before, [...pages, '/ru/map/'], '2026-11-23');
    expect(added.map((a) => a.path)).toEqual(['/ru/map/']);
    expect(missingCodes(before, after)).toEqual([]);
    for (const e of before.entries) expect(shortLinkFor(after, e.path)?.code).toBe(e.code);
  });

  it('keeps codes of pages that are no longer built (they lead to a parent instead)', () => {
    const before = assignCodes(empty, pages, '2026-01-01').registry;
    const { registry: after } = assignCodes(before, ['/ru/'], '2026-11-23');
    expect(after.entries).toHaveLength(before.entries.length);
  });

  it('reports codes that an edit removed', () => {
    const before = assignCodes(empty, pages, '2026-01-01').registry;
    const after = { ...before, entries: before.entries.slice(1) };
    expect(missingCodes(before, after)).toEqual([before.entries[0].code]);
  });
});

describe('a renamed page keeps its code', () => {
  it('when an editor changes "path" and records the old one in "formerPaths"', () => {
    const before = assignCodes(empty, pages, '2026-01-01').registry;
    const code = shortLinkFor(before, '/ru/guide/police/')!.code;
    // The editor's hand edit, as it would be in the JSON file.
    const edited = parseRegistry(
      serializeRegistry(before).replace(
        '"path":"/ru/guide/police/"',
        '"path":"/ru/guide/police-checks/","formerPaths":["/ru/guide/police/"]',
      ),
      before.file,
    );
    const built = pages.map((p) => (p === '/ru/guide/police/' ? '/ru/guide/police-checks/' : p));
    const { registry: after, added } = assignCodes(edited, built, '2026-11-23');
    expect(added).toEqual([]);
    expect(shortLinkFor(after, '/ru/guide/police-checks/')).toEqual({
      code,
      shortPath: `/q/${code}/`,
    });
  });
});

describe('a removed page leads to its nearest existing parent', () => {
  const entry = { code: 'ka', path: '/ru/guide/x/' };
  it('the page itself while it exists', () => {
    expect(resolveEntry(entry, (p) => p === '/ru/guide/x/')).toBe('/ru/guide/x/');
  });
  it('then the section, then the language home, then the site', () => {
    expect(resolveEntry(entry, (p) => ['/ru/guide/', '/ru/', '/'].includes(p))).toBe('/ru/guide/');
    expect(resolveEntry(entry, (p) => ['/ru/', '/'].includes(p))).toBe('/ru/');
    expect(resolveEntry(entry, (p) => p === '/')).toBe('/');
  });
});

describe('bad registry files stop with a message naming the file and the code', () => {
  const file = 'content/qr/registry.json';
  it('two pages claiming one code', () => {
    const text = JSON.stringify({
      codes: [
        { code: 'ka', path: '/ru/' },
        { code: 'ka', path: '/uz/' },
      ],
    });
    expect(() => parseRegistry(text, file)).toThrow(
      /content\/qr\/registry\.json: code "ka" is claimed by two pages \(\/ru\/ and \/uz\/\)/,
    );
  });
  it('one page with two codes', () => {
    const text = JSON.stringify({
      codes: [
        { code: 'ka', path: '/ru/' },
        { code: 'kd', path: '/ru/' },
      ],
    });
    expect(() => parseRegistry(text, file)).toThrow(/page \/ru\/ has two codes \("ka" and "kd"\)/);
  });
  it('malformed JSON', () => {
    expect(() => parseRegistry('{"codes": [', file)).toThrow(/registry\.json: is not valid JSON/);
  });
  it('a code with look-alike letters or a path that is not a site address', () => {
    expect(() =>
      parseRegistry(JSON.stringify({ codes: [{ code: 'o1', path: '/ru/' }] }), file),
    ).toThrow(/code "o1" is not valid/);
    expect(() =>
      parseRegistry(JSON.stringify({ codes: [{ code: 'ka', path: 'ru' }] }), file),
    ).toThrow(/code "ka": "path" must be a site address/);
    expect(() => parseRegistry('[]', file)).toThrow(/expected an object with a "codes" list/);
  });
  it('reads back what it writes', () => {
    const r = assignCodes(empty, pages, '2026-11-23').registry;
    expect(parseRegistry(serializeRegistry(r), file).entries).toEqual(r.entries);
  });
});

describe('the committed registry', () => {
  const registry = loadRegistry('content');
  it('is valid', () => {
    expect(registry.entries.length).toBeGreaterThan(0);
  });
  it("has a code for every language's home, guide, help page and every guide chapter", () => {
    // Every chapter exists in every language (untranslated ones as a fallback page), so each needs a code.
    const slugs = new Set(
      locales.flatMap((l) => {
        try {
          return readdirSync(`content/guide/${l.code}`)
            .filter((f) => /\.mdx?$/.test(f))
            .map((f) => f.replace(/\.mdx?$/, ''));
        } catch {
          return [];
        }
      }),
    );
    const expected = locales.flatMap((l) => [
      paths.home(l.code),
      paths.guide(l.code),
      paths.help(l.code),
      ...[...slugs].map((s) => paths.chapter(l.code, s)),
    ]);
    const missing = expected.filter((p) => !shortLinkFor(registry, p));
    expect(
      missing,
      `These pages have no QR code yet. Run: SITE_URL=https://<public address>/ npm run build (or npm run qr after a build), then commit content/qr/registry.json`,
    ).toEqual([]);
  });
});
