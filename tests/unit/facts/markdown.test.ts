import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { factsMarkdownPlugin, langOfContentFile } from '../../../src/lib/facts/markdown.ts';
import { normalisePhone } from '../../../src/lib/facts/phones.ts';
import { facts, strings } from './fixtures.ts';
import { localeCodes } from '../../../src/config/locales.ts';

function render(
  md: string,
  lang: string,
  today = '2026-12-06',
  file = `/site/content/guide/${lang}/money.md`,
) {
  const plugin = factsMarkdownPlugin({
    facts,
    strings,
    today: new Date(`${today}T00:00:00Z`),
    base: '/',
    unverifiedPhones: new Set(['115', '+74959679844']),
  });
  // Every visitor of the plugin is synchronous, so Sätteri returns the result, not a promise.
  const result = markdownToHtml(md, { mdastPlugins: [plugin], fileURL: pathToFileURL(file) });
  if (result instanceof Promise) throw new Error('the figures step must stay synchronous');
  return result.html;
}
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('the Markdown step', () => {
  it('renders references in paragraphs, tables and emphasis, in the page language', () => {
    const md =
      'Штраф **{{fact:koap-517-4}}**.\n\n| Срок | Штраф |\n|---|---|\n| до {{fact:overstay-warning-days}} | {{fact:mrp x4}} |\n';
    const ru = plain(render(md, 'ru'));
    expect(ru).toContain('<strong>25 МРП (108 125 тенге)</strong>');
    expect(ru).toContain('<td>до 3 дней</td>');
    expect(ru).toContain('<td>4 МРП (17 300 тенге)</td>');
    expect(plain(render(md, 'en'))).toContain('<strong>25 MRP (108,125 tenge)</strong>');
    expect(render(md, 'ru')).not.toContain('{{');
  });
  it('marks an unverified figure, except inside a "not verified" box', () => {
    const html = render('Налог {{fact:tax}}.\n\n> [!UNVERIFIED]\n> Налог {{fact:tax}}.\n', 'ru');
    expect(html.match(/data-unverified="fact"/g)).toHaveLength(1);
    expect(html).toContain('(не проверено)');
  });
  it('marks a phone number of an unverified contact in every language, as a link or in text', () => {
    for (const [lang, word] of [
      ['ru', 'не проверено'],
      ['en', 'not verified'],
      ['uz', 'tekshirilmagan'],
      ['tg', 'тасдиқ нашудааст'],
      ['ky', 'текшерилген эмес'],
    ]) {
      const html = render(
        'Прокуратура: [115](tel:115). Горячая линия +7 495 967 98 44. Полиция: [102](tel:102).',
        lang,
      );
      expect(html.match(/data-unverified="contact"/g), lang).toHaveLength(2);
      expect(html).toContain(
        `<a href="tel:115">115</a> <small class="unverified-mark" data-unverified="contact">(${word})</small>`,
      );
      expect(html).not.toMatch(/tel:102">102<\/a> <small/);
    }
  });
  it('does not repeat the caveat inside a "not verified" box', () => {
    const html = render(
      '> [!UNVERIFIED]\n> Номер [115](tel:115) взят из старых источников.\n',
      'ru',
    );
    expect(html).not.toContain('data-unverified');
  });
  it('opens a page that uses an expired figure with a notice per figure, in the reader language', () => {
    const md = 'Штраф {{fact:koap-517-4}}, срок {{fact:registration-deadline}}.';
    expect(render(md, 'ru', '2026-12-06')).not.toContain('data-stale-fact');
    const ru = render(md, 'ru', '2027-02-01');
    expect(ru.startsWith('<div class="stale-facts" role="note"><p data-stale-fact="mrp">')).toBe(
      true,
    );
    expect(ru).toContain('сумма на 2026 год — она могла измениться');
    expect(ru).toContain('href="/ru/figures/#mrp"');
    expect(render(md, 'en', '2027-02-01')).toContain('amount for 2026 — it may have changed');
    for (const lang of localeCodes)
      expect(render(md, lang, '2027-02-01').match(/data-stale-fact=/g), lang).toHaveLength(1);
    expect(render('Срок {{fact:registration-deadline}}.', 'ru', '2027-02-01')).not.toContain(
      'data-stale-fact',
    );
  });
  it('stops on an unknown id with the file', () => {
    expect(() => render('Штраф {{fact:nothing-here}}.', 'ru')).toThrow(
      /money\.md.*names no figure/,
    );
  });
  it('leaves files outside the guide and videos alone', () => {
    expect(render('{{fact:mrp}}', 'ru', '2026-12-06', '/site/README.md')).toContain('{{fact:mrp}}');
    expect(langOfContentFile('/x/content/videos/uz/registration.md', localeCodes)).toBe('uz');
  });
  it('compares phone numbers by their digits', () => {
    expect(normalisePhone('tel:+7 (495) 967-98-44')).toBe('+74959679844');
    expect(normalisePhone('115')).toBe('115');
  });
});
