// The _headers file and the site's CSP directives.
import { describe, expect, it } from 'vitest';
import { headersFile, cspFromHtml } from '../../../src/lib/security/headers.ts';
import { cspDirectives } from '../../../src/config/csp.ts';

describe('security headers', () => {
  it('repeats the page CSP as a header and forbids framing', () => {
    const csp = cspFromHtml(
      `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-x'">`,
    )!;
    const file = headersFile(
      new Map([
        ['/mg/ru/', csp],
        ['/mg/en/', csp],
      ]),
      '/mg/',
    );
    expect(file).toMatch(/^\/mg\/\*\n/);
    expect(file).toContain(
      "Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-x'; frame-ancestors 'none'",
    );
    expect(file).toContain('Referrer-Policy: no-referrer');
  });
  it('allows only the tile host for images and only the two privacy-friendly players for frames', () => {
    const d = cspDirectives('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
    expect(d).toContain("img-src 'self' data: https://tile.openstreetmap.org");
    expect(d).toContain('frame-src https://www.youtube-nocookie.com https://player.vimeo.com');
    expect(cspDirectives('https://{s}.tile.openstreetmap.fr/osmfr/{z}/{x}/{y}.png')).toContain(
      "img-src 'self' data: https://*.tile.openstreetmap.fr",
    );
  });
});
