/**
 * Each page's Content-Security-Policy <meta>, trimmed to the page itself. Astro writes into every
 * page the hashes of every inline script and style of the whole site (a real share of a
 * chapter's first load, on every page); a page needs only those of its own inline <script> and <style>.
 * `_headers` repeats each page's trimmed policy.
 */
import { createHash } from 'node:crypto';
import { findAll, parseHtml, serialize, textOf, type El } from '../site/html.ts';
import { cspMetaOf } from './headers.ts';

/** The 'sha256-…' sources of the page's own inline scripts (without src) and styles, as the browser computes them. */
export function inlineHashes(page: string | El): { script: Set<string>; style: Set<string> } {
  const tree = typeof page === 'string' ? parseHtml(page) : page;
  const hash = (text: string) =>
    `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  const script = new Set<string>();
  const style = new Set<string>();
  for (const el of findAll(
    tree,
    (e) => (e.name === 'script' && e.attrs.src === undefined) || e.name === 'style',
  )) {
    (el.name === 'script' ? script : style).add(hash(textOf(el)));
  }
  return { script, style };
}

const directives = (csp: string) =>
  csp
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => d.split(/\s+/));

/** The policy with only the given hashes left in script-src and style-src; every other source stays. */
export function trimCsp(csp: string, keep: { script: Set<string>; style: Set<string> }): string {
  return directives(csp)
    .map(([name, ...sources]) => {
      const allowed =
        name === 'script-src' ? keep.script : name === 'style-src' ? keep.style : undefined;
      return [
        name,
        ...sources.filter((s) => !allowed || !/^'sha(256|384|512)-/.test(s) || allowed.has(s)),
      ].join(' ');
    })
    .join(';');
}

/**
 * The page with its CSP <meta> trimmed to its own inline code, and that policy (the page unchanged and
 * no policy when it has no such meta). The page is written back from its tree.
 */
export function trimPageCsp(html: string): { html: string; csp?: string } {
  const tree = parseHtml(html);
  const meta = cspMetaOf(tree);
  if (!meta) return { html };
  const csp = trimCsp(meta.attrs.content, inlineHashes(tree));
  // A policy with nothing to trim (the one-file guide's) leaves the page as it was written.
  const every = new Set(
    meta.attrs.content.split(/[\s;]+/).filter((source) => source.startsWith("'sha")),
  );
  if (csp === trimCsp(meta.attrs.content, { script: every, style: every })) return { html, csp };
  meta.attrs.content = csp;
  return { html: serialize(tree), csp };
}

export function withPageCsp(html: string): string {
  return trimPageCsp(html).html;
}
