/**
 * Builds the Pagefind search index after the pages are written: one index per language (from
 * <html lang>), only pages worth finding, text normalised so every way of typing oʻ/gʻ and ё finds the
 * same words, each chapter also findable by its official Russian/Kazakh terms (front matter
 * `keywords`) and by the editors' words of content/search/<lang>.yaml, and marked as a chapter.
 * Runs near the end: after QR/print and the offline file, before the service worker.
 * The index is written to a temporary folder and renamed, so dist/ never holds half an index.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlPages, urlPathOf } from '../lib/site/builtSite.ts';
import { listFiles } from '../lib/content/tree.ts';
import { readFrontMatter } from '../lib/content/frontMatter.ts';
import {
  chapterOfPath,
  indexLinesFor,
  isIndexable,
  pageForIndex,
  type ChapterKeywords,
} from '../lib/search/indexPages.ts';
import { readSearchTerms, type SearchTerms } from '../lib/search/terms.ts';
import { locales } from '../config/locales.ts';

/** Folder of the index inside dist/ (the search page and the service worker use the same name). */
export const SEARCH_DIR = 'pagefind';

function readKeywords(contentRoot: string): ChapterKeywords {
  const dir = join(contentRoot, 'guide');
  const k: ChapterKeywords = { byId: new Map(), fromById: new Map(), titleById: new Map() };
  for (const file of listFiles(dir, ['.md', '.mdx'])) {
    const id = file
      .slice(dir.length + 1)
      .replace(/\\/g, '/')
      .replace(/\.mdx?$/, '');
    const data = readFrontMatter(readFileSync(file, 'utf8'), file) as {
      title?: unknown;
      keywords?: unknown;
      translation?: { from?: string };
    };
    if (Object.keys(data).length === 0) continue; // the content schema reports a missing front matter
    if (typeof data.title === 'string') k.titleById!.set(id, data.title);
    const words = Array.isArray(data.keywords)
      ? data.keywords.filter((w): w is string => typeof w === 'string')
      : [];
    k.byId.set(id, words);
    k.fromById.set(id, data.translation?.from);
  }
  return k;
}

export function search(
  contentRoot: string,
  base: string,
  indexChunkSize: number,
): AstroIntegration {
  return {
    name: 'migrant-guide:search',
    hooks: {
      // The editors' search word lists are checked before anything is rendered, so a wrong chapter name
      // stops the build at once, naming the file and the entry.
      'astro:config:setup': () => {
        const slugs = new Set(
          [...readKeywords(contentRoot).byId.keys()].map((id) => id.slice(id.indexOf('/') + 1)),
        );
        for (const l of locales) readSearchTerms(contentRoot, l.code, slugs);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pagefind = await import('pagefind');
        const keywords = readKeywords(contentRoot);
        // The editors' word lists; a wrong entry stops the build naming the file and the entry.
        const slugs = new Set([...keywords.byId.keys()].map((id) => id.slice(id.indexOf('/') + 1)));
        const terms = new Map<string, SearchTerms>(
          locales.map((l) => [l.code, readSearchTerms(contentRoot, l.code, slugs)]),
        );
        if (!Number.isInteger(indexChunkSize) || indexChunkSize < 1) {
          throw new Error(
            `Search index: PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE is "${process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE}"; expected a whole number of word positions above 0 (default 2000).`,
          );
        }
        // Read by the Pagefind service this process starts next (see site.search.indexChunkSize).
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(indexChunkSize);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Search index: Pagefind could not start: ${errors.join('; ')}`);
        let pages = 0;
        for (const file of htmlPages(out)) {
          const urlPath = urlPathOf(out, base, file);
          const sitePath = `/${urlPath.slice(base.length)}`;
          if (!isIndexable(sitePath)) continue;
          const chapter = chapterOfPath(sitePath);
          const lines = chapter
            ? indexLinesFor(chapter.lang, chapter.slug, keywords, terms.get(chapter.lang)!)
            : [];
          // Pagefind adds the base path itself (from where its files are served).
          const res = await index.addHTMLFile({
            url: sitePath,
            content: pageForIndex(readFileSync(file, 'utf8'), lines, chapter !== undefined),
          });
          if (res.errors.length)
            throw new Error(
              `Search index: page ${sitePath} could not be indexed: ${res.errors.join('; ')}`,
            );
          pages++;
        }
        const tmp = join(out, `.${SEARCH_DIR}-tmp`);
        const final = join(out, SEARCH_DIR);
        rmSync(tmp, { recursive: true, force: true });
        const written = await index.writeFiles({ outputPath: tmp });
        await pagefind.close();
        if (written.errors.length) {
          rmSync(tmp, { recursive: true, force: true });
          throw new Error(`Search index could not be written: ${written.errors.join('; ')}`);
        }
        // We ship our own small search page (src/client/search.ts); Pagefind's ready-made interfaces
        // would only be dead weight in dist/ and in offline copies.
        for (const f of [
          'pagefind-ui.js',
          'pagefind-ui.css',
          'pagefind-component-ui.js',
          'pagefind-component-ui.css',
          'pagefind-modular-ui.js',
          'pagefind-modular-ui.css',
          'pagefind-highlight.js',
        ]) {
          rmSync(join(tmp, f), { force: true });
        }
        if (existsSync(final)) rmSync(final, { recursive: true, force: true });
        renameSync(tmp, final);
        logger.info(`search index: ${pages} pages`);
      },
    },
  };
}
