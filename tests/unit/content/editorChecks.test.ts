import { describe, expect, it } from 'vitest';
import { checkContentSafety } from '../../../src/lib/security/contentSafety.ts';
import { statusRows, formatStatusTable } from '../../../src/lib/translation/statusReport.ts';
import { headersFile, cspFromHtml } from '../../../src/lib/security/headers.ts';
import { editUrl } from '../../../src/lib/content/editLink.ts';
import { readFrontMatter } from '../../../src/lib/content/frontMatter.ts';
import { cspDirectives } from '../../../src/config/csp.ts';

describe('content safety', () => {
  const md = (body: string) => `---\ntitle: "x <script>"\n---\n${body}`;
  it('passes plain Markdown, tel: links and code samples', () => {
    expect(checkContentSafety('a.md', md('Call [112](tel:112) or see [law](https://adilet.zan.kz/).\n\n```\n<script>shown as code</script>\n```\n'))).toEqual([]);
  });
  it('names the line of each unsafe thing', () => {
    const f = checkContentSafety('content/guide/ru/x.md', md('ok\n<iframe src="https://t.co"></iframe>\n<img src=x onerror="steal()">\n[x](javascript:alert(1))\n<script>1</script>'));
    expect(f.map((x) => x.line)).toEqual([5, 6, 7, 8]);
    expect(f[0].message).toMatch(/iframe/);
    expect(f[1].message).toMatch(/event handlers/);
    expect(f[2].message).toMatch(/javascript:/);
    expect(f[3].message).toMatch(/<script>/);
  });
  it('refuses imports and unknown components in MDX', () => {
    const f = checkContentSafety('x.mdx', md("import Tracker from 'x'\n<Tracker />"));
    expect(f.map((x) => x.message)).toEqual([expect.stringMatching(/import/), expect.stringMatching(/<Tracker>/)]);
  });
});

describe('translation status', () => {
  const rows = statusRows([
    { section: 'guide', lang: 'ru', slug: 'police', version: 2, translation: { status: 'original' } },
    { section: 'guide', lang: 'en', slug: 'police', translation: { status: 'reviewed', from: 'ru', sourceVersion: 2 } },
    { section: 'guide', lang: 'uz', slug: 'police', translation: { status: 'machine', from: 'ru', sourceVersion: 1 } },
    { section: 'guide', lang: 'tg', slug: 'police', translation: { status: 'machine', from: 'ru', sourceVersion: 2 } },
  ]);
  it('tells missing, outdated, machine and reviewed apart', () => {
    expect(rows[0].states).toEqual({ ru: 'original', uz: 'outdated', tg: 'machine', ky: 'missing', en: 'reviewed' });
  });
  it('prints a table with totals', () => {
    const text = formatStatusTable(rows);
    expect(text).toMatch(/guide\/police\s+original\s+outdated\s+machine\s+missing\s+reviewed/);
    expect(text).toMatch(/ky: 1 missing/);
  });
  it('reads front matter', () => {
    expect(readFrontMatter('---\nversion: 3\ntranslation:\n  status: original\n---\nbody')).toEqual({ version: 3, translation: { status: 'original' } });
  });
});

describe('security headers and edit links', () => {
  it('repeats the page CSP as a header and forbids framing', () => {
    const csp = cspFromHtml(`<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-x'">`)!;
    const file = headersFile(new Map([['/mg/ru/', csp], ['/mg/en/', csp]]), '/mg/');
    expect(file).toMatch(/^\/mg\/\*\n/);
    expect(file).toContain("Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-x'; frame-ancestors 'none'");
    expect(file).toContain('Referrer-Policy: no-referrer');
  });
  it('allows only the tile host for images and only the two privacy-friendly players for frames', () => {
    const d = cspDirectives('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
    expect(d).toContain("img-src 'self' data: https://tile.openstreetmap.org");
    expect(d).toContain('frame-src https://www.youtube-nocookie.com https://player.vimeo.com');
    expect(cspDirectives('https://{s}.tile.openstreetmap.fr/osmfr/{z}/{x}/{y}.png')).toContain("img-src 'self' data: https://*.tile.openstreetmap.fr");
  });
  it('links to the file\'s edit page, or nowhere when no repository is set', () => {
    expect(editUrl('https://github.com/ngo/guide/', 'main', 'content/guide/uz/police.md')).toBe('https://github.com/ngo/guide/edit/main/content/guide/uz/police.md');
    expect(editUrl('', 'main', 'x')).toBeUndefined();
  });
});
