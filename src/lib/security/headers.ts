/**
 * The `_headers` file (read by Netlify, Cloudflare Pages and similar hosts; GitHub Pages ignores it and
 * relies on the <meta> CSP). It repeats each page's CSP as a real header — which can also forbid framing
 * (frame-ancestors works only as a header) — and adds the usual hardening headers.
 */
import { findFirst, parseHtml, type El } from '../site/html.ts';

export const commonHeaders: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'geolocation=(self), camera=(), microphone=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** A page's CSP <meta http-equiv="content-security-policy" content="…">, when it has one. */
export function cspMetaOf(page: El): El | undefined {
  return findFirst(
    page,
    (el) =>
      el.name === 'meta' &&
      el.attrs['http-equiv']?.toLowerCase() === 'content-security-policy' &&
      Boolean(el.attrs.content),
  );
}

/** The policy of a page's CSP <meta>, entities decoded. */
export function cspFromHtml(html: string): string | undefined {
  return cspMetaOf(parseHtml(html))?.attrs.content;
}

/** pages: URL path → CSP. Writes one rule for all pages when they share a policy, else one per page. */
export function headersFile(pages: Map<string, string>, base: string): string {
  const withFrame = (csp: string) => `${csp.replace(/;\s*$/, '')}; frame-ancestors 'none'`;
  const common = Object.entries(commonHeaders).map(([k, v]) => `  ${k}: ${v}`);
  const unique = new Set(pages.values());
  const blocks: string[] = [];
  if (unique.size === 1) {
    blocks.push(
      [`${base}*`, ...common, `  Content-Security-Policy: ${withFrame([...unique][0])}`].join('\n'),
    );
  } else {
    blocks.push([`${base}*`, ...common].join('\n'));
    for (const [path, csp] of [...pages].sort())
      blocks.push([path, `  Content-Security-Policy: ${withFrame(csp)}`].join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}
