/**
 * After the one-file guides: the printable booklet per language (dist/print/booklet-<lang>.pdf, A4
 * sheets for duplex printing; booklet-<lang>-a5.pdf, the same pages in reading order), cut from the
 * built pages like the one-file guide: every chapter, the Key figures and the facility list of the map
 * page, each with a QR code to its page. Needs a public https SITE_URL (the codes must lead somewhere).
 * Layout: src/lib/print/booklet.ts; drawing: src/lib/print/pdf.ts. Then the print pages get the sizes.
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locales } from '../config/locales.ts';
import { emergencyNumbers } from '../config/emergency.ts';
import { formatDate, makeTranslator } from '../lib/site/i18n.ts';
import { paths } from '../lib/site/routes.ts';
import { fillPrintPages } from './printPages.ts';
import { qrPng } from '../lib/qr/code.ts';
import {
  findAll,
  findFirst,
  hasClass,
  removeAll,
  textOf,
  walk,
  type El,
} from '../lib/site/html.ts';
import { articleLangOf, mainOf } from '../lib/offline/oneFileGuide.ts';
import { blocksOf, charsOf, ChapterFormatError, type Block } from '../lib/print/blocks.ts';
import { buildBooklet, type BookletChapter, type QrMark } from '../lib/print/booklet.ts';
import { bookletMeasure, renderA5, renderImposed } from '../lib/print/pdf.ts';
import { missingGlyphs } from '../lib/print/glyphs.ts';
import { writeFileAtomic } from '../lib/site/files.ts';
import { dictionaries } from '../i18n/index.ts';
import {
  chapterList,
  publicUrls,
  readPage,
  type Log,
  type OfflineGuideOptions,
} from './oneFileGuide.ts';
import { facilityList } from './facilityList.ts';

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
  const notices = article.children
    .filter(isNotice)
    .map((n) => ({ ...n, children: findAll(n, (el) => el.name === 'p') }));
  // Links to videos mean nothing on paper.
  const body = {
    ...article,
    children: article.children.filter(
      (c) =>
        c !== h1 && !(c.type === 'el' && (hasClass(c, 'notice') || hasClass(c, 'chapter-videos'))),
    ),
  };
  return [
    { kind: 'heading', level: 1, runs: [{ text: textOf(h1).trim() }] },
    ...blocksOf({ ...main, children: notices }, where),
    ...blocksOf(body, where),
  ];
}

/** The facility list for print: the map page's list without its scripts and the buttons that open a map app. */
function facilityBlocks(main: El, where: string): Block[] {
  removeAll(
    main,
    (el) => el.name === 'script' || el.name === 'style' || hasClass(el, 'directions'),
  );
  // On paper an entry is a block under its name, not a bullet point.
  walk(main, (el) => {
    if (
      (el.name === 'ul' && hasClass(el, 'facilities')) ||
      (el.name === 'li' && hasClass(el, 'facility'))
    )
      el.name = 'div';
  });
  return blocksOf(main, where);
}

