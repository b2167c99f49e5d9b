/** Absolute and base-relative URLs for pages, from the site settings. Kept tiny so components share it. */
import { site } from '../../config/site.ts';
import { withBase } from './routes.ts';

/** A link target inside the site, with the base path: href('/ru/guide/') → '/repo/ru/guide/'. */
export function href(path: string): string {
  return withBase(site.base, path);
}

/** The absolute public URL of a site path, for canonical links, sitemaps, share links and QR codes. */
export function absoluteUrl(path: string): string {
  return new URL(path.replace(/^\/+/, ''), site.url).href;
}
