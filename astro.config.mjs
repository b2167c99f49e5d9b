// Astro configuration: everything site-specific comes from src/config (one place for site and locales).
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { site, contentDir, buildToday } from './src/config/site.ts';
import { sectionIds } from './src/lib/content/tree.ts';
import { fallbackPaths, alternatesFor, inSitemap } from './src/lib/site/sitemap.ts';
import { withoutBase } from './src/lib/site/routes.ts';
import { contentChecks } from './src/integrations/contentChecks.ts';
import { facilityChecks } from './src/integrations/facilityChecks.ts';
import { qrSheets } from './src/integrations/qrSheets.ts';
import { oneFileGuide } from './src/integrations/oneFileGuide.ts';
import { booklet } from './src/integrations/booklet.ts';
import { cspDirectives } from './src/config/csp.ts';
import { securityHeaders } from './src/integrations/securityHeaders.ts';
import { linkCheck } from './src/integrations/linkCheck.ts';
import { search } from './src/integrations/search.ts';
import { serviceWorker } from './src/integrations/serviceWorker.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { loadFacts } from './src/lib/facts/load.ts';
import { unverifiedPhones } from './src/lib/facts/phones.ts';
import { factsMarkdownPlugin } from './src/lib/facts/markdown.ts';
import { dictionaries } from './src/i18n/index.ts';
import { contentHtmlPlugin } from './src/lib/content/markdownPlugins.ts';

const contentRoot = new URL(`${contentDir}/`, new URL('./', import.meta.url)).pathname;
const fallbacks = fallbackPaths({
  guide: sectionIds(contentRoot, 'guide'),
  videos: sectionIds(contentRoot, 'videos'),
});

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  // Tests build into their own folder so a running preview of dist/ is not disturbed.
  outDir: process.env.OUT_DIR ?? './dist',
  // Parallel builds (tests, several editors' checks on one machine) each get their own cache.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: {
    format: 'directory',
    // Content pages must arrive in one round trip: the (small) stylesheet goes inline.
    inlineStylesheets: 'always',
  },
  // Figures ({{fact:id}}) are rendered, and boxes, link rel and table wrappers made, while Markdown
  // becomes HTML, so every later step sees them and no page edits HTML afterwards.
  markdown: {
    processor: satteri({
      mdastPlugins: [
        factsMarkdownPlugin({
          facts: loadFacts(contentRoot),
          strings: dictionaries,
          today: buildToday(),
          base: site.base,
          unverifiedPhones: unverifiedPhones(contentRoot),
        }),
      ],
      hastPlugins: [contentHtmlPlugin({ strings: dictionaries })],
    }),
  },
  // No prefetching, no dev toolbar pings: nothing is fetched that the reader did not ask for.
  prefetch: false,
  devToolbar: { enabled: false },
  vite: {
    build: {
      // The site-wide script (src/components/SiteScript.astro) stays a cached file, never inlined:
      // every page uses it, and a strict CSP applies. Other small scripts keep Astro's default.
      assetsInlineLimit: (file) => (file.includes('SiteScript') ? false : undefined),
    },
  },
  // Content-Security-Policy as a <meta> tag with hashes of every inline script and style (Astro computes
  // them). The only other hosts: the map's tile server (images), and the privacy-friendly video players,
  // which load only after a person presses play. The same policy goes to hosts that read _headers.
  // 'wasm-unsafe-eval' lets the search page compile Pagefind's WebAssembly; it allows no JavaScript eval.
  security: {
    csp: {
      directives: cspDirectives(site.tiles.url),
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  integrations: [
    contentChecks(contentRoot, ['guide', 'videos']),
    // Health-care facility files: a bad position, id, phone or source stops the build here.
    facilityChecks(contentRoot),
    mdx(),
    sitemap({
      filter: (page) => inSitemap(withoutBase(site.base, new URL(page).pathname), fallbacks),
      serialize(item) {
        // hreflang alternates only between real translations (see src/lib/site/sitemap.ts).
        return { ...item, links: alternatesFor(item.url, site.url, site.base, fallbacks) };
      },
    }),
    // Post-build steps, in this order: QR/print → offline file/booklet → links → CSP → search → service worker.
    // Short links, QR images, card sheets and leaflets for print (first: the booklet uses the short links).
    qrSheets({
      contentDir: contentRoot,
      siteUrl: site.url,
      base: site.base,
      isPublic: site.isPublic,
      projectRoot: new URL('./', import.meta.url).pathname,
    }),
    // The whole guide as one forwardable file, then as a printable booklet (after QR, before search;
    // the booklet step last, as it fills the print pages with the sizes of both).
    oneFileGuide({
      contentRoot,
      site: { url: site.url, base: site.base, isPublic: site.isPublic },
    }),
    booklet({ contentRoot, site: { url: site.url, base: site.base, isPublic: site.isPublic } }),
    // Every page (short links, print page, offline file links included) exists now: no dead links.
    linkCheck(contentRoot, site.base),
    // Every page's CSP trimmed to its own inline code, and the site's policy as a header for hosts that
    // read _headers (after every page exists; before the service worker, which records page sizes).
    securityHeaders(site.base),
    search(contentRoot, site.base, site.search.indexChunkSize),
    // Last: the service worker lists everything above (search index, offline copies).
    serviceWorker(site.base),
  ],
});
