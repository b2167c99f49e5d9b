import { describe, expect, it } from 'vitest';
import { articleLangOf, withOneFileSize } from '../../../src/lib/offline/oneFileGuide.ts';
import {
  adaptSection,
  rewriteHref,
  type LinkContext,
} from '../../../src/lib/offline/oneFileGuide.ts';

describe('what the one-file guide reads from and writes into built pages', () => {
  it('fills the file size into every size span, whatever else the span carries', () => {
    const page =
      '<!DOCTYPE html><html><body><a href="/ru/guide.html">Весь гид <span class="size" data-onefile-size title="a > b"></span></a><span data-onefile-size>old</span></body></html>';
    const out = withOneFileSize(page, '1,5 МБ');
    expect(out).toContain('<span class="size" data-onefile-size title="a &gt; b">1,5 МБ</span>');
    expect(out).toContain('<span data-onefile-size>1,5 МБ</span>');
    expect(withOneFileSize('<p>no link</p>', 'x')).toBe('<p>no link</p>');
  });
  it("reads the article's language, not one written in a comment", () => {
    expect(
      articleLangOf(
        '<main><!-- <article lang="en"> --><article data-pagefind-body lang="ru">x</article></main>',
      ),
    ).toBe('ru');
    expect(articleLangOf('<main><article>x</article></main>')).toBeUndefined();
  });
});

describe('links inside the one-file guide', () => {
  const ctx: LinkContext = {
    base: '/mg/',
    siteUrl: 'https://migrant-guide.test/mg/',
    inFile: new Map([
      ['/mg/ru/guide/registration/', 'chapter-registration'],
      ['/mg/ru/guide/police/', 'chapter-police'],
      ['/mg/ru/help/', 'help'],
    ]),
  };
  const section = { id: 'chapter-police', fromPath: '/mg/ru/guide/police/' };

  it('turns links to chapters and the help page into in-file anchors', () => {
    expect(rewriteHref('../registration/', section, ctx)).toBe('#chapter-registration');
    expect(rewriteHref('../registration/#fines', section, ctx)).toBe(
      '#chapter-registration--fines',
    );
    expect(rewriteHref('../../help/', section, ctx)).toBe('#help');
    expect(rewriteHref('/mg/ru/help/', section, ctx)).toBe('#help');
    expect(rewriteHref('https://migrant-guide.test/mg/ru/guide/registration/', section, ctx)).toBe(
      '#chapter-registration',
    );
    expect(rewriteHref('#rights', section, ctx)).toBe('#chapter-police--rights');
  });

  it('sends pages that are not in the file to their public address, and leaves phones and other sites alone', () => {
    expect(rewriteHref('../../map/', section, ctx)).toBe('https://migrant-guide.test/mg/ru/map/');
    expect(rewriteHref('/mg/en/guide/police/', section, ctx)).toBe(
      'https://migrant-guide.test/mg/en/guide/police/',
    );
    expect(rewriteHref('tel:112', section, ctx)).toBe('tel:112');
    expect(rewriteHref('https://adilet.zan.kz/rus/docs/K1400000235', section, ctx)).toBe(
      'https://adilet.zan.kz/rus/docs/K1400000235',
    );
  });

  it('makes ids unique per section and moves headings one level down', () => {
    const html = adaptSection(
      {
        id: 'chapter-police',
        fromPath: '/mg/ru/guide/police/',
        title: 'Police',
        html: '<h1>Police</h1><h2 id="rights" data-astro-cid-x>Rights</h2><section aria-labelledby="sources-title"><h2 id="sources-title">S</h2></section><a href="#rights">r</a><script>x()</script>',
      },
      ctx,
    );
    expect(html).toBe(
      '<h2>Police</h2><h3 id="chapter-police--rights">Rights</h3><section><h3 id="chapter-police--sources-title">S</h3></section><a href="#chapter-police--rights">r</a>',
    );
  });
});
