/**
 * Makes everything behind the printed QR codes from a built site: a short link per page (/q/<code>/),
 * the QR images, the A4 card sheets and leaflets per language, and print/manifest.json. Shared by the
 * post-build integration (src/integrations/qrSheets.ts) and `npm run qr` (scripts/qr.ts).
 *
 * Everything is written into a temporary folder first and moved into place at the end, so a failure
 * leaves the previous print/ and q/ folders as they were, never half-written ones.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defaultLocale, locales } from '../../config/locales.ts';
import { emergencyNumbers } from '../../config/emergency.ts';
import { makeTranslator } from '../site/i18n.ts';
import { langOfPath, paths, withBase } from '../site/routes.ts';
import { discoverPages, pageTitle, type QrPage } from './pages.ts';
import { qrPng, qrSpec, qrSvg, type QrSpec } from './code.ts';
import {
  assignCodes,
  loadRegistry,
  resolveEntry,
  serializeRegistry,
  shortPathOf,
  type Registry,
  type RegistryEntry,
} from './registry.ts';
import { cardsPdf, checkGlyphs, leafletPdf, type FontFiles, type SheetItem } from '../print/qrPdf.ts';
import { escapeHtml } from '../site/escape.ts';
import { writeFileAtomic } from '../site/files.ts';
import { pageKind } from '../site/pageKind.ts';
import { dictionaries } from '../../i18n/index.ts';
import { shortLinkHtml } from './shortLinkPage.ts';
import { fillCodeList, fillPrintPages } from '../print/documents.ts';

/** 3 cm at 300 dpi: the smallest width of the code itself in the PNG images for print. */
export const PNG_CODE_PX = 354;

/** The pages on the one-page leaflet, in this order; a page that is not built (yet) is left out. */
export const leafletPaths = (lang: string): string[] => [
  paths.home(lang),
  paths.chapter(lang, 'registration'),
  paths.chapter(lang, 'rights-at-work'),
  paths.chapter(lang, 'police'),
  paths.chapter(lang, 'health'),
  paths.chapter(lang, 'lost-documents'),
  paths.help(lang),
  paths.map(lang),
];

/**
 * Why QR codes cannot be made for this site URL, or undefined when they can. Printed codes must point to
 * the public https address: a localhost or http code on paper would fail (or be hijackable) for years.
 */
export function siteUrlProblem(url: string, isPublic: boolean): string | undefined {
  if (!isPublic) {
    return 'SITE_URL is not set, so the site is built for local preview (http://localhost). Printed QR codes must point to the public address: set SITE_URL=https://… (for example https://ngo.github.io/migrant-guide/).';
  }
  if (!url.startsWith('https://')) {
    return `SITE_URL is "${url}". Printed QR codes must use an https:// address (phones warn about or block http links). Set SITE_URL=https://….`;
  }
  return undefined;
}


/** DejaVu Sans (regular, bold, mono bold) from the dejavu-fonts-ttf package. */
export function loadFonts(projectRoot: string): FontFiles {
  const require = createRequire(join(projectRoot, 'package.json'));
  const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return {
    regular: readFileSync(join(dir, 'DejaVuSans.ttf')),
    bold: readFileSync(join(dir, 'DejaVuSans-Bold.ttf')),
    mono: readFileSync(join(dir, 'DejaVuSansMono-Bold.ttf')),
  };
}

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

export interface ManifestCode {
  code: string;
  lang: string;
  /** The page the code was issued for (registry path). */
  path: string;
  /** Where it leads now: the same path, or its nearest existing parent when the page is gone. */
  target: string;
  title: string;
  url: string;
  shortUrl: string;
  images?: { svg: string; png: string };
}

export interface QrResult {
  added: RegistryEntry[];
  codes: ManifestCode[];
  documents: { lang: string; kind: 'cards' | 'leaflet'; file: string; bytes: number; pages: number }[];
  spec: QrSpec;
  moduleMm: number;
  ms: number;
  /** Milliseconds per step (discover, links, images, pdfs, write), for the benchmark. */
  phases: Record<string, number>;
}

/** File name of a page's image: '/ru/guide/police/' → 'guide-police', '/ru/' → 'home'. */
function imageName(path: string): string {
  const rest = path.split('/').filter(Boolean).slice(1);
  return rest.length ? rest.join('-') : 'home';
}

/**
 * Checks that the built site in distDir was built for this site URL (its home pages' canonical links),
 * so `npm run qr` never mixes a local-preview build with public QR codes.
 */
