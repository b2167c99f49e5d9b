/**
 * The Markdown step (a Sätteri mdast plugin, Astro 7's processor; the same idea as a remark plugin):
 * every {{fact:…}} in a chapter or video page becomes the figure in the reader's language, a figure
 * marked unverified gets a "not verified" mark, a phone number of an unverified contact gets one too,
 * and a page that uses a figure whose validity has ended opens with a notice per figure
 * (data-stale-fact="<id>"). Because it runs while Markdown is turned into HTML, the guide, video
 * pages, booklet, one-file guide and search index all see the rendered text.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastPluginDefinition } from 'satteri';
import type { UiStrings } from '../site/i18n.ts';
import { interpolate } from '../site/i18n.ts';
import { escapeHtml } from '../site/escape.ts';
import { paths, withBase } from '../site/routes.ts';
import { FactFormatter } from './format.ts';
import type { FactSet } from './load.ts';
import { REFERENCE } from './references.ts';
import type { Fact } from './schema.ts';
import { isStale, validityYear } from './stale.ts';
import { normalisePhone, TEXT_PHONE } from './phones.ts';

export interface FactsPluginOptions {
  facts: FactSet;
  /** UI strings of every language (unit words, notices). */
  strings: Record<string, UiStrings>;
  today: Date;
  base: string;
  unverifiedPhones: ReadonlySet<string>;
}

export type Segment = { type: 'text'; value: string } | { type: 'html'; value: string };

/** The "(not verified)" mark after a figure or a phone number. */
export function unverifiedMark(strings: UiStrings, what: 'fact' | 'contact'): string {
  return `<small class="unverified-mark" data-unverified="${what}">(${escapeHtml(strings['unverified.mark'])})</small>`;
}

/** The language of a content file: content/<section>/<lang>/<name>.md. */
export function langOfContentFile(path: string, known: Iterable<string>): string | undefined {
  const m = /[\\/](?:guide|videos)[\\/]([a-z]{2,3})[\\/][^\\/]+\.mdx?$/.exec(path);
  return m && [...known].includes(m[1]) ? m[1] : undefined;
}

/**
 * One text node's value → text and HTML pieces: figures rendered, unverified figures and phone numbers
 * marked (not inside a "not verified" box, which already says so). `used` collects the figures
 * rendered (for stale notices).
 */
export function renderFactsInText(
  value: string,
  fmt: FactFormatter,
  strings: UiStrings,
  unverifiedPhones: ReadonlySet<string>,
  used: Map<string, Fact>,
  markPhones = true,
  markFacts = true,
): Segment[] {
  const out: Segment[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push({ type: 'text', value: text });
    text = '';
  };
  let pos = 0;
  for (const m of value.matchAll(REFERENCE)) {
    text += value.slice(pos, m.index);
    const r = fmt.render(
      m[1],
      m[2] === undefined ? 1 : Number(m[2]),
      text || value.slice(0, m.index),
    );
    for (const f of r.uses) used.set(f.id, f);
    text += r.text;
    if (r.unverified && markFacts) {
      flush();
      out.push({ type: 'html', value: ` ${unverifiedMark(strings, 'fact')}` });
    }
    pos = m.index + m[0].length;
  }
  text += value.slice(pos);
  flush();
  if (!markPhones || !unverifiedPhones.size) return out;
  // Marks after international numbers written in running text.
  return out.flatMap((seg) => {
    if (seg.type !== 'text') return [seg];
    const parts: Segment[] = [];
    let at = 0;
    for (const m of seg.value.matchAll(TEXT_PHONE)) {
      if (!unverifiedPhones.has(normalisePhone(m[0]))) continue;
      const end = m.index + m[0].length;
      parts.push(
        { type: 'text', value: seg.value.slice(at, end) },
        { type: 'html', value: ` ${unverifiedMark(strings, 'contact')}` },
      );
      at = end;
    }
    if (!parts.length) return [seg];
    if (at < seg.value.length) parts.push({ type: 'text', value: seg.value.slice(at) });
    return parts;
  });
}

