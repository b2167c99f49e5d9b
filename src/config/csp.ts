/**
 * The Content-Security-Policy directives (besides script-src and style-src, which Astro fills with the
 * hashes of the inline scripts and styles it emits). One list, used by the <meta> tag and _headers.
 */
export const videoPlayerOrigins = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'];

export function cspDirectives(tileUrl: string): string[] {
  const tileOrigin = new URL(tileUrl.replace(/\{[a-z]\}/g, 'a')).origin.replace('://a.', '://*.');
  return [
    "default-src 'self'",
    `img-src 'self' data: ${tileOrigin}`,
    "media-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    `frame-src ${videoPlayerOrigins.join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
}
