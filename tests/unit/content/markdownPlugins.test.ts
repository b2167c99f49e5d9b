import { describe, expect, it } from 'vitest';
import { renderMarkdown as render } from '../../support/renderMarkdown.ts';
import { checkPageLinks, extractLinks } from '../../../src/lib/site/linkCheck.ts';
import { formatPhone, isPhone } from '../../../src/lib/site/phone.ts';

describe('callouts', () => {
  it('turns [!UNVERIFIED] blockquotes into labelled boxes', () => {
    const out = render('a\n\n> [!UNVERIFIED]\n> Сбор за регистрацию не найден.\n\nb\n');
    expect(out).toContain('<div class="callout callout-unverified" role="note" data-callout="unverified"><p class="callout-label">Не проверено</p><p>Сбор за регистрацию не найден.</p>');
    expect(out).not.toContain('[!UNVERIFIED]');
    expect(out).not.toContain('blockquote');
    expect(out).toMatch(/<\/div>\s*<p>b<\/p>/);
  });
  it('keeps ordinary blockquotes and handles several callouts', () => {
    const out = render('> quote\n\n> [!IMPORTANT] one\n\n> [!UNVERIFIED]\\\n> two\n>\n> three\n');
    expect(out).toContain('<blockquote>\n<p>quote</p>\n</blockquote>');
    expect(out).toContain('<div class="callout callout-important" role="note" data-callout="important"><p class="callout-label">Важно</p><p>one</p>');
    expect(out).toMatch(/<p class="callout-label">Не проверено<\/p><p>two<\/p>\s*<p>three<\/p>\s*<\/div>/);
  });
  it('labels a box in the language of the text, and leaves Markdown outside the guide and videos alone', () => {
    expect(render('> [!IMPORTANT]\n> x\n', 'en', 'videos')).toContain('<p class="callout-label">Important</p>');
    expect(render('> [!IMPORTANT]\n> x\n', 'en', 'help')).toContain('<blockquote>');
  });
  it('hardens outside links and wraps tables', () => {
    const out = render('[law](https://adilet.zan.kz/x) [p](../police/)\n\n| a |\n|---|\n| 1 |\n');
    expect(out).toContain('<a href="https://adilet.zan.kz/x" rel="noopener noreferrer">');
    expect(out).toContain('<a href="../police/">');
    expect(out).toMatch(/<div class="table-wrap">\s*<table>/);
  });
  it('keeps phone numbers in links on one line and gives table headers a scope', () => {
    const out = render('[+7 717 272-00-00](tel:+77172720000)\n\n| a |\n|---|\n| 1 |\n');
    expect(out).toContain('<a href="tel:+77172720000">+7\u00a0717\u00a0272\u201100\u201100</a>');
    expect(out).toContain('<th scope="col">a</th>');
  });
});

describe('link check', () => {
  const exists = (p: string) => ['/mg/ru/guide/police/', '/mg/ru/help/', '/mg/favicon.svg'].includes(p);
  it('finds relative and absolute internal targets', () => {
    const html = '<a href="../police/">x</a><a href="/mg/ru/help/">h</a><img src="/mg/favicon.svg"><a href="tel:112">112</a><a href="https://x.kz/">x</a>';
    expect(checkPageLinks('/mg/ru/guide/health/', html, exists)).toEqual([]);
  });
  it('reports a dead link with the page and the target', () => {
    const broken = checkPageLinks('/mg/ru/guide/health/', '<a href="../polise/">x</a>', exists);
    expect(broken).toEqual([{ page: '/mg/ru/guide/health/', target: '../polise/', reason: 'nothing is built at /mg/ru/guide/polise/' }]);
  });
  it('ignores data attributes that merely end in -href', () => {
    expect(extractLinks('<a data-print-href="/print/x.pdf">x</a><a href="/y/">y</a>')).toEqual(['/y/']);
  });
  it('ignores scripts and reads srcset', () => {
    expect(extractLinks('<script>var a="<a href=\\"x\\">"</script><img srcset="/a.png 1x, /b.png 2x">')).toEqual(['/a.png', '/b.png']);
  });
});

describe('phones', () => {
  it('accepts short and international numbers only', () => {
    expect(isPhone('112')).toBe(true);
    expect(isPhone('+77172000000')).toBe(true);
    expect(isPhone('8 701 000 00 00')).toBe(false);
    expect(isPhone('+7')).toBe(false);
  });
  it('groups digits for reading', () => {
    expect(formatPhone('+77172720000')).toBe('+7 717 272 00 00');
    expect(formatPhone('+998712000000')).toBe('+998 71 200 00 00');
    expect(formatPhone('112')).toBe('112');
  });
});
