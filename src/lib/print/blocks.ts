/**
 * Turns a built chapter page into the few kinds of block a printed page needs: headings, paragraphs,
 * list items, boxes (the UNVERIFIED / IMPORTANT callouts and translation notices) and sources.
 * We read the built HTML rather than the Markdown because it is what the site shows: the fallback,
 * the notices and the callout labels are already resolved there, so paper and screen cannot drift.
 * Anything we do not know how to print stops the build with the chapter's name.
 */
import { hasClass, textOf, type El, type Node } from '../site/html.ts';

export interface Run {
  text: string;
  bold?: boolean;
}
export type Block =
  | { kind: 'heading'; level: number; runs: Run[] }
  | { kind: 'para'; runs: Run[]; style?: 'meta' | 'small' }
  | { kind: 'item'; marker: string; depth: number; runs: Run[]; style?: 'small' }
  | { kind: 'box'; tone: 'unverified' | 'important' | 'notice'; label?: string; blocks: Block[] };

export class ChapterFormatError extends Error {}

const INLINE = new Set([
  'a',
  'strong',
  'b',
  'em',
  'i',
  'code',
  'span',
  'time',
  'abbr',
  'small',
  'sup',
  'sub',
  'br',
  'mark',
  'q',
  'cite',
  'kbd',
  'del',
  'ins',
  's',
  'u',
]);

/** The inline text of an element as styled runs; whitespace collapsed as a browser would. */
export function runsOf(node: Node, bold = false, out: Run[] = []): Run[] {
  if (node.type === 'text') {
    const text = node.text.replace(/[\s\u00ad]+/g, (m) => (m === '\u00ad' ? '' : ' '));
    if (text) out.push({ text, bold: bold || undefined });
    return out;
  }
  if (node.name === 'br') {
    out.push({ text: ' ', bold: bold || undefined });
    return out;
  }
  const b = bold || node.name === 'strong' || node.name === 'b';
  for (const c of node.children) runsOf(c, b, out);
  return out;
}

/** Joins neighbouring runs of one style and trims the ends. */
export function tidyRuns(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last && Boolean(last.bold) === Boolean(r.bold)) last.text += r.text;
    else out.push({ ...r });
  }
  for (const r of out) r.text = r.text.replace(/ {2,}/g, ' ');
  if (out.length) {
    out[0].text = out[0].text.replace(/^ +/, '');
    out[out.length - 1].text = out[out.length - 1].text.replace(/ +$/, '');
  }
  return out.filter((r) => r.text !== '');
}

const inline = (el: Node) => tidyRuns(runsOf(el));
const isBlank = (n: Node) => n.type === 'text' && n.text.trim() === '';

export function blocksOf(container: El, where: string, depth = 0): Block[] {
  const out: Block[] = [];
  let loose: Node[] = [];
  const flush = () => {
    const runs = tidyRuns(loose.flatMap((n) => runsOf(n)));
    if (runs.length) out.push({ kind: 'para', runs });
    loose = [];
  };
  for (const node of container.children) {
    if (node.type === 'text' || INLINE.has(node.name)) {
      if (!isBlank(node)) loose.push(node);
      continue;
    }
    flush();
    out.push(...blockOf(node, where, depth));
  }
  flush();
  return out;
}

function listItems(list: El, where: string, depth: number): Block[] {
  const out: Block[] = [];
  let n = Number(list.attrs.start ?? 1);
  for (const li of list.children) {
    if (li.type !== 'el') continue;
    if (li.name !== 'li')
      throw new ChapterFormatError(
        `${where}: a list contains <${li.name}>; only list items can be printed.`,
      );
    const marker = list.name === 'ol' ? `${n++}.` : depth === 0 ? '•' : '–';
    const own = li.children.filter((c) => c.type === 'text' || INLINE.has(c.name));
    const inner = li.children.filter((c) => c.type === 'el' && !INLINE.has(c.name)) as El[];
    const paraFirst =
      inner[0]?.name === 'p' && tidyRuns(own.flatMap((c) => runsOf(c))).length === 0;
    const runs = paraFirst ? inline(inner.shift()!) : tidyRuns(own.flatMap((c) => runsOf(c)));
    out.push({ kind: 'item', marker, depth, runs });
    for (const child of inner) out.push(...blockOf(child, where, depth + 1));
  }
  return out;
}

