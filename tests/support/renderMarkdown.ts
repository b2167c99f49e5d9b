/**
 * A page's Markdown rendered as the build renders it (Sätteri with the content plugin), for a file of
 * content/<section>/<lang>/, with the two callout labels per language the plugin needs.
 */
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { contentHtmlPlugin } from '../../src/lib/content/markdownPlugins.ts';
import type { UiStrings } from '../../src/lib/site/i18n.ts';

export const calloutStrings = {
  ru: { 'callout.unverified': 'Не проверено', 'callout.important': 'Важно' },
  en: { 'callout.unverified': 'Not verified', 'callout.important': 'Important' },
} as unknown as Record<string, UiStrings>;

export function renderMarkdown(md: string, lang = 'ru', section = 'guide'): string {
  const result = markdownToHtml(md, {
    hastPlugins: [contentHtmlPlugin({ strings: calloutStrings })],
    fileURL: pathToFileURL(`/site/content/${section}/${lang}/x.md`),
  });
  if (result instanceof Promise) throw new Error('the content step must stay synchronous');
  return result.html;
}
