/**
 * A chapter opened from a QR code must show its title and first main point on the first screen. Some
 * chapters open with a box ("Important: this chapter is for citizens of Tajikistan…") before their
 * "Main points" list, which pushed that list off a 360×740 screen. This moves such leading boxes to just
 * after the first list under the first heading, so the main points come first and the box right after.
 * The Markdown files keep their order; nothing else moves. Works on the HTML as a tree (ultrahtml).
 */
import { ELEMENT_NODE, TEXT_NODE, parse, renderSync } from 'ultrahtml';

interface HtmlNode { type: number; name?: string; attributes?: Record<string, string>; value?: string; children?: HtmlNode[]; parent?: HtmlNode }

const isBlank = (n: HtmlNode) => n.type === TEXT_NODE && !(n.value ?? '').trim();
const isEl = (n: HtmlNode, name?: string) => n.type === ELEMENT_NODE && (!name || n.name === name);
const isCallout = (n: HtmlNode) => isEl(n) && (n.attributes?.class ?? '').split(/\s+/).includes('callout');

export function mainPointsFirst(html: string): string {
  const doc = parse(html) as HtmlNode;
  const kids = doc.children ?? [];
  const firstH2 = kids.findIndex((n) => isEl(n, 'h2'));
  if (firstH2 <= 0) return html;
  const before = kids.slice(0, firstH2);
  // Only when everything before the first heading is boxes: a real introduction stays where it is.
  if (!before.some(isCallout) || !before.every((n) => isBlank(n) || isCallout(n))) return html;
  let list = firstH2 + 1;
  while (list < kids.length && isBlank(kids[list])) list++;
  if (list >= kids.length || !(isEl(kids[list], 'ul') || isEl(kids[list], 'ol'))) return html;
  const boxes = before.filter(isCallout);
  const rest = kids.slice(firstH2);
  const at = list - firstH2 + 1;
  doc.children = [...rest.slice(0, at), ...boxes.flatMap((b) => [{ type: TEXT_NODE, value: '\n', parent: doc } as HtmlNode, b]), ...rest.slice(at)];
  return renderSync(doc as never);
}
