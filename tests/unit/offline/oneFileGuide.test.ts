import { describe, expect, it } from 'vitest';
import { articleLangOf, withOneFileSize } from '../../../src/lib/offline/oneFileGuide.ts';

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
