/**
 * The `_headers` file (read by Netlify, Cloudflare Pages and similar hosts; GitHub Pages ignores it and
 * relies on the <meta> CSP). It repeats each page's CSP as a real header — which can also forbid framing
 * (frame-ancestors works only as a header) — and adds the usual hardening headers.
 */
export const commonHeaders: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'geolocation=(self), camera=(), microphone=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** A page's CSP <meta>, in three parts: `<meta … content="`, the policy as written, and `"`. */
export const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]+)(")/i;

export function cspFromHtml(html: string): string | undefined {
  return CSP_META.exec(html)?.[2].replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/** pages: URL path → CSP. Writes one rule for all pages when they share a policy, else one per page. */
export function headersFile(pages: Map<string, string>, base: string): string {
  const withFrame = (csp: string) => `${csp.replace(/;\s*$/, '')}; frame-ancestors 'none'`;
  const common = Object.entries(commonHeaders).map(([k, v]) => `  ${k}: ${v}`);
  const unique = new Set(pages.values());
  const blocks: string[] = [];
  if (unique.size === 1) {
    blocks.push([`${base}*`, ...common, `  Content-Security-Policy: ${withFrame([...unique][0])}`].join('\n'));
  } else {
    blocks.push([`${base}*`, ...common].join('\n'));
    for (const [path, csp] of [...pages].sort()) blocks.push([path, `  Content-Security-Policy: ${withFrame(csp)}`].join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}