/** The notice a page opens with when it uses a figure whose validity has ended. */
export function staleNotice(stale: Fact[], lang: string, strings: UiStrings, base: string): string {
  const items = stale.map((f) => {
    const figures = `<a href="${escapeHtml(withBase(base, paths.figures(lang)))}#${f.id}">${escapeHtml(strings['facts.figuresLink'])}</a>`;
    const source = `<a href="${escapeHtml(f.source.url)}" rel="noopener noreferrer">${escapeHtml(strings['facts.sourceLink'])}</a>`;
    const text = interpolate(escapeHtml(strings['facts.stale']), {
      label: escapeHtml(f.label[lang] ?? f.label.ru),
      year: String(validityYear(f) ?? ''),
      figures,
      source,
    });
    return `<p data-stale-fact="${f.id}">${text}</p>`;
  });
  return `<div class="stale-facts" role="note">${items.join('')}</div>`;
}

/** Changes whenever a rendering input changes, so Astro's content cache does not keep old figures. */
export function factsDigest(opts: FactsPluginOptions): string {
  const h = createHash('sha256');
  h.update(JSON.stringify([...opts.facts.values()]));
  h.update(JSON.stringify(opts.strings));
  h.update(opts.today.toISOString());
  h.update(opts.base);
  h.update([...opts.unverifiedPhones].sort().join(','));
  return h.digest('hex').slice(0, 16);
}

interface DocState {
  lang?: string;
  fmt?: FactFormatter;
  used: Map<string, Fact>;
  file: string;
}

function isInsideUnverifiedBox(
  node: unknown,
  ctx: { parent: (n: never) => unknown; textContent: (n: never) => string },
): boolean {
  for (
    let p = ctx.parent(node as never) as { type?: string } | undefined;
    p;
    p = ctx.parent(p as never) as { type?: string } | undefined
  ) {
    if (p.type === 'blockquote') return /^\s*\[!UNVERIFIED\]/i.test(ctx.textContent(p as never));
  }
  return false;
}

export function factsMarkdownPlugin(opts: FactsPluginOptions): MdastPluginDefinition {
  const langs = Object.keys(opts.strings);
  const formatters = new Map(
    langs.map((l) => [l, new FactFormatter(l, opts.strings[l], opts.facts)]),
  );
  const state = (data: Record<string, unknown>) => data.migrantGuideFacts as DocState;
  return defineMdastPlugin({
    // The digest is part of Astro's config hash: a new figure or another BUILD_DATE re-renders pages.
    name: `migrant-guide:facts:${factsDigest(opts)}`,
    options: { position: true },
    before(_root, ctx) {
      const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : '';
      const lang = langOfContentFile(file, langs);
      ctx.data.migrantGuideFacts = {
        lang,
        fmt: lang ? formatters.get(lang) : undefined,
        used: new Map(),
        file,
      } satisfies DocState;
    },
    text(node, ctx) {
      const s = state(ctx.data);
      if (!s.fmt || !s.lang) return;
      const hasRef = node.value.includes('{{');
      const hasPhone = opts.unverifiedPhones.size > 0 && /\+\d/.test(node.value);
      if (!hasRef && !hasPhone) return;
      let segments: Segment[];
      try {
        const inBox = isInsideUnverifiedBox(node, ctx as never);
        segments = renderFactsInText(
          node.value,
          s.fmt,
          opts.strings[s.lang],
          opts.unverifiedPhones,
          s.used,
          hasPhone && !inBox,
          !inBox,
        );
      } catch (e) {
        throw new Error(
          `${s.file}${node.position ? `, line ${node.position.start.line} of the text` : ''}: ${(e as Error).message}`,
        );
      }
      if (segments.length === 1 && segments[0].type === 'text' && segments[0].value === node.value)
        return;
      ctx.replaceNode(node, segments);
    },
    link(node, ctx) {
      const s = state(ctx.data);
      if (!s.lang || !node.url.startsWith('tel:')) return;
      if (
        !opts.unverifiedPhones.has(normalisePhone(node.url)) ||
        isInsideUnverifiedBox(node, ctx as never)
      )
        return;
      ctx.insertAfter(node, {
        type: 'html',
        value: ` ${unverifiedMark(opts.strings[s.lang], 'contact')}`,
      });
    },
    after(root, ctx) {
      const s = state(ctx.data);
      if (!s.lang) return;
      const stale = [...s.used.values()].filter((f) => isStale(f, opts.today));
      if (stale.length)
        ctx.prependChild(root, {
          type: 'html',
          value: staleNotice(stale, s.lang, opts.strings[s.lang], opts.base),
        });
    },
  });
}
