/**
 * After the pages are written: short links (/q/<code>/), QR images, card sheets, leaflets and the print
 * manifest, so every deployment carries printable material that matches it. Runs before the offline
 * file/booklet, Pagefind and the service worker (which must precache these files too).
 * Without a public https SITE_URL (local preview) it prints one line and skips: codes for localhost
 * would be useless on paper. `npm run qr` (scripts/qr.ts) runs `makeQrSheets` on an existing build.
 *
 * What goes into the files is made in src/lib/qr/ (short links, images) and src/lib/print/ (sheets,
 * the print page); this file reads the built site and writes. Everything is written into a temporary
 * folder first and moved into place at the end, so a failure leaves the previous print/ and q/ folders
 * as they were, never half-written ones.
 */
import type { AstroIntegration } from 'astro';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { canonicalUrl } from '../lib/site/html.ts';
import { defaultLocale, locales } from '../config/locales.ts';
import { codeListItems } from '../lib/print/documents.ts';
import { languageSheets } from '../lib/print/sheets.ts';
import { qrPng, qrSpec, qrSvg, type QrSpec } from '../lib/qr/code.ts';
import { discoverPages, pageTitle } from '../lib/qr/pages.ts';
import {
  assignCodes,
  loadRegistry,
  serializeRegistry,
  type Registry,
  type RegistryEntry,
} from '../lib/qr/registry.ts';
import { pageKind } from '../lib/site/pageKind.ts';
import { writeFileAtomic } from '../lib/site/files.ts';
import { dictionaries } from '../i18n/index.ts';
import {
  imageName,
  PNG_CODE_PX,
  shortLinks,
  siteUrlProblem,
  type ManifestCode,
} from '../lib/qr/shortLinks.ts';
import { fillCodeLists, fillPrintPages } from './printPages.ts';

export interface QrOptions {
  distDir: string;
  contentDir: string;
  /** Public site URL ending in '/', e.g. https://ngo.github.io/migrant-guide/. */
  siteUrl: string;
  /** Base path ('/migrant-guide/'). */
  base: string;
  projectRoot: string;
  /** Date recorded for new codes (YYYY-MM-DD); today by default. */
  today?: string;
  log?: (message: string) => void;
}

export interface QrResult {
  added: RegistryEntry[];
  codes: ManifestCode[];
  documents: {
    lang: string;
    kind: 'cards' | 'leaflet';
    file: string;
    bytes: number;
    pages: number;
  }[];
  spec: QrSpec;
  moduleMm: number;
  ms: number;
  /** Milliseconds per step (discover, links, images, pdfs, write), for the benchmark. */
  phases: Record<string, number>;
}

/**
 * Checks that the built site in distDir was built for this site URL (its home pages' canonical links),
 * so `npm run qr` never mixes a local-preview build with public QR codes.
 */
function checkBuiltFor(distDir: string, siteUrl: string): void {
  const home = join(distDir, defaultLocale, 'index.html');
  if (!existsSync(home)) {
    throw new Error(
      `No built site in ${distDir} (${defaultLocale}/index.html is missing). Build first: SITE_URL=${siteUrl} npm run build.`,
    );
  }
  const canonical = canonicalUrl(readFileSync(home, 'utf8'));
  if (canonical && !canonical.startsWith(siteUrl)) {
    throw new Error(
      `The site in ${distDir} was built for ${new URL(canonical).origin}…, not for ${siteUrl}. Build again with SITE_URL=${siteUrl}.`,
    );
  }
}

/** Writes a file, making its folder. */
function put(file: string, data: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, data);
}

/** Files other features put into print/ (the booklet): kept when print/ is replaced. */
function isOurs(name: string): boolean {
  return name === 'qr' || name === 'manifest.json' || /^(cards|leaflet)-[a-z-]+\.pdf$/.test(name);
}

