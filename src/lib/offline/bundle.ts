/**
 * Which files "Save for offline" stores for one language, and how many bytes that costs the reader.
 * After one scan the guide should stay with the person (seed 003: data is expensive, signal is often
 * absent), so the list is the whole guide, the help page, the map's list and the search index of that
 * language — and nothing else (no videos, no print sheets, no other languages). Pure: the service
 * worker integration feeds it the built files; the bench and the tests read its output.
 */
import { pageKind, type PageKind } from '../site/pageKind.ts';

export interface BundleFile { url: string; bytes: number }
export interface OfflineBundle { lang: string; files: BundleFile[]; bytes: number; searchIncluded: boolean }

/**
 * Pages of a language worth keeping: home, guide and chapters, help, map list, search, and the video
 * pages — their steps and transcripts, not the video files (media are never in pageAssets). The whole
 * guide in one file is added beside them (src/integrations/serviceWorker.ts). (The offline page is not
 * listed: the service worker precaches it for everyone.)
 */
const SAVED = new Set<PageKind>(['home', 'guide', 'chapter', 'videos', 'video', 'help', 'map', 'search']);

export function isSavedPage(sitePath: string, lang: string): boolean {
  return sitePath.startsWith(`/${lang}/`) && SAVED.has(pageKind(sitePath));
}

/**
 * Same-site files a page needs to display: scripts, stylesheets, images and the map's data, as
 * absolute paths. Links to other pages, media (video, audio) and other hosts are left out.
 */
export function pageAssets(html: string, base: string): string[] {
  const out = new Set<string>();
  const tagRe = /<(script|link|img|source)\b[^>]*>/gi;
  for (const m of html.matchAll(tagRe)) {
    const tag = m[0];
    const kind = m[1].toLowerCase();
    if (kind === 'link' && !/\brel=["']?(stylesheet|icon|modulepreload|preload)\b/i.test(tag)) continue;
    if (kind === 'source' && /\btype=["']?(video|audio)\//i.test(tag)) continue;
    const src = /\b(?:src|href)=["']?([^"'\s>]+)/i.exec(tag)?.[1];
    if (!src || !src.startsWith(base) || src.startsWith('//')) continue;
    if (/\.(mp4|webm|mp3|ogg|m4a|pdf)$/i.test(src)) continue;
    out.add(src.replace(/[?#].*$/, ''));
  }
  // The map page names its data file in a data- attribute for its script.
  for (const m of html.matchAll(/\bdata-[a-z-]*(?:src|url|data)=["']([^"']+\.(?:geojson|json))["']/gi)) {
    if (m[1].startsWith(base)) out.add(m[1]);
  }
  return [...out].sort();
}

export interface PagefindEntry { languages: Record<string, { hash: string; wasm: string | null }> }

/**
 * The search files for a language, as paths under the index folder (`<base>pagefind/`): the script,
 * the entry file with the fixed cache tag the search page uses, the language's WebAssembly, its meta
 * file and all its index chunks and fragments.
 */
export function searchFiles(entry: PagefindEntry, htmlLang: string, indexFiles: string[], metaCacheTag: string): string[] | undefined {
  const key = htmlLang.toLowerCase();
  const l = entry.languages[key];
  if (!l) return undefined;
  const prefix = `${key}_`;
  return [
    'pagefind.js',
    `pagefind-entry.json?ts=${metaCacheTag}`,
    `wasm.${l.wasm ?? 'unknown'}.pagefind`,
    `pagefind.${l.hash}.pf_meta`,
    ...indexFiles.filter((f) => /^(index|fragment)\//.test(f) && f.split('/')[1].startsWith(prefix)).sort(),
  ];
}

/** Sums sizes; drops the search files when the whole would pass the budget (the pages matter more). */
export function makeBundle(lang: string, pages: BundleFile[], search: BundleFile[], budget: number): OfflineBundle {
  const pageBytes = pages.reduce((s, f) => s + f.bytes, 0);
  const searchBytes = search.reduce((s, f) => s + f.bytes, 0);
  const searchIncluded = search.length > 0 && pageBytes + searchBytes <= budget;
  const files = searchIncluded ? [...pages, ...search] : pages;
  return { lang, files, bytes: searchIncluded ? pageBytes + searchBytes : pageBytes, searchIncluded };
}