/** Stops the build when the booklet font lacks a character, naming the page and the characters. */
function checkGlyphs(blocks: Block[], where: string) {
  const missing = missingGlyphs(charsOf(blocks));
  if (missing.length)
    throw new ChapterFormatError(
      `${where}: the booklet font cannot print ${missing.map((m) => `"${m}" (U+${m.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')}. Replace these characters in the text.`,
    );
}

/** Time spent, in ms: returned for the benchmark (scripts/bench/offline.ts). */
export interface BookletTimings {
  pages: number;
  layout: number;
  qr: number;
  pdf: number;
}

/** Makes every language's booklets in a built site folder `out` (none without a public https address). */
export async function makeBooklets(
  out: string,
  options: OfflineGuideOptions,
  logger: Log,
): Promise<BookletTimings> {
  const { site } = options;
  const spent = { pages: 0, layout: 0, qr: 0, pdf: 0 };
  let lap = Date.now();
  const tick = (k: keyof typeof spent) => {
    spent[k] += Date.now() - lap;
    lap = Date.now();
  };
  if (!site.isPublic) {
    logger.warn('No public https SITE_URL: the booklets are skipped (set SITE_URL to make them).');
    fillPrintPages(
      out,
      locales.map((l) => l.code),
    );
    return spent;
  }
  const dicts = dictionaries;
  const shortUrl = publicUrls(options);
  const shown = (url: string) => url.replace(/^https:\/\//, '');
  const built = process.env.SOURCE_DATE_EPOCH
    ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000)
    : new Date();
  const measure = await bookletMeasure();
  let sheets = 0;

  for (const locale of locales) {
    const lang = locale.code;
    const t = makeTranslator(lang, dicts);
    const online = (sitePath: string) => {
      const url = shortUrl(sitePath);
      return { url, label: t('booklet.chapterOnline'), shown: shown(url) };
    };
    const chapters: BookletChapter[] = [];
    for (const c of chapterList(out, lang)) {
      const path = paths.chapter(lang, c.slug);
      const page = readPage(out, path, `Chapter "${c.slug}" (${lang})`);
      // A fallback chapter's article carries the language its text is in: name the file an editor opens.
      const articleLang = articleLangOf(page);
      const contentLang = locales.find((l) => l.htmlLang === articleLang)?.code ?? lang;
      const where = `Chapter "${c.slug}" in ${locale.englishName} (content/guide/${contentLang}/${c.slug}.md)`;
      const blocks = chapterBlocks(mainOf(page, where), where);
      checkGlyphs(blocks, where);
      chapters.push({ slug: c.slug, title: c.title, blocks, qr: online(path) });
    }
    // Key figures (amounts, fines, deadlines with their sources), then the clinics: after the chapters.
    const figuresPath = paths.figures(lang);
    const figuresWhere = `Key figures page in ${locale.englishName} (content/facts/)`;
    const figuresMain = mainOf(readPage(out, figuresPath, `Key figures (${lang})`), figuresWhere);
    const figuresH1 = findFirst(figuresMain, (el) => el.name === 'h1');
    chapters.push({
      slug: 'figures',
      title: figuresH1 ? textOf(figuresH1).trim() : t('figures.title'),
      blocks: chapterBlocks(figuresMain, figuresWhere),
      qr: online(figuresPath),
    });
    const facilities = facilityList(out, lang, readPage);
    if (facilities) {
      const where = `Facility list in ${locale.englishName} (content/facilities/)`;
      const blocks = facilityBlocks(facilities.main, where);
      checkGlyphs(blocks, where);
      chapters.push({
        slug: 'facilities',
        title: facilities.title || t('map.title'),
        blocks,
        qr: online(paths.map(lang)),
      });
    }
    tick('pages');

    const home: QrMark = {
      url: shortUrl(paths.home(lang)),
      label: t('onefile.latest'),
      shown: shown(new URL(paths.home(lang).slice(1), site.url).href),
    };
    const { pages } = buildBooklet(
      {
        siteName: t('site.name'),
        title: t('guide.title'),
        tagline: t('site.tagline'),
        languageLine: locale.nativeName,
        builtLine: t('booklet.version', { date: formatDate(built, lang) }),
        home,
        contentsLabel: t('page.contents'),
        chapters,
        emergency: {
          title: t('home.emergency.title'),
          numbers: emergencyNumbers.map((e) => ({ number: e.number, label: t(e.label) })),
          note: t('footer.disclaimer'),
        },
      },
      measure,
    );
    tick('layout');
    const qrPngs = new Map<string, Uint8Array>();
    for (const url of [home.url, ...chapters.map((c) => c.qr!.url)])
      if (!qrPngs.has(url)) qrPngs.set(url, await qrPng(url, 300));
    tick('qr');
    const meta = {
      title: `${t('site.name')} — ${locale.nativeName}`,
      lang: locale.htmlLang,
      qrPngs,
    };
    writeFileAtomic(join(out, paths.bookletA5(lang)), await renderA5(pages, meta));
    writeFileAtomic(join(out, paths.booklet(lang)), await renderImposed(pages, meta));
    sheets += pages.length;
    tick('pdf');
  }
  // The print pages list the booklets and the one-file guide with their sizes, now that both exist.
  fillPrintPages(
    out,
    locales.map((l) => l.code),
  );
  logger.info(
    `Booklets for ${locales.length} languages (${sheets} A5 pages in all) in ${((spent.pages + spent.layout + spent.qr + spent.pdf) / 1000).toFixed(1)} s.`,
  );
  return spent;
}

export function booklet(options: OfflineGuideOptions): AstroIntegration {
  return {
    name: 'migrant-guide:booklet',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await makeBooklets(fileURLToPath(dir), options, logger);
      },
    },
  };
}