function tableRows(table: El): Block[] {
  const rows: El[] = [];
  const collect = (el: El) => {
    for (const c of el.children) {
      if (c.type !== 'el') continue;
      if (c.name === 'tr') rows.push(c);
      else collect(c);
    }
  };
  collect(table);
  return rows.map((tr) => {
    const cells = tr.children.filter(
      (c): c is El => c.type === 'el' && (c.name === 'td' || c.name === 'th'),
    );
    const header = cells.every((c) => c.name === 'th');
    const runs: Run[] = [];
    cells.forEach((c, i) => {
      if (i) runs.push({ text: ' — ', bold: header || undefined });
      for (const r of inline(c)) runs.push(header ? { ...r, bold: true } : r);
    });
    return header
      ? { kind: 'para' as const, runs: tidyRuns(runs) }
      : { kind: 'item' as const, marker: '–', depth: 0, runs: tidyRuns(runs) };
  });
}

/** Sources print with their full address: on paper nobody can tap a link. */
function sourceBlocks(section: El, where: string): Block[] {
  const out: Block[] = [];
  for (const c of section.children) {
    if (c.type !== 'el') continue;
    if (c.name === 'ol' || c.name === 'ul') {
      let n = 1;
      for (const li of c.children) {
        if (li.type !== 'el') continue;
        const a = li.children.find((x): x is El => x.type === 'el' && x.name === 'a');
        out.push({ kind: 'item', marker: `${n++}.`, depth: 0, runs: inline(li), style: 'small' });
        if (a?.attrs.href)
          out.push({
            kind: 'item',
            marker: '',
            depth: 0,
            runs: [{ text: a.attrs.href }],
            style: 'small',
          });
      }
    } else out.push(...blockOf(c, where, 0));
  }
  return out;
}

function blockOf(el: El, where: string, depth: number): Block[] {
  const h = /^h([1-6])$/.exec(el.name);
  if (h) return [{ kind: 'heading', level: Number(h[1]), runs: inline(el) }];
  switch (el.name) {
    case 'p':
      return [{ kind: 'para', runs: inline(el), style: hasClass(el, 'meta') ? 'meta' : undefined }];
    case 'ul':
    case 'ol':
      return listItems(el, where, depth);
    case 'table':
      return tableRows(el);
    case 'pre':
    case 'blockquote':
    case 'dl':
      return [{ kind: 'para', runs: tidyRuns(runsOf({ ...el, name: 'span' })) }];
    case 'hr':
      return [];
    case 'aside':
    case 'div':
    case 'section':
    case 'article':
    case 'header':
    case 'footer': {
      if (hasClass(el, 'callout')) {
        const kids = el.children.filter((c) => !isBlank(c));
        const labelEl = kids.find((c): c is El => c.type === 'el' && hasClass(c, 'callout-label'));
        const rest = { ...el, children: el.children.filter((c) => c !== labelEl) };
        return [
          {
            kind: 'box',
            tone: hasClass(el, 'callout-important') ? 'important' : 'unverified',
            label: labelEl ? textOf(labelEl).trim() : undefined,
            blocks: blocksOf(rest, where, depth),
          },
        ];
      }
      if (hasClass(el, 'sources')) return sourceBlocks(el, where);
      if (hasClass(el, 'notice'))
        return [{ kind: 'box', tone: 'notice', blocks: blocksOf(el, where, depth) }];
      return blocksOf(el, where, depth);
    }
    default:
      throw new ChapterFormatError(
        `${where}: contains <${el.name}>, which the printed booklet cannot show. Use text, lists, tables and "> [!UNVERIFIED]" boxes only.`,
      );
  }
}

/** Every character used in a block list (for checking the font has a glyph for each). */
export function charsOf(blocks: Block[]): Set<string> {
  const s = new Set<string>();
  const add = (runs: Run[]) => runs.forEach((r) => [...r.text].forEach((c) => s.add(c)));
  for (const b of blocks) {
    if (b.kind === 'box') {
      charsOf(b.blocks).forEach((c) => s.add(c));
      if (b.label) [...b.label].forEach((c) => s.add(c));
    } else add(b.runs);
  }
  return s;
}
