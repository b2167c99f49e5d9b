/**
 * Finishing touches on a chapter's rendered HTML, done on the HTML string so they do not depend on the
 * Markdown processor: "> [!UNVERIFIED]" and "> [!IMPORTANT]" blockquotes become labelled boxes, outside
 * links get rel="noopener noreferrer", wide tables get a scrolling wrapper for 360 px screens and
 * header scopes, and phone numbers in links do not break across lines.
 */
import { escapeHtml } from '../site/escape.ts';

export interface CalloutLabels { unverified: string; important: string }

const CALLOUT_START = /<blockquote>\s*<p>\s*\[!(UNVERIFIED|IMPORTANT)\]\s*(?:<br\s*\/?>)?\s*/gi;

/** Index just after the </blockquote> that closes the one opening at `start`. */
function matchingClose(html: string, start: number): number {
  const re = /<(\/?)blockquote\b[^>]*>/gi;
  re.lastIndex = start;
  let depth = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index;
  }
  return -1;
}

export function renderCallouts(html: string, labels: CalloutLabels): string {
  let out = '';
  let pos = 0;
  CALLOUT_START.lastIndex = 0;
  for (let m = CALLOUT_START.exec(html); m; m = CALLOUT_START.exec(html)) {
    const close = matchingClose(html, m.index);
    if (close < 0) break;
    const kind = m[1].toLowerCase() as 'unverified' | 'important';
    const inner = html.slice(m.index + m[0].length, close);
    out += html.slice(pos, m.index);
    // A note, not an <aside>: several boxes on a page would be several unnamed landmarks.
    out += `<div class="callout callout-${kind}" role="note" data-callout="${kind}"><p class="callout-label">${escapeHtml(labels[kind])}</p><p>${inner}</div>`;
    pos = close + '</blockquote>'.length;
    CALLOUT_START.lastIndex = pos;
  }
  return out + html.slice(pos);
}

export function hardenExternalLinks(html: string): string {
  return html.replace(/<a\s+([^>]*?)href="(https?:\/\/[^"]+)"([^>]*)>/g, (all, before: string, url: string, after: string) => {
    if (/\brel=/.test(before + after)) return all;
    return `<a ${before}href="${url}" rel="noopener noreferrer"${after}>`;
  });
}

export function wrapTables(html: string): string {
  return html
    .replace(/<table>/g, '<div class="table-wrap"><table>')
    .replace(/<\/table>/g, '</table></div>')
    .replace(/<th(?=[\s>])(?![^>]*\bscope=)([^>]*)>/g, '<th scope="col"$1>');
}

/** Phone numbers in link text must not break across lines ("+7 717 / 272 00 00" misleads). */
export function keepPhonesTogether(html: string): string {
  return html.replace(/(<a\s[^>]*href="tel:[^"]*"[^>]*>)([^<]*)(<\/a>)/g, (_, open: string, text: string, close: string) => open + text.replace(/ /g, '&nbsp;').replace(/-/g, '\u2011') + close);
}

export function enhanceContentHtml(html: string, labels: CalloutLabels): string {
  return keepPhonesTogether(wrapTables(hardenExternalLinks(renderCallouts(html, labels))));
}
