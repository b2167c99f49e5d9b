import { describe, expect, it } from 'vitest';
import { findAll, findFirst, parseHtml, serialize, textOf } from '../../../src/lib/site/html.ts';
import { extractIds, extractLinks } from '../../../src/lib/site/linkCheck.ts';
import { inlineHashes, withPageCsp } from '../../../src/lib/security/pageCsp.ts';
import { cspFromHtml } from '../../../src/lib/security/headers.ts';
import { pageAssets } from '../../../src/lib/offline/bundle.ts';
import { pageTitle } from '../../../src/lib/qr/pages.ts';

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
