/**
 * A chapter opened from a QR code must show its title and first main point on the first screen. Some
 * chapters open with a box ("Important: this chapter is for citizens of Tajikistan…") before their
 * "Main points" list, which pushed that list off a 360×740 screen. Such leading boxes move to just
 * after the first list under the first heading, so the main points come first and the box right after.
 * The Markdown files keep their order; nothing else moves. The move is made on the chapter's hast tree
 * by the content plugin (markdownPlugins.ts).
 */
import type { Element, Root, RootContent } from 'hast';

const isBlank = (n: RootContent) => n.type === 'text' && !n.value.trim();
const isEl = (n: RootContent | undefined, name?: string): n is Element => n?.type === 'element' && (!name || n.tagName === name);
const isCallout = (n: RootContent) => isEl(n) && ([] as unknown[]).concat(n.properties.className ?? []).includes('callout');

/** The boxes to move and the list to put them after, or undefined when the chapter stays as it is. */
export function boxesAfterMainPoints(root: Readonly<Root>): { boxes: Element[]; list: Element } | undefined {
  const kids = root.children;
  const firstH2 = kids.findIndex((n) => isEl(n, 'h2'));
  if (firstH2 <= 0) return undefined;
  const before = kids.slice(0, firstH2);
  // Only when everything before the first heading is boxes: a real introduction stays where it is.
  if (!before.some(isCallout) || !before.every((n) => isBlank(n) || isCallout(n))) return undefined;
  let list = firstH2 + 1;
  while (list < kids.length && isBlank(kids[list])) list++;
  const target = kids[list];
  if (!(isEl(target, 'ul') || isEl(target, 'ol'))) return undefined;
  return { boxes: before.filter(isCallout) as Element[], list: target };
}
