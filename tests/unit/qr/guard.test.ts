// The rule behind the registry guard: codes of an earlier registry are never lost or given to another page.
import { describe, expect, it } from 'vitest';
import {
  describeProblems,
  guardProblems,
  parsePreviousRegistry,
} from '../../../src/lib/qr/guard.ts';
import type { Registry } from '../../../src/lib/qr/registry.ts';

const file = 'content/qr/registry.json';
const reg = (entries: Registry['entries']): Registry => ({ file, entries });
const before = reg([
  { code: 'ka', path: '/ru/guide/police/', since: '2026-11-23' },
  { code: 'tw', path: '/ru/guide/registration/', since: '2026-11-23' },
]);

describe('the registry guard rule', () => {
  it('passes when codes are added', () => {
    expect(
      guardProblems(before, reg([...before.entries, { code: 'hp', path: '/ru/map/' }])),
    ).toEqual([]);
  });
  it('passes when a renamed page keeps its code and records the old address', () => {
    const after = reg([
      before.entries[0],
      { code: 'tw', path: '/ru/guide/register/', formerPaths: ['/ru/guide/registration/'] },
    ]);
    expect(guardProblems(before, after)).toEqual([]);
  });
  it('names a lost code and the line that brings it back', () => {
    const problems = guardProblems(before, reg([before.entries[1]]));
    expect(problems.map((p) => [p.code, p.kind])).toEqual([['ka', 'missing']]);
    const text = describeProblems(file, 'the previous commit (HEAD^ 1a2b3c4)', problems);
    expect(text).toMatch(
      /^content\/qr\/registry\.json: a printed QR code would stop working \(compared with the previous commit \(HEAD\^ 1a2b3c4\)\):/,
    );
    expect(text).toContain(
      'code "ka" (for /ru/guide/police/) is missing. Put its line back: {"code":"ka","path":"/ru/guide/police/","since":"2026-11-23"}',
    );
  });
  it('names a code given to another page without "formerPaths", and shows both fixes', () => {
    const after = reg([before.entries[0], { code: 'tw', path: '/ru/guide/police-checks/' }]);
    const problems = guardProblems(before, after);
    expect(problems.map((p) => [p.code, p.kind])).toEqual([['tw', 'reassigned']]);
    const text = describeProblems(file, 'HEAD', problems);
    expect(text).toContain(
      'code "tw" was for /ru/guide/registration/ and now points to /ru/guide/police-checks/ without "formerPaths"',
    );
    expect(text).toContain(
      '{"code":"tw","path":"/ru/guide/police-checks/","formerPaths":["/ru/guide/registration/"]}',
    );
    expect(text).toContain('change its "path" back to /ru/guide/registration/');
  });
  it('counts several problems', () => {
    expect(describeProblems(file, 'HEAD', guardProblems(before, reg([])))).toMatch(
      /^content\/qr\/registry\.json: 2 printed QR codes would stop working/,
    );
  });
});

describe('reading an earlier registry', () => {
  it('reads a version that the strict checks would reject, as long as it is JSON', () => {
    const text = JSON.stringify({
      codes: [{ code: 'ka', path: '/ru/' }, { code: 'ka', path: '/uz/' }, { nonsense: 1 }],
    });
    expect(parsePreviousRegistry(text, 'x').entries.map((e) => e.code)).toEqual(['ka', 'ka']);
  });
  it('says so when it is not JSON at all', () => {
    expect(() => parsePreviousRegistry('{"codes": [', 'content/qr/registry.json in HEAD^')).toThrow(
      /the registry in content\/qr\/registry\.json in HEAD\^ is not valid JSON/,
    );
  });
});
