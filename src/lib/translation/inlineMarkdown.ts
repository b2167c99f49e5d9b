/**
 * Reads the inline Markdown of one block (bold, italics, code, links, {{fact:…}} references) into a
 * small tree, so the review page can show a paragraph as a reader sees it, built as elements (no HTML
 * strings). Anything it does not know stays as text: the reviewer still sees every character.
 */

export type InlineToken =
  | { type: 'text'; text: string }
  | { type: 'strong' | 'em'; children: InlineToken[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: InlineToken[] }
  | { type: 'fact'; id: string };

// Order matters: facts and code first (their content is literal), then links, then emphasis.
const PATTERN =
  /\{\{fact:([^}\s]+)\}\}|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)(?:\s+"[^"]*")?\)|\*\*(.+?)\*\*|__(.+?)__|(?<![\p{L}\p{N}*])\*(?!\s)(.+?)(?<!\s)\*(?![\p{L}\p{N}*])|(?<![\p{L}\p{N}_])_(?!\s)(.+?)(?<!\s)_(?![\p{L}\p{N}_])/gu;

export function parseInline(text: string): InlineToken[] {
  const out: InlineToken[] = [];
  let last = 0;
  const pushText = (s: string) => {
    if (!s) return;
    const prev = out[out.length - 1];
    if (prev?.type === 'text') prev.text += s;
    else out.push({ type: 'text', text: s });
  };
  for (const m of text.matchAll(PATTERN)) {
    pushText(text.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[1] !== undefined) out.push({ type: 'fact', id: m[1] });
    else if (m[2] !== undefined) out.push({ type: 'code', text: m[2] });
    else if (m[3] !== undefined)
      out.push({ type: 'link', href: m[4], children: parseInline(m[3]) });
    else if (m[5] !== undefined || m[6] !== undefined)
      out.push({ type: 'strong', children: parseInline(m[5] ?? m[6]) });
    else out.push({ type: 'em', children: parseInline(m[7] ?? m[8]) });
  }
  pushText(text.slice(last));
  return out;
}

/** The text a reader sees (markup removed), e.g. to compare a paragraph with its source line. */
export function inlineText(tokens: InlineToken[]): string {
  return tokens
    .map((t) =>
      t.type === 'text' || t.type === 'code'
        ? t.text
        : t.type === 'fact'
          ? `{{fact:${t.id}}}`
          : inlineText(t.children),
    )
    .join('');
}

export interface BlockLine {
  /** List marker ("•", "1."), quote label ("UNVERIFIED"), or heading marker, shown before the text. */
  marker?: string;
  tokens: InlineToken[];
}

/**
 * One block's lines as shown on the review page: the list or heading marker taken off, a quote's ">"
 * removed and its [!LABEL] kept as a label, each line's inline Markdown read.
 */
export function blockLines(kind: string, text: string): BlockLine[] {
  const lines = text.split('\n');
  if (kind === 'heading')
    return [
      { marker: lines[0].match(/^#+/)?.[0], tokens: parseInline(lines[0].replace(/^#+\s*/, '')) },
    ];
  if (kind === 'item') {
    const m = /^\s*([-*+]|\d+[.)])\s+/.exec(lines[0]);
    const marker = m && /\d/.test(m[1]) ? m[1] : '•';
    return [
      {
        marker,
        tokens: parseInline([lines[0].slice(m?.[0].length ?? 0), ...lines.slice(1)].join(' ')),
      },
    ];
  }
  if (kind === 'quote') {
    return lines
      .map((l) => l.replace(/^\s*>\s?/, ''))
      .filter((l) => l.trim())
      .map((l) => {
        const label = /^\[!(\w+)\]\s*(.*)$/.exec(l);
        return label
          ? { marker: label[1], tokens: parseInline(label[2]) }
          : { tokens: parseInline(l) };
      });
  }
  if (kind === 'table' || kind === 'code' || kind === 'html')
    return lines.map((l) => ({ tokens: [{ type: 'text', text: l }] }));
  return [{ tokens: parseInline(lines.join(' ')) }];
}
