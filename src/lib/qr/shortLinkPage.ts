/**
 * The page behind a printed short link (/q/<code>/): it sends the phone on to the real page without
 * JavaScript (meta refresh), tells search engines the real address (canonical, noindex), and shows a
 * plain link in the page's language for the few browsers that do not follow the refresh.
 */
import { createHash } from 'node:crypto';
import { escapeHtml } from '../site/escape.ts';

export interface ShortLinkPage {
  htmlLang: string;
  /** The target page's title, shown as the link text. */
  title: string;
  siteName: string;
  /** "If the page did not open by itself, tap:" */
  text: string;
  /** Where to go, with the base path: '/mg/ru/guide/police/'. */
  targetHref: string;
  /** The target's absolute public URL. */
  canonical: string;
}

const STYLE =
  'body{font:1.125rem/1.5 system-ui,sans-serif;margin:1rem;max-width:40rem}a{display:inline-flex;align-items:center;min-height:44px;font-weight:700}';
const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');

export function shortLinkHtml(p: ShortLinkPage): string {
  const to = escapeHtml(p.targetHref);
  return `<!doctype html>
<html lang="${escapeHtml(p.htmlLang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="0; url=${to}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="referrer" content="no-referrer">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-${STYLE_HASH}'; base-uri 'none'; form-action 'none'">
<link rel="canonical" href="${escapeHtml(p.canonical)}">
<title>${escapeHtml(p.title)} — ${escapeHtml(p.siteName)}</title>
<style>${STYLE}</style>
</head>
<body>
<p>${escapeHtml(p.text)}</p>
<p><a href="${to}">${escapeHtml(p.title)}</a></p>
</body>
</html>
`;
}
