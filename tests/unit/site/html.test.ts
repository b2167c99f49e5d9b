import { describe, expect, it } from 'vitest';
import { findAll, findFirst, parseHtml, serialize, textOf } from '../../../src/lib/site/html.ts';
import { extractIds, extractLinks } from '../../../src/lib/site/linkCheck.ts';
import { inlineHashes, withPageCsp } from '../../../src/lib/security/pageCsp.ts';
import { cspFromHtml } from '../../../src/lib/security/headers.ts';
import { pageAssets } from '../../../src/lib/offline/bundle.ts';
import { pageTitle } from '../../../src/lib/qr/pages.ts';
import { mainOf } from '../../../src/lib/offline/oneFileGuide.ts';

// What a parser reads right and a regular expression over the text does not.
const tricky = [
  '<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">',
  `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-gone'">`,
  '<title>Заголовок — Гид</title></head><body>',
  '<!-- <h1>old title</h1> <a href="/commented/">x</a> <script>old()</script> -->',
  '<main><h1 title="a > b">Полиция &amp; <em>документы</em></h1>',
  '<p data-note="<a href=\'/in-attribute/\'>">text<ul><li id="one">one<li id="two">two</ul>',
  '<script>var s = "<a href=\\"/in-script/\\"></a>";</script>',
  '<a href=/unquoted/ data-x="1">u</a><img src="/mg/i.png" alt="">',
  '</main></body></html>',
].join('');

describe('built pages are read as a tree', () => {
  it('parses a page as the browser does: attributes with ">", comments, implied end tags, entities', () => {
    const tree = parseHtml(tricky);
    const h1 = findFirst(tree, (el) => el.name === 'h1')!;
    expect(h1.attrs.title).toBe('a > b');
    expect(textOf(h1)).toBe('Полиция & документы');
    expect(findAll(tree, (el) => el.name === 'li').map(textOf)).toEqual(['one', 'two']);
    expect(findFirst(tree, (el) => el.name === 'p')!.attrs['data-note']).toBe(
      "<a href='/in-attribute/'>",
    );
    expect(serialize(tree).startsWith('<!DOCTYPE html><html lang="ru">')).toBe(true);
    expect(serialize(parseHtml('<svg viewBox="0 0 2 2"><path d="M0"></path></svg>'))).toBe(
      '<svg viewBox="0 0 2 2"><path d="M0"/></svg>',
    );
  });
  it('finds links and ids only in elements, not in comments, attribute values or scripts', () => {
    expect(extractLinks(tricky)).toEqual(['/unquoted/', '/mg/i.png']);
    expect([...extractIds(tricky)]).toEqual(['one', 'two']);
  });
  it('takes the title from the real heading, not from a commented-out one', () => {
    expect(pageTitle(tricky)).toBe('Полиция & документы');
  });
  it('hashes the real inline script, not text that looks like a script end', () => {
    const { script } = inlineHashes(tricky);
    expect(script.size).toBe(1);
    expect(cspFromHtml(tricky)).toBe("default-src 'self'; script-src 'self' 'sha256-gone'");
    const out = withPageCsp(tricky);
    expect(cspFromHtml(out)).toBe(`default-src 'self';script-src 'self'`);
    expect(out).toContain('<script>var s = "<a href=\\"/in-script/\\"></a>";</script>');
  });
  it('lists assets of real tags only', () => {
    expect(pageAssets(`${tricky}<!-- <script src="/mg/old.js"></script> -->`, '/mg/')).toEqual([
      '/mg/i.png',
    ]);
  });
});

describe('HTML reader', () => {
  it('parses nesting, void elements and entities, and writes the same HTML back', () => {
    const html =
      '<p class="a">A &amp; B&nbsp;<br><strong>ғ&#1203;</strong> <a href="../x/?a=1&amp;b=2">x</a></p>';
    const tree = parseHtml(html);
    expect(textOf(tree)).toBe('A & B\u00a0ғҳ x');
    expect(findFirst(tree, (e) => e.name === 'a')!.attrs.href).toBe('../x/?a=1&b=2');
    expect(serialize(tree)).toBe(
      '<p class="a">A &amp; B\u00a0<br><strong>ғҳ</strong> <a href="../x/?a=1&amp;b=2">x</a></p>',
    );
  });

  it('takes the main content of a page without navigation, share buttons or hidden parts', () => {
    const main = mainOf(
      '<body><nav>menu</nav><main><p>keep</p><aside class="share no-print">share</aside><div hidden>later</div><nav class="pager">next</nav></main></body>',
      'x',
    );
    expect(textOf(main)).toBe('keep');
    expect(() => mainOf('<body><p>no main</p></body>', 'Chapter "x" (ru)')).toThrow(
      /Chapter "x" \(ru\).*<main>/,
    );
  });
});
