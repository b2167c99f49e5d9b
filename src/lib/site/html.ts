/**
 * A small HTML reader for the pages this site builds itself. The offline file and the booklet are
 * made from the built pages (so they never drift from the site), and those pages are well-formed,
 * generated HTML: a tokenizer with void elements and entities is enough, no dependency needed.
 */
import { escapeHtml } from './escape.ts';

export interface El { type: 'el'; name: string; attrs: Record<string, string>; children: Node[] }
export interface Text { type: 'text'; text: string }
export type Node = El | Text;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose content is not HTML: kept as one raw text child. */
const RAW = new Set(['script', 'style']);

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', laquo: '«', raquo: '»', mdash: '—', ndash: '–', hellip: '…', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', shy: '\u00ad', copy: '©' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) ? String.fromCodePoint(n) : all;
    }
    return NAMED[code.toLowerCase()] ?? all;
  });
}

const ATTR = /([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/** Parses an HTML fragment or document into a tree under a root element named '#root'. */
export function parseHtml(html: string): El {
  const root: El = { type: 'el', name: '#root', attrs: {}, children: [] };
  const stack: El[] = [root];
  const top = () => stack[stack.length - 1];
  const tag = /<!--[\s\S]*?-->|<!doctype[^>]*>|<\/([a-zA-Z][\w-]*)\s*>|<([a-zA-Z][\w-]*)((?:\s+[^\s"'>\/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>/gi;
  let pos = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (m.index > pos) top().children.push({ type: 'text', text: decodeEntities(html.slice(pos, m.index)) });
    pos = tag.lastIndex;
    if (m[1]) {
      const name = m[1].toLowerCase();
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at > 0) stack.length = at;
      continue;
    }
    if (!m[2]) continue; // comment or doctype
    const name = m[2].toLowerCase();
    const attrs: Record<string, string> = {};
    ATTR.lastIndex = 0;
    for (let a = ATTR.exec(m[3]); a; a = ATTR.exec(m[3])) attrs[a[1].toLowerCase()] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
    const el: El = { type: 'el', name, attrs, children: [] };
    top().children.push(el);
    if (RAW.has(name)) {
      const end = html.toLowerCase().indexOf(`</${name}`, pos);
      const stop = end < 0 ? html.length : end;
      el.children.push({ type: 'text', text: html.slice(pos, stop) });
      const close = html.indexOf('>', stop);
      pos = close < 0 ? html.length : close + 1;
      tag.lastIndex = pos;
      continue;
    }
    if (!VOID.has(name) && !m[4]) stack.push(el);
  }
  if (pos < html.length) top().children.push({ type: 'text', text: decodeEntities(html.slice(pos)) });
  return root;
}

export function serialize(node: Node): string {
  if (node.type === 'text') return escapeHtml(node.text);
  const inner = node.children.map((c) => (RAW.has(node.name) && c.type === 'text' ? c.text : serialize(c))).join('');
  if (node.name === '#root') return inner;
  const attrs = Object.entries(node.attrs).map(([k, v]) => (v === '' && k !== 'alt' && k !== 'href' ? ` ${k}` : ` ${k}="${escapeHtml(v)}"`)).join('');
  return VOID.has(node.name) ? `<${node.name}${attrs}>` : `<${node.name}${attrs}>${inner}</${node.name}>`;
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