function checkBuiltFor(distDir: string, siteUrl: string): void {
  const home = join(distDir, defaultLocale, 'index.html');
  if (!existsSync(home)) {
    throw new Error(`No built site in ${distDir} (${defaultLocale}/index.html is missing). Build first: SITE_URL=${siteUrl} npm run build.`);
  }
  const canonical = readFileSync(home, 'utf8').match(/<link rel="canonical" href="([^"]+)"/)?.[1];
  if (canonical && !canonical.startsWith(siteUrl)) {
    throw new Error(`The site in ${distDir} was built for ${new URL(canonical).origin}…, not for ${siteUrl}. Build again with SITE_URL=${siteUrl}.`);
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
  const { registry, added } = assignCodes(previous, pages.map((p) => p.path), today);
  phase('discover');

  const builtFile = (path: string) => join(o.distDir, path.replace(/^\//, ''), 'index.html');
  const exists = (path: string) => pageKind(path) !== 'shortLink' && existsSync(builtFile(path));
  const absolute = (path: string) => new URL(path.replace(/^\//, ''), siteUrl).href;

  const tmp = join(o.distDir, `.qr-tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  try {
    // Short links: every code ever issued, to its page or the nearest parent that still exists.
    const codes: ManifestCode[] = [];
    const byPath = new Map<string, ManifestCode>();
    for (const entry of registry.entries) {
      const target = resolveEntry(entry, exists);
      if (!exists(target)) {
        throw new Error(
          `QR registry ${registry.file}: code "${entry.code}" (${entry.path}) leads nowhere — neither the page nor any page above it is built. Set its "path" to the page that replaced it.`,
        );
      }
      const lang = langOfPath(target) ?? langOfPath(entry.path) ?? defaultLocale;
      const t = makeTranslator(lang, dictionaries);
      const title = pageByPath.get(target)?.title ?? pageTitle(readFileSync(builtFile(target), 'utf8')) ?? t('site.name');
      if (target !== entry.path) log(`QR: code "${entry.code}" was printed for ${entry.path}, which is gone; it now leads to ${target}. If the page moved, set its "path" in ${registry.file}.`);
      put(
        join(tmp, 'q', entry.code, 'index.html'),
        shortLinkHtml({
          htmlLang: locales.find((l) => l.code === lang)!.htmlLang,
          title,
          siteName: t('site.name'),
          text: t('qr.redirect.text'),
          targetHref: withBase(o.base, target),
          canonical: absolute(target),
        }),
      );
      const code: ManifestCode = { code: entry.code, lang, path: entry.path, target, title, url: absolute(target), shortUrl: absolute(shortPathOf(entry.code)) };
      codes.push(code);
      byPath.set(entry.path, code);
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
    const fonts = loadFonts(o.projectRoot);
    const documents: QrResult['documents'] = [];
    let moduleMm = 0;
    for (const l of locales) {
      const t = makeTranslator(l.code, dictionaries);
      const item = (p: QrPage): SheetItem => {
        const c = byPath.get(p.path)!;
        return { title: p.title, qrText: c.shortUrl, shortText: c.shortUrl.replace(/^https:\/\//, '') };
      };
      const langPages = pages.filter((p) => p.lang === l.code);
      if (!langPages.length) continue;
      const cardItems = langPages.map(item);
      const leafletItems = leafletPaths(l.code).filter((p) => pageByPath.has(p)).map((p) => item(pageByPath.get(p)!));
      const base = { htmlLang: l.htmlLang, langName: l.nativeName, siteName: t('site.name'), orType: t('print.orType') };
      const leafletText = {
        ...base,
        heading: t('print.leaflet.title'),
        tagline: t('site.tagline'),
        emergencyTitle: t('home.emergency.title'),
        emergency: emergencyNumbers.map((e) => ({ number: e.number, label: t(e.label) })),
        scanHint: t('print.scanHint'),
        footer: `${t('footer.disclaimer')} ${t('footer.privacy')}`,
      };
      // Every card carries the emergency number and the ambulance.
      const calls = (['112', '103'] as const).map((n) => `${n} ${t(`call.${n}`)}`);
      for (const [name, texts] of [['DejaVu Sans', [...calls, ...Object.values(leafletText).flatMap((v) => (typeof v === 'string' ? [v] : v.map((e) => e.label))), ...cardItems.map((i) => i.title)]], ['DejaVu Sans Mono Bold', cardItems.map((i) => i.shortText)]] as const) {
        checkGlyphs(name === 'DejaVu Sans' ? fonts.bold : fonts.mono, name, [...texts]);
      }
      const cards = await cardsPdf(cardItems, { ...base, heading: t('print.cards.title'), calls }, fonts);
      const leaflet = await leafletPdf(leafletItems, leafletText, fonts);
      moduleMm = Math.min(moduleMm || Infinity, cards.moduleMm, leaflet.moduleMm);
      for (const [kind, pdf] of [['cards', cards], ['leaflet', leaflet]] as const) {
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
        if (!isOurs(name)) cpSync(join(printDir, name), join(tmp, 'print', name), { recursive: true });
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
    for (const l of locales) {
      const page = join(o.distDir, l.code, 'print', 'index.html');
      if (!existsSync(page)) continue;
      const list = codes
        .filter((c) => c.images && c.lang === l.code)
        .map(
          (c) =>
            `<li><a href="${escapeHtml(withBase(o.base, c.path))}">${escapeHtml(c.title)}</a> <code>${escapeHtml(c.shortUrl.replace(/^https:\/\//, ''))}</code> <a href="${escapeHtml(withBase(o.base, c.images!.svg))}" download>SVG</a> · <a href="${escapeHtml(withBase(o.base, c.images!.png))}" download>PNG</a></li>`,
        )
        .join('');
      writeFileAtomic(page, fillCodeList(readFileSync(page, 'utf8'), list));
    }

    phase('write');
    if (added.length) {
      log(`QR: ${added.length} new code(s) added to ${registry.file} (${added.map((a) => `${a.code} ${a.path}`).join(', ')}). Commit that file so these codes stay the same on paper.`);
    }
    return { added, codes, documents, spec: spec ?? qrSpec(absolute('/q/aa/')), moduleMm, ms: performance.now() - started, phases };
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}

/** Writes the registry via a temporary file, so an interrupted write never leaves half a file. */
export function writeRegistry(registry: Registry): void {
  writeFileAtomic(registry.file, serializeRegistry(registry));
}
