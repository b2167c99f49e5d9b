/**
 * Finishing touches on the HTML of a chapter or video page, made while Markdown becomes HTML (a Sätteri
 * hast plugin, the same idea as a rehype plugin), so the pages, the booklet, the one-file guide and the
 * search index all get them and no route edits HTML afterwards:
 * - "> [!UNVERIFIED]" and "> [!IMPORTANT]" blockquotes become labelled boxes, the label in the language
 *   of the text (a fallback page shows the Russian text with the Russian label);
 * - outside links get rel="noopener noreferrer";
 * - tables get a scrolling wrapper for 360 px screens, and header cells a scope;
 * - phone numbers in links do not break across lines ("+7 717 / 272 00 00" misleads);
 * - in a chapter, boxes that open it move to just after its first list (mainPointsFirst.ts).
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type HastPluginDefinition } from 'satteri';
import type { Element, ElementContent, Root, Text } from 'hast';
import type { UiStrings } from '../site/i18n.ts';
import { langOfContentFile } from '../facts/markdown.ts';
import { boxesAfterMainPoints } from './mainPointsFirst.ts';

export interface CalloutLabels { unverified: string; important: string }

const MARKER = /^\s*\[!(UNVERIFIED|IMPORTANT)\]\s*/i;

const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });

/**
 * The box a "> [!UNVERIFIED]" or "> [!IMPORTANT]" blockquote becomes, or undefined for an ordinary
 * quote: a note (not an <aside>: several boxes on a page would be several unnamed landmarks) with its
 * label first, then the quote's text without the marker.
 */
export function calloutOf(quote: Readonly<Element>, labels: CalloutLabels): Element | undefined {
  const kids = [...quote.children];
  while (kids.length && kids[0].type === 'text' && !kids[0].value.trim()) kids.shift();
  const first = kids[0];
  if (!first || first.type !== 'element' || first.tagName !== 'p') return undefined;
  const lead = first.children[0];
  const m = lead?.type === 'text' ? MARKER.exec(lead.value) : null;
  if (!m) return undefined;
  const kind = m[1].toLowerCase() as 'unverified' | 'important';
  const rest = [...first.children.slice(1)];
  const text = (lead as Text).value.slice(m[0].length);
  if (text) rest.unshift({ type: 'text', value: text });
  else if (rest[0]?.type === 'element' && rest[0].tagName === 'br') {
    rest.shift();
    const next = rest[0] as ElementContent | undefined;
    if (next?.type === 'text') rest[0] = { type: 'text', value: next.value.trimStart() };
  }
  return el('div', { className: ['callout', `callout-${kind}`], role: 'note', dataCallout: kind }, [
    el('p', { className: ['callout-label'] }, [{ type: 'text', value: labels[kind] }]),
    el('p', {}, rest),
    ...kids.slice(1),
  ]);
}

/** Link text of a phone number kept on one line: no-break spaces and non-breaking hyphens. */
export const unbreakablePhone = (s: string) => s.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');

export interface ContentHtmlOptions {
  /** UI strings of every language: the callout labels "callout.unverified" and "callout.important". */
  strings: Record<string, UiStrings>;
}

export function contentHtmlPlugin(opts: ContentHtmlOptions): HastPluginDefinition {
  const langs = Object.keys(opts.strings);
  const labels = new Map(langs.map((l) => [l, { unverified: opts.strings[l]['callout.unverified'], important: opts.strings[l]['callout.important'] }]));
  const digest = createHash('sha256').update(JSON.stringify([...labels])).digest('hex').slice(0, 12);
  const langOf = (ctx: { fileURL: URL | undefined }) => (ctx.fileURL ? langOfContentFile(fileURLToPath(ctx.fileURL), langs) : undefined);
  return defineHastPlugin({
    // The digest is part of Astro's config hash: a changed label re-renders the pages.
    name: `migrant-guide:content-html:${digest}`,
    element: [
      {
        filter: ['blockquote'],
        visit(node, ctx) {
          const lang = langOf(ctx);
          const box = lang ? calloutOf(node, labels.get(lang)!) : undefined;
          if (box) ctx.replaceNode(node, box);
        },
      },
      {
        filter: ['a'],
        visit(node, ctx) {
          if (!langOf(ctx)) return;
          const href = String(node.properties.href ?? '');
          if (/^https?:\/\//i.test(href) && node.properties.rel === undefined) ctx.setProperty(node, 'rel', ['noopener', 'noreferrer']);
          if (href.startsWith('tel:')) {
            for (const c of node.children) if (c.type === 'text') ctx.replaceNode(c, { type: 'text', value: unbreakablePhone(c.value) });
          }
        },
      },
      {
        filter: ['table'],
        visit(node, ctx) {
          if (langOf(ctx)) ctx.wrapNode(node, el('div', { className: ['table-wrap'] }, []));
        },
      },
      {
        filter: ['th'],
        visit(node, ctx) {
          if (langOf(ctx) && node.properties.scope === undefined) ctx.setProperty(node, 'scope', 'col');
        },
      },
    ],
    after(root, ctx) {
      const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : '';
      if (!langOf(ctx) || !/[\\/]guide[\\/]/.test(file)) return;
      const move = boxesAfterMainPoints(root as Root);
      if (!move) return;
      for (const box of move.boxes) ctx.removeNode(box);
      ctx.insertAfter(move.list, move.boxes.flatMap((b) => [{ type: 'text', value: '\n' } as const, b]));
    },
  });
}
