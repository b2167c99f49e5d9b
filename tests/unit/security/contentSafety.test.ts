// Content safety: what an editor's Markdown may not smuggle into pages, each finding with its line.
import { describe, expect, it } from 'vitest';
import { checkContentSafety } from '../../../src/lib/security/contentSafety.ts';

describe('content safety', () => {
  const md = (body: string) => `---\ntitle: "x <script>"\n---\n${body}`;
  it('passes plain Markdown, tel: links and code samples', () => {
    expect(
      checkContentSafety(
        'a.md',
        md(
          'Call [112](tel:112) or see [law](https://adilet.zan.kz/).\n\n```\n<script>shown as code</script>\n```\n',
        ),
      ),
    ).toEqual([]);
  });
  it('names the line of each unsafe thing', () => {
    const f = checkContentSafety(
      'content/guide/ru/x.md',
      md(
        'ok\n<iframe src="https://t.co"></iframe>\n<img src=x onerror="steal()">\n[x](javascript:alert(1))\n<script>1</script>',
      ),
    );
    expect(f.map((x) => x.line)).toEqual([5, 6, 7, 8]);
    expect(f[0].message).toMatch(/iframe/);
    expect(f[1].message).toMatch(/event handlers/);
    expect(f[2].message).toMatch(/javascript:/);
    expect(f[3].message).toMatch(/<script>/);
  });
  it('refuses imports and unknown components in MDX', () => {
    const f = checkContentSafety('x.mdx', md("import Tracker from 'x'\n<Tracker />"));
    expect(f.map((x) => x.message)).toEqual([
      expect.stringMatching(/import/),
      expect.stringMatching(/<Tracker>/),
    ]);
  });
});
