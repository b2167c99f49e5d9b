/**
 * Each page's Content-Security-Policy <meta>, trimmed to the page itself. Astro writes into every
 * page the hashes of every inline script and style of the whole site (a real share of a
 * chapter's first load, on every page); a page needs only those of its own inline <script> and <style>.
 * `_headers` repeats each page's trimmed policy.
 */
import { createHash } from 'node:crypto';
import { CSP_META, cspFromHtml } from './headers.ts';

/** The 'sha256-…' sources of the page's own inline scripts (without src) and styles, as the browser computes them. */
export function inlineHashes(html: string): { script: Set<string>; style: Set<string> } {
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  const script = new Set<string>();
  const style = new Set<string>();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/\bsrc\s*=/i.test(m[1])) script.add(hash(m[2]));
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) style.add(hash(m[1]));
  return { script, style };
}

const directives = (csp: string) => csp.split(';').map((d) => d.trim()).filter(Boolean).map((d) => d.split(/\s+/));

/** The policy with only the given hashes left in script-src and style-src; every other source stays. */
export function trimCsp(csp: string, keep: { script: Set<string>; style: Set<string> }): string {
  return directives(csp)
    .map(([name, ...sources]) => {
      const allowed = name === 'script-src' ? keep.script : name === 'style-src' ? keep.style : undefined;
      return [name, ...sources.filter((s) => !allowed || !/^'sha(256|384|512)-/.test(s) || allowed.has(s))].join(' ');
    })
    .join(';');
}

/** The page with its CSP <meta> trimmed to its own inline code (unchanged when it has no such meta). */
export function withPageCsp(html: string): string {
  const csp = cspFromHtml(html);
  if (!csp) return html;
  return html.replace(CSP_META, (_all, open: string, _csp: string, close: string) => `${open}${trimCsp(csp, inlineHashes(html))}${close}`);
}
