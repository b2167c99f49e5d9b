/**
 * Which files "Save for offline" stores for one language, and how many bytes that costs the reader.
 * After one scan the guide should stay with the person (seed 003: data is expensive, signal is often
 * absent), so the list is the whole guide, the help page, the map's list and the search index of that
 * language — and nothing else (no videos, no print sheets, no other languages). Pure: the service
 * worker integration feeds it the built files; the bench and the tests read its output.
 */
import { pageKind, type PageKind } from '../site/pageKind.ts';

import { parseHtml, walk, type El } from '../site/html.ts';

export interface BundleFile {
  url: string;
  bytes: number;
}
export interface OfflineBundle {
  lang: string;
  files: BundleFile[];
  bytes: number;
  searchIncluded: boolean;
}

/**
 * Pages of a language worth keeping: home, guide and chapters, help, map list, search, and the video
 * pages — their steps and transcripts, not the video files (media are never in pageAssets). The whole
 * guide in one file is added beside them (src/integrations/serviceWorker.ts). (The offline page is not
 * listed: the service worker precaches it for everyone.)
 */
const SAVED = new Set<PageKind>([
  'home',
  'guide',
  'chapter',
  'videos',
  'video',
  'help',
  'map',
  'search',
]);

export function isSavedPage(sitePath: string, lang: string): boolean {
  return sitePath.startsWith(`/${lang}/`) && SAVED.has(pageKind(sitePath));
}

/**
 * Same-site files a page needs to display: scripts, stylesheets, images and the map's data, as
 * absolute paths. Links to other pages, media (video, audio) and other hosts are left out.
 */
export function pageAssets(html: string | El, base: string): string[] {
  const out = new Set<string>();
  walk(typeof html === 'string' ? parseHtml(html) : html, (el) => {
    if (!['script', 'link', 'img', 'source'].includes(el.name)) {
      // The map page names its data file in a data- attribute for its script.
      for (const [name, value] of Object.entries(el.attrs)) {
        if (
          name.startsWith('data-') &&
          /(src|url|data)$/.test(name) &&
          /\.(geojson|json)$/i.test(value) &&
          value.startsWith(base)
        )
          out.add(value);
      }
      return;
    }
    if (
      el.name === 'link' &&
      !(el.attrs.rel ?? '')
        .toLowerCase()
        .split(/\s+/)
        .some((r) => ['stylesheet', 'icon', 'modulepreload', 'preload'].includes(r))
    )
      return;
    if (el.name === 'source' && /^(video|audio)\//i.test(el.attrs.type ?? '')) return;
    const src = el.attrs.src ?? el.attrs.href;
    if (!src || !src.startsWith(base) || src.startsWith('//')) return;
    if (/\.(mp4|webm|mp3|ogg|m4a|pdf)$/i.test(src)) return;
    out.add(src.replace(/[?#].*$/, ''));
  });
  return [...out].sort();
}

export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null }>;
}

/**
 * The search files for a language, as paths under the index folder (`<base>pagefind/`): the script,
 * the entry file with the fixed cache tag the search page uses, the language's WebAssembly, its meta
 * file and all its index chunks and fragments.
 */
export function searchFiles(
  entry: PagefindEntry,
  htmlLang: string,
  indexFiles: string[],
  metaCacheTag: string,
): string[] | undefined {
  const key = htmlLang.toLowerCase();
  const l = entry.languages[key];
  if (!l) return undefined;
  const prefix = `${key}_`;
  return [
    'pagefind.js',
    `pagefind-entry.json?ts=${metaCacheTag}`,
    `wasm.${l.wasm ?? 'unknown'}.pagefind`,
    `pagefind.${l.hash}.pf_meta`,
    ...indexFiles
      .filter((f) => /^(index|fragment)\//.test(f) && f.split('/')[1].startsWith(prefix))
      .sort(),
  ];
}

/** Sums sizes; drops the search files when the whole would pass the budget (the pages matter more). */
export function makeBundle(
  lang: string,
  pages: BundleFile[],
  search: BundleFile[],
  budget: number,
): OfflineBundle {
  const pageBytes = pages.reduce((s, f) => s + f.bytes, 0);
  const searchBytes = search.reduce((s, f) => s + f.bytes, 0);
  const searchIncluded = search.length > 0 && pageBytes + searchBytes <= budget;
  const files = searchIncluded ? [...pages, ...search] : pages;
  return {
    lang,
    files,
    bytes: searchIncluded ? pageBytes + searchBytes : pageBytes,
    searchIncluded,
  };
}
