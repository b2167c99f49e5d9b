/**
 * The site's HTML tree: built pages (and fragments cut from them) read with a real HTML parser, so a
 * quoted ">" in an attribute, a tag inside a comment, "</p>" inside a script or an end tag the HTML
 * rules let a page leave out cannot fool the offline file, the booklet, the search index or the checks.
 * The parser is satteri's (the Markdown processor Astro builds our pages with), which follows the HTML
 * standard and decodes entities; its hast tree is turned into the small element/text tree below, whose
 * attributes carry their names as written in HTML (`data-pagefind-body`, `aria-labelledby`, `class`).
 */
import { htmlToHast, type HastNode } from 'satteri';
import { escapeHtml } from './escape.ts';
import { find, html as htmlSchema, svg as svgSchema } from 'property-information';

export interface El {
  type: 'el';
  name: string;
  attrs: Record<string, string>;
  children: Node[];
  /** Only on the root of a whole page: it began with a doctype, which serialize writes back. */
  doctype?: boolean;
}
export interface Text {
  type: 'text';
  text: string;
}
export type Node = El | Text;

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
/** Elements whose content is not HTML: kept as one raw text child. */
const RAW = new Set(['script', 'style']);

type Schema = typeof htmlSchema;
type Hast = {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Hast[];
  value?: string;
};

/** Attribute name and list separator of each hast property name, per schema (pages repeat the same few). */
const known = new Map<Schema, Map<string, { attribute: string; separator: string }>>();
function infoOf(schema: Schema, key: string) {
  let bySchema = known.get(schema);
  if (!bySchema) known.set(schema, (bySchema = new Map()));
  let info = bySchema.get(key);
  if (!info) {
    const found = find(schema, key);
    bySchema.set(
      key,
      (info = { attribute: found.attribute, separator: found.commaSeparated ? ', ' : ' ' }),
    );
  }
  return info;
}

/** hast properties (className: ['a', 'b'], hidden: true, tabIndex: 0) back to HTML attributes. */
function attributesOf(
  props: Record<string, unknown> | undefined,
  schema: Schema,
): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const key in props) {
    const value = props[key];
    if (value === false || value === null || value === undefined) continue;
    const info = infoOf(schema, key);
    attrs[info.attribute] =
      value === true ? '' : Array.isArray(value) ? value.join(info.separator) : String(value);
  }
  return attrs;
}

function convert(node: Hast, schema: Schema, out: Node[]): void {
  if (node.type === 'text') out.push({ type: 'text', text: node.value ?? '' });
  if (node.type !== 'element' && node.type !== 'root') return; // comments and the doctype are not content
  const inner = node.tagName === 'svg' ? svgSchema : schema;
  const el: El = {
    type: 'el',
    name: node.tagName ?? '#root',
    attrs: attributesOf(node.properties, inner),
    children: [],
  };
  if (node.type === 'root' && node.children?.some((c) => c.type === 'doctype')) el.doctype = true;
  for (const c of node.children ?? []) convert(c, inner, el.children);
  out.push(el);
}

/**
 * Parses a page or a fragment into a tree under a root element named '#root'. A whole page (starting
 * with a doctype or <html>) is parsed as a document, with its <html>, <head> and <body>; anything else as
 * a fragment.
 */
export function parseHtml(source: string): El {
  const head = source.trimStart().slice(0, 9).toLowerCase();
  const fragment = !head.startsWith('<!doctype') && !head.startsWith('<html');
  const out: Node[] = [];
  convert(htmlToHast(source, { fragment }) as HastNode as Hast, htmlSchema, out);
  return out[0] as El;
}

/** HTML text of a tree; childless SVG elements close themselves (<path …/>), as Astro writes them. */
export function serialize(node: Node): string {
  return write(node, false);
}

function write(node: Node, inSvg: boolean): string {
  if (node.type === 'text') return escapeHtml(node.text);
  const svg = inSvg || node.name === 'svg';
  const inner = node.children
    .map((c) => (RAW.has(node.name) && c.type === 'text' ? c.text : write(c, svg)))
    .join('');
  if (node.name === '#root') return node.doctype ? `<!DOCTYPE html>${inner}` : inner;
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) =>
      v === '' && k !== 'alt' && k !== 'href' ? ` ${k}` : ` ${k}="${escapeHtml(v)}"`,
    )
    .join('');
  if (svg && node.children.length === 0) return `<${node.name}${attrs}/>`;
  return VOID.has(node.name)
    ? `<${node.name}${attrs}>`
    : `<${node.name}${attrs}>${inner}</${node.name}>`;
}

export function textOf(node: Node): string {
  return node.type === 'text' ? node.text : node.children.map(textOf).join('');
}

/** Depth-first search for elements matching a test. */
export function findAll(node: Node, test: (el: El) => boolean, out: El[] = []): El[] {
  if (node.type !== 'el') return out;
  for (const c of node.children) {
    if (c.type === 'el') {
      if (test(c)) out.push(c);
      findAll(c, test, out);
    }
  }
  return out;
}

export function findFirst(node: Node, test: (el: El) => boolean): El | undefined {
  return findAll(node, test)[0];
}

export const hasClass = (el: El, cls: string) => (el.attrs.class ?? '').split(/\s+/).includes(cls);

/** Calls `fn` on every element, depth first, parents before children; `fn` may edit the element. */
export function walk(node: Node, fn: (el: El) => void): void {
  if (node.type !== 'el') return;
  fn(node);
  for (const c of node.children) walk(c, fn);
}

/** Removes elements matching a test (with their content), everywhere in the tree. */
export function removeAll(node: Node, test: (el: El) => boolean): void {
  if (node.type !== 'el') return;
  node.children = node.children.filter((c) => c.type !== 'el' || !test(c));
  for (const c of node.children) removeAll(c, test);
}

/** The page's <link rel="canonical"> address, when it has one. */
export function canonicalUrl(page: string | El): string | undefined {
  const tree = typeof page === 'string' ? parseHtml(page) : page;
  return findFirst(
    tree,
    (el) =>
      el.name === 'link' && (el.attrs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical'),
  )?.attrs.href;
}
