/**
 * After the pages are written: the whole guide per language as one HTML file to forward
 * (dist/offline/migrant-guide-<lang>.html) and as a printable booklet (dist/print/booklet-<lang>.pdf,
 * A4 sheets for duplex printing; booklet-<lang>-a5.pdf, the same pages in reading order). Both are cut
 * from the built pages, so they show exactly what the site shows, fallbacks and notices included.
 * Runs after the QR integration (short links) and before Pagefind and the service worker.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locales } from '../config/locales.ts';
import { emergencyNumbers } from '../config/emergency.ts';
import { formatDate, formatNumber, makeTranslator, type UiStrings } from '../lib/site/i18n.ts';
import { paths, withBase } from '../lib/site/routes.ts';
import { loadRegistry, shortLinkFor } from '../lib/qr/registry.ts';
import { fillPrintPages } from '../lib/print/documents.ts';
import { qrPng, qrSvg } from '../lib/qr/code.ts';
import { findAll, findFirst, hasClass, serialize, textOf, type El } from '../lib/site/html.ts';
import { articleLangOf, mainOf, offlineDocument, withOneFileSize, type FileSection } from '../lib/offline/oneFileGuide.ts';
import { blocksOf, charsOf, ChapterFormatError, type Block } from '../lib/print/blocks.ts';
import { facilitiesHtml, readFacilities } from '../lib/offline/facilities.ts';
import { buildBooklet, type BookletChapter, type QrMark } from '../lib/print/booklet.ts';
import { bookletMeasure, missingGlyphs, renderA5, renderImposed } from '../lib/print/pdf.ts';


const root = fileURLToPath(new URL('../../', import.meta.url));

function dictionaries(): Record<string, UiStrings> {
  return Object.fromEntries(locales.map((l) => [l.code, JSON.parse(readFileSync(join(root, 'src/i18n', `${l.code}.json`), 'utf8'))]));
}

/** Writes next to the target and renames, so a failed build never leaves half a file in dist/. */
function writeAtomic(file: string, data: string | Uint8Array) {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = join(dirname(file), `.${Date.now()}-${process.pid}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

function readPage(out: string, sitePath: string, what: string): string {
  const file = join(out, sitePath, 'index.html');
  if (!existsSync(file)) throw new Error(`${what}: the page ${sitePath} was not built, so the offline file and booklet cannot include it.`);
  return readFileSync(file, 'utf8');
}

/** Chapters in the order of the guide's contents page, exactly as the site lists them. */
function chapterList(out: string, lang: string): { slug: string; title: string }[] {
  const main = mainOf(readPage(out, paths.guide(lang), `Guide contents (${lang})`), `Guide contents (${lang})`);
  const list = findFirst(main, (el) => el.name === 'ol' && hasClass(el, 'chapters'));
  if (!list) throw new Error(`Guide contents (${lang}): no chapter list (ol.chapters) on ${paths.guide(lang)}.`);
  return findAll(list, (el) => el.name === 'a' && Boolean(el.attrs.href)).map((a) => ({
    slug: a.attrs.href.split('/').filter(Boolean).pop()!,
    title: textOf(a).trim(),
  }));
}

/**
 * A chapter's blocks for print: title first, then the translation notice (its full text, without the
 * one-line summary or the "read the original" link, which mean nothing on paper), then the chapter as
 * on the site.
 */
function chapterBlocks(main: El, where: string): Block[] {
  const article = findFirst(main, (el) => el.name === 'article');
  if (!article) throw new ChapterFormatError(`${where}: the built page has no <article>.`);
  const h1 = findFirst(article, (el) => el.name === 'h1');
  if (!h1) throw new ChapterFormatError(`${where}: the chapter has no title (h1).`);
  const isNotice = (c: El['children'][number]): c is El => c.type === 'el' && hasClass(c, 'notice');
  const notices = article.children.filter(isNotice).map((n) => ({ ...n, children: findAll(n, (el) => el.name === 'p') }));
  // Links to videos mean nothing on paper.
  const body = { ...article, children: article.children.filter((c) => c !== h1 && !(c.type === 'el' && (hasClass(c, 'notice') || hasClass(c, 'chapter-videos')))) };
  return [{ kind: 'heading', level: 1, runs: [{ text: textOf(h1).trim() }] }, ...blocksOf({ ...main, children: notices }, where), ...blocksOf(body, where)];
}

function videoSections(out: string, lang: string, base: string): FileSection[] {
  const dir = join(out, lang, 'videos');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, 'index.html')) && statSync(join(dir, d)).isDirectory())
    .sort()
    .map((slug) => {
      const path = paths.video(lang, slug);
      const main = mainOf(readPage(out, path, `Video "${slug}" (${lang})`), `Video "${slug}" (${lang})`);
      const h1 = findFirst(main, (el) => el.name === 'h1');
      return { id: `video-${slug}`, fromPath: withBase(base, path), title: h1 ? textOf(h1).trim() : slug, html: main.children.map(serialize).join('') };
    });
}

const kb = (bytes: number, lang: string) => formatNumber(Math.max(1, Math.round(bytes / 1024)), lang);

/** Fills the size into the "whole guide in one file" links on the home and help pages. */
function fillSizes(out: string, lang: string, text: string) {
  for (const p of [paths.home(lang), paths.help(lang)]) {
    const file = join(out, p, 'index.html');
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    const next = withOneFileSize(html, text);
    if (next !== html) writeAtomic(file, next);
  }
}

export interface SiteInfo { url: string; base: string; isPublic: boolean }
export interface OfflineGuideOptions { contentRoot: string; site: SiteInfo }
interface Log { info(m: string): void; warn(m: string): void }

/** Time spent per step, in ms: returned for the benchmark (scripts/bench/offline.ts). */
export interface OfflineGuideTimings { total: number; pages: number; file: number; layout: number; qr: number; pdf: number }

/** Makes every language's offline file and booklets in a built site folder `out`. */
export async function makeOfflineGuide(out: string, options: OfflineGuideOptions, logger: Log): Promise<OfflineGuideTimings> {
  const { site } = options;
  const started = Date.now();
  const spent = { pages: 0, file: 0, layout: 0, qr: 0, pdf: 0 };
  let lap = Date.now();
  const tick = (k: keyof typeof spent) => {
    spent[k] += Date.now() - lap;
    lap = Date.now();
  };
  const dicts = dictionaries();
  const css = readFileSync(join(root, 'src/styles/offline-file.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\n+/g, '');
  const registry = loadRegistry(options.contentRoot);
  const built = process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : new Date();
  const shortUrl = (sitePath: string) => {
    const s = shortLinkFor(registry, sitePath);
    return s ? new URL(s.shortPath.slice(1), site.url).href : new URL(sitePath.slice(1), site.url).href;
  };
  const shown = (url: string) => url.replace(/^https:\/\//, '');
  if (!site.isPublic) logger.warn('No public https SITE_URL: the booklets are skipped and the offline files carry no QR code (set SITE_URL to make them).');
  const measure = site.isPublic ? await bookletMeasure() : undefined;

  for (const locale of locales) {
    const lang = locale.code;
    const t = makeTranslator(lang, dicts);
    const chapters = chapterList(out, lang);
    const sections: FileSection[] = [];
    const bookletChapters: BookletChapter[] = [];
    for (const c of chapters) {
      const path = paths.chapter(lang, c.slug);
      const page = readPage(out, path, `Chapter "${c.slug}" (${lang})`);
      // A fallback chapter's article carries the language its text is in: name the file an editor opens.
      const articleLang = articleLangOf(page);
      const contentLang = locales.find((l) => l.htmlLang === articleLang)?.code ?? lang;
      const where = `Chapter "${c.slug}" in ${locale.englishName} (content/guide/${contentLang}/${c.slug}.md)`;
      const main = mainOf(page, where);
      sections.push({ id: `chapter-${c.slug}`, fromPath: withBase(site.base, path), title: c.title, html: main.children.map(serialize).join('') });
      if (measure) {
        const blocks = chapterBlocks(mainOf(page, where), where);
        const missing = missingGlyphs(charsOf(blocks));
        if (missing.length) throw new ChapterFormatError(`${where}: the booklet font cannot print ${missing.map((m) => `"${m}" (U+${m.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')}. Replace these characters in the text.`);
        const url = shortUrl(path);
        bookletChapters.push({ slug: c.slug, title: c.title, blocks, qr: { url, label: t('booklet.chapterOnline'), shown: shown(url) } });
      }
    }
    // Key figures (amounts, fines, deadlines with their sources): after the chapters, in both.
    const figuresPath = paths.figures(lang);
    const figuresPage = readPage(out, figuresPath, `Key figures (${lang})`);
    const figuresWhere = `Key figures page in ${locale.englishName} (content/facts/)`;
    const figuresMain = mainOf(figuresPage, figuresWhere);
    const figuresH1 = findFirst(figuresMain, (el) => el.name === 'h1');
    const figuresTitle = figuresH1 ? textOf(figuresH1).trim() : t('figures.title');
    if (measure) {
      const url = shortUrl(figuresPath);
      bookletChapters.push({ slug: 'figures', title: figuresTitle, blocks: chapterBlocks(mainOf(figuresPage, figuresWhere), figuresWhere), qr: { url, label: t('booklet.chapterOnline'), shown: shown(url) } });
    }
    tick('pages');
    const help = mainOf(readPage(out, paths.help(lang), `Help page (${lang})`), `Help page (${lang})`);
    const helpTitle = findFirst(help, (el) => el.name === 'h1');
    sections.push({ id: 'help', fromPath: withBase(site.base, paths.help(lang)), title: helpTitle ? textOf(helpTitle).trim() : t('help.title'), html: help.children.map(serialize).join('') });
    sections.push({ id: 'figures', fromPath: withBase(site.base, figuresPath), title: figuresTitle, html: figuresMain.children.map(serialize).join('') });
    const facilities = readFacilities(join(options.contentRoot, 'facilities'), lang);
    if (facilities.length) {
      sections.push({ id: 'facilities', fromPath: withBase(site.base, paths.map(lang)), title: t('onefile.facilities'), html: facilitiesHtml(facilities, { title: t('onefile.facilities'), intro: t('onefile.facilitiesIntro'), source: t('help.source'), settlement: t('onefile.settlement'), noAddress: t('map.entry.noAddress'), serves: t('map.entry.serves') }) });
    }
    const videos = videoSections(out, lang, site.base);
    if (videos.length) sections.push({ id: 'videos', fromPath: withBase(site.base, paths.videos(lang)), title: t('onefile.videos'), html: `<h1>${t('onefile.videos')}</h1>` }, ...videos);

    const inFile = new Map<string, string>([
      [withBase(site.base, paths.home(lang)), 'top'],
      [withBase(site.base, paths.guide(lang)), 'contents'],
      [withBase(site.base, paths.help(lang)), 'help'],
      [withBase(site.base, figuresPath), 'figures'],
      ...chapters.map((c) => [withBase(site.base, paths.chapter(lang, c.slug)), `chapter-${c.slug}`] as [string, string]),
      ...(facilities.length ? [[withBase(site.base, paths.map(lang)), 'facilities'] as [string, string]] : []),
      ...(videos.length ? [[withBase(site.base, paths.videos(lang)), 'videos'] as [string, string]] : []),
      ...videos.map((v) => [v.fromPath, v.id] as [string, string]),
    ]);
    const homeUrl = site.isPublic ? shortUrl(paths.home(lang)) : undefined;
    const date = formatDate(built, lang);
    const html = offlineDocument(
      {
        lang,
        htmlLang: locale.htmlLang,
        dir: locale.dir,
        title: t('onefile.title'),
        intro: [t('onefile.language', { lang: locale.nativeName }), t('onefile.built', { date })],
        latestUrl: site.isPublic ? new URL(paths.home(lang).slice(1), site.url).href : undefined,
        latestLabel: site.isPublic ? t('onefile.latest') : t('onefile.addressUnknown'),
        qrSvg: homeUrl ? await qrSvg(homeUrl) : undefined,
        emergency: { title: t('home.emergency.title'), numbers: emergencyNumbers.map((e) => ({ number: e.number, label: t(e.label) })) },
        contentsLabel: t('page.contents'),
        backLabel: t('onefile.backToContents'),
        sections,
        css,
      },
      { base: site.base, siteUrl: site.url, inFile },
    );
    writeAtomic(join(out, paths.offlineFile(lang)), html);
    fillSizes(out, lang, t('onefile.size', { size: kb(Buffer.byteLength(html), lang) }));
    tick('file');

    if (measure) {
      const home: QrMark = { url: homeUrl!, label: t('onefile.latest'), shown: shown(new URL(paths.home(lang).slice(1), site.url).href) };
      const { pages } = buildBooklet(
        {
          siteName: t('site.name'),
          title: t('guide.title'),
          tagline: t('site.tagline'),
          languageLine: locale.nativeName,
          builtLine: t('booklet.version', { date }),
          home,
          contentsLabel: t('page.contents'),
          chapters: bookletChapters,
          emergency: { title: t('home.emergency.title'), numbers: emergencyNumbers.map((e) => ({ number: e.number, label: t(e.label) })), note: t('footer.disclaimer') },
        },
        measure,
      );
      tick('layout');
      const qrPngs = new Map<string, Uint8Array>();
      for (const url of [home.url, ...bookletChapters.map((c) => c.qr!.url)]) if (!qrPngs.has(url)) qrPngs.set(url, await qrPng(url, 300));
      const meta = { title: `${t('site.name')} — ${locale.nativeName}`, lang: locale.htmlLang, qrPngs };
      const a5 = await renderA5(pages, meta);
      writeAtomic(join(out, paths.bookletA5(lang)), a5);
      writeAtomic(join(out, paths.booklet(lang)), await renderImposed(pages, meta));
      tick('pdf');
    }
  }
  // The print pages list the booklets and the file with their sizes once they exist.
  fillPrintPages(out, locales.map((l) => l.code));
  const total = Date.now() - started;
  logger.info(`Offline files${measure ? ' and booklets' : ''} for ${locales.length} languages in ${(total / 1000).toFixed(1)} s (reading pages ${spent.pages} ms, files ${spent.file} ms, layout ${spent.layout} ms, QR ${spent.qr} ms, PDF ${spent.pdf} ms).`);
  return { total, ...spent };
}

export function offlineGuide(options: OfflineGuideOptions): AstroIntegration {
  return {
    name: 'migrant-guide:offline-guide',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await makeOfflineGuide(fileURLToPath(dir), options, logger);
      },
    },
  };
}
