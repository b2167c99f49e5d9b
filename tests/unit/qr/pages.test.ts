// Which built pages get a printed code, and the title printed with it.
import { describe, expect, it } from 'vitest';
import { pageTitle, qrPathOf } from '../../../src/lib/qr/pages.ts';

describe('which built pages get a code', () => {
  const langs = ['ru', 'uz'];
  it('language pages, not utility pages or other files', () => {
    expect(qrPathOf('ru/index.html', langs)).toBe('/ru/');
    expect(qrPathOf('uz/guide/police/index.html', langs)).toBe('/uz/guide/police/');
    for (const f of [
      'index.html',
      '404.html',
      'ru/search/index.html',
      'ru/print/index.html',
      'q/ka/index.html',
      'xx/index.html',
      'ru/guide/police/x.pdf',
    ]) {
      expect(qrPathOf(f, langs), f).toBeUndefined();
    }
  });
  it('take the title from <h1>, else from <title>', () => {
    expect(
      pageTitle('<title>A — Site</title><h1 class="x">Полиция &amp; <em>документы</em></h1>'),
    ).toBe('Полиция & документы');
    expect(pageTitle('<title>Поликлиники — Гид</title>')).toBe('Поликлиники');
  });
});