export async function makeQrSheets(o: QrOptions): Promise<QrResult> {
  const started = performance.now();
  const phases: Record<string, number> = {};
  let mark = started;
  const phase = (name: string) => {
    const now = performance.now();
    phases[name] = Math.round(now - mark);
    mark = now;
  };
  const log = o.log ?? (() => {});
  const siteUrl = o.siteUrl.endsWith('/') ? o.siteUrl : `${o.siteUrl}/`;
  const problem = siteUrlProblem(siteUrl, true);
  if (problem) throw new Error(problem);
  checkBuiltFor(o.distDir, siteUrl);

  const langs = locales.map((l) => l.code);
  const pages = discoverPages(o.distDir, langs);
  const pageByPath = new Map(pages.map((p) => [p.path, p]));
  const previous = loadRegistry(o.contentDir);
  const today = o.today ?? new Date().toISOString().slice(0, 10);
  const { registry, added } = assignCodes(
    previous,
    pages.map((p) => p.path),
    today,
  );
  phase('discover');

  const builtFile = (path: string) => join(o.distDir, path.replace(/^\//, ''), 'index.html');
  const exists = (path: string) => pageKind(path) !== 'shortLink' && existsSync(builtFile(path));
  const titleOf = (path: string) =>
    pageByPath.get(path)?.title ?? pageTitle(readFileSync(builtFile(path), 'utf8'));

  const tmp = join(o.distDir, `.qr-tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  try {
    // Short links: every code ever issued, to its page or the nearest parent that still exists.
    const codes: ManifestCode[] = [];
    const byPath = new Map<string, ManifestCode>();
    for (const link of shortLinks({
      registry,
      exists,
      titleOf,
      dictionaries,
      siteUrl,
      base: o.base,
    })) {
      const c = link.code;
      if (link.moved)
        log(
          `QR: code "${c.code}" was printed for ${c.path}, which is gone; it now leads to ${c.target}. If the page moved, set its "path" in ${registry.file}.`,
        );
      put(join(tmp, 'q', c.code, 'index.html'), link.html);
      codes.push(c);
      byPath.set(c.path, c);
    }

    phase('links');
    // QR images of every current page.
    let spec: QrSpec | undefined;
    await Promise.all(
      pages.map(async (page) => {
        const c = byPath.get(page.path)!;
        const name = `${imageName(page.path)}-${c.code}`;
        const svg = `print/qr/${page.lang}/${name}.svg`;
        const png = `print/qr/${page.lang}/${name}.png`;
        put(join(tmp, svg), `${await qrSvg(c.shortUrl)}\n`);
        put(join(tmp, png), await qrPng(c.shortUrl, PNG_CODE_PX));
        c.images = { svg, png };
        const s = qrSpec(c.shortUrl);
        if (!spec || s.version > spec.version) spec = s;
      }),
    );

    phase('images');
    // PDFs per language.
    const documents: QrResult['documents'] = [];
    let moduleMm = 0;
    for (const l of locales) {
      const langPages = pages.filter((p) => p.lang === l.code);
      if (!langPages.length) continue;
      const sheets = await languageSheets(
        l,
        langPages,
        (path) => byPath.get(path)!.shortUrl,
        dictionaries,
      );
      moduleMm = Math.min(moduleMm || Infinity, sheets.cards.moduleMm, sheets.leaflet.moduleMm);
      for (const [kind, pdf] of [
        ['cards', sheets.cards],
        ['leaflet', sheets.leaflet],
      ] as const) {
        const file = `print/${kind}-${l.code}.pdf`;
        put(join(tmp, file), pdf.bytes);
        documents.push({ lang: l.code, kind, file, bytes: pdf.bytes.length, pages: pdf.pages });
      }
    }

    phase('pdfs');
    put(
      join(tmp, 'print', 'manifest.json'),
      `${JSON.stringify({ siteUrl, registry: 'content/qr/registry.json', qr: spec, codes, documents }, null, 2)}\n`,
    );

    // Keep what other features put into print/ (the booklet), then move the new folders into place.
    const printDir = join(o.distDir, 'print');
    if (existsSync(printDir)) {
      for (const name of readdirSync(printDir)) {
        if (!isOurs(name))
          cpSync(join(printDir, name), join(tmp, 'print', name), { recursive: true });
      }
    }
    if (added.length || !existsSync(registry.file)) writeRegistry(registry);
    for (const dir of ['q', 'print']) {
      const live = join(o.distDir, dir);
      if (existsSync(live)) renameSync(live, join(tmp, `old-${dir}`));
      renameSync(join(tmp, dir), live);
    }
    rmSync(tmp, { recursive: true, force: true });

    // The print pages: show the PDFs that exist and list this language's QR images.
    fillPrintPages(o.distDir, langs);
    const lists: Record<string, string> = {};
    for (const l of langs) {
      const mine = codes.filter((c) => c.images && c.lang === l);
      lists[l] = codeListItems(
        mine.map((c) => ({
          title: c.title,
          path: c.path,
          shortUrl: c.shortUrl,
          svg: c.images!.svg,
          png: c.images!.png,
        })),
        o.base,
      );
    }
    fillCodeLists(o.distDir, lists);

    phase('write');
    if (added.length) {
      log(
        `QR: ${added.length} new code(s) added to ${registry.file} (${added.map((a) => `${a.code} ${a.path}`).join(', ')}). Commit that file so these codes stay the same on paper.`,
      );
    }
    return {
      added,
      codes,
      documents,
      spec: spec ?? qrSpec(new URL('q/aa/', siteUrl).href),
      moduleMm,
      ms: performance.now() - started,
      phases,
    };
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}

/** Writes the registry via a temporary file, so an interrupted write never leaves half a file. */
export function writeRegistry(registry: Registry): void {
  writeFileAtomic(registry.file, serializeRegistry(registry));
}

export interface QrSheetsConfig {
  contentDir: string;
  siteUrl: string;
  base: string;
  isPublic: boolean;
  projectRoot: string;
}

export function qrSheets(config: QrSheetsConfig): AstroIntegration {
  return {
    name: 'migrant-guide:qr-sheets',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const problem = siteUrlProblem(config.siteUrl, config.isPublic);
        if (problem) {
          // Still hide the print pages' document list, so they do not show documents this build lacks.
          fillPrintPages(
            distDir,
            locales.map((l) => l.code),
          );
          logger.warn(`Print sheets and QR codes skipped: ${problem}`);
          return;
        }
        const result = await makeQrSheets({ ...config, distDir, log: (m) => logger.info(m) });
        logger.info(
          `${result.codes.length} short links, ${result.documents.length} PDFs in print/ (QR version ${result.spec.version}-${result.spec.ec}, ${result.moduleMm.toFixed(2)} mm modules) in ${Math.round(result.ms)} ms`,
        );
      },
    },
  };
}
