/**
 * After the pages are written: the whole guide per language as one HTML file to forward
 * (dist/offline/migrant-guide-<lang>.html), cut from the built pages, so it shows exactly what the site
 * shows, fallbacks and notices included: every chapter, the help page, the Key figures, the facility
 * list of the map page and the video transcripts. The document itself is assembled by
 * src/lib/offline/oneFileGuide.ts. Runs after the QR integration (short links) and before the booklet
 * (booklet.ts), which reads the built pages with the helpers exported here.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locales } from '../config/locales.ts';
import { emergencyNumbers } from '../config/emergency.ts';
import { formatDate, getLocale, makeTranslator } from '../lib/site/i18n.ts';
import { formatSize, ENGLISH_SIZES } from '../lib/site/format.ts';
import { writeFileAtomic } from '../lib/site/files.ts';
import { dictionaries } from '../i18n/index.ts';
import { paths, withBase } from '../lib/site/routes.ts';
import { loadRegistry, shortLinkFor } from '../lib/qr/registry.ts';
import { qrSvg } from '../lib/qr/code.ts';
import { findAll, findFirst, hasClass, serialize, textOf } from '../lib/site/html.ts';
import {
  articleLangOf,
  mainOf,
  offlineDocument,
  withOneFileSize,
  type FileSection,
} from '../lib/offline/oneFileGuide.ts';
import { facilityList } from './facilityList.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

export function readPage(out: string, sitePath: string, what: string): string {
  const file = join(out, sitePath, 'index.html');
  if (!existsSync(file))
    throw new Error(
      `${what}: the page ${sitePath} was not built, so the offline file and booklet cannot include it.`,
    );
  return readFileSync(file, 'utf8');
}

/** Chapters in the order of the guide's contents page, exactly as the site lists them. */
export function chapterList(out: string, lang: string): { slug: string; title: string }[] {
  const main = mainOf(
    readPage(out, paths.guide(lang), `Guide contents (${lang})`),
    `Guide contents (${lang})`,
  );
  const list = findFirst(main, (el) => el.name === 'ol' && hasClass(el, 'chapters'));
  if (!list)
    throw new Error(
      `Guide contents (${lang}): no chapter list (ol.chapters) on ${paths.guide(lang)}.`,
    );
  return findAll(list, (el) => el.name === 'a' && Boolean(el.attrs.href)).map((a) => ({
    slug: a.attrs.href.split('/').filter(Boolean).pop()!,
    title: textOf(a).trim(),
  }));
}

function videoSections(out: string, lang: string, base: string): FileSection[] {
  const dir = join(out, lang, 'videos');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, 'index.html')) && statSync(join(dir, d)).isDirectory())
    .sort()
    .map((slug) => {
      const path = paths.video(lang, slug);
      const main = mainOf(
        readPage(out, path, `Video "${slug}" (${lang})`),
        `Video "${slug}" (${lang})`,
      );
      const h1 = findFirst(main, (el) => el.name === 'h1');
      return {
        id: `video-${slug}`,
        fromPath: withBase(base, path),
        title: h1 ? textOf(h1).trim() : slug,
        html: main.children.map(serialize).join(''),
      };
    });
}

/** Fills the size into the "whole guide in one file" links on the home and help pages. */
function fillSizes(out: string, lang: string, text: string) {
  for (const p of [paths.home(lang), paths.help(lang)]) {
    const file = join(out, p, 'index.html');
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    const next = withOneFileSize(html, text);
    if (next !== html) writeFileAtomic(file, next);
  }
}

export interface SiteInfo {
  url: string;
  base: string;
  isPublic: boolean;
}
export interface OfflineGuideOptions {
  contentRoot: string;
  site: SiteInfo;
}
export interface Log {
  info(m: string): void;
  warn(m: string): void;
}

/** The public address a printed code or link should carry: the page's short link when it has one. */
export function publicUrls(options: OfflineGuideOptions) {
  const registry = loadRegistry(options.contentRoot);
  return (sitePath: string) => {
    const s = shortLinkFor(registry, sitePath);
    return s
      ? new URL(s.shortPath.slice(1), options.site.url).href
      : new URL(sitePath.slice(1), options.site.url).href;
  };
}

/** Time spent, in ms: returned for the benchmark (scripts/bench/offline.ts). */
export interface OneFileGuideTimings {
  pages: number;
  file: number;
}

/** Makes every language's one-file guide in a built site folder `out`. */
export async function makeOneFileGuides(
  out: string,
  options: OfflineGuideOptions,
  logger: Log,
): Promise<OneFileGuideTimings> {
  const { site } = options;
  const spent = { pages: 0, file: 0 };
  let lap = Date.now();
  const tick = (k: keyof typeof spent) => {
    spent[k] += Date.now() - lap;
    lap = Date.now();
  };
  const dicts = dictionaries;
  // The stylesheet travels inside every file: comments and layout whitespace are dropped.
  const css = readFileSync(join(root, 'src/styles/offline-file.css'), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .trim();
  const shortUrl = publicUrls(options);
  const built = process.env.SOURCE_DATE_EPOCH
    ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000)
    : new Date();
  if (!site.isPublic)
    logger.warn(
      'No public https SITE_URL: the offline files carry no QR code (set SITE_URL to give them one).',
    );
  let bytes = 0;

  for (const locale of locales) {
    const lang = locale.code;
    const t = makeTranslator(lang, dicts);
    const chapters = chapterList(out, lang);
    const sections: FileSection[] = [];
    for (const c of chapters) {
      const path = paths.chapter(lang, c.slug);
      const page = readPage(out, path, `Chapter "${c.slug}" (${lang})`);
      // A fallback chapter's article carries the language its text is in: name the file an editor opens.
      const articleLang = articleLangOf(page);
      const contentLang = locales.find((l) => l.htmlLang === articleLang)?.code ?? lang;
      const where = `Chapter "${c.slug}" in ${locale.englishName} (content/guide/${contentLang}/${c.slug}.md)`;
      const main = mainOf(page, where);
      sections.push({
        id: `chapter-${c.slug}`,
        fromPath: withBase(site.base, path),
        title: c.title,
        html: main.children.map(serialize).join(''),
      });
    }
    const figuresPath = paths.figures(lang);
    const figuresMain = mainOf(
      readPage(out, figuresPath, `Key figures (${lang})`),
      `Key figures page in ${locale.englishName} (content/facts/)`,
    );
    const figuresH1 = findFirst(figuresMain, (el) => el.name === 'h1');
    const figuresTitle = figuresH1 ? textOf(figuresH1).trim() : t('figures.title');
    const help = mainOf(
      readPage(out, paths.help(lang), `Help page (${lang})`),
      `Help page (${lang})`,
    );
    const helpTitle = findFirst(help, (el) => el.name === 'h1');
    sections.push({
      id: 'help',
      fromPath: withBase(site.base, paths.help(lang)),
      title: helpTitle ? textOf(helpTitle).trim() : t('help.title'),
      html: help.children.map(serialize).join(''),
    });
    sections.push({
      id: 'figures',
      fromPath: withBase(site.base, figuresPath),
      title: figuresTitle,
      html: figuresMain.children.map(serialize).join(''),
    });
    // The facility list as the map page shows it (the map itself needs tiles from the internet; a list does not).
    const facilities = facilityList(out, lang, readPage);
    if (facilities)
      sections.push({
        id: 'facilities',
        fromPath: withBase(site.base, paths.map(lang)),
        title: facilities.title || t('map.title'),
        html: facilities.main.children.map(serialize).join(''),
      });
    const videos = videoSections(out, lang, site.base);
    if (videos.length)
      sections.push(
        {
          id: 'videos',
          fromPath: withBase(site.base, paths.videos(lang)),
          title: t('onefile.videos'),
          html: `<h1>${t('onefile.videos')}</h1>`,
        },
        ...videos,
      );
    tick('pages');

    const inFile = new Map<string, string>([
      [withBase(site.base, paths.home(lang)), 'top'],
      [withBase(site.base, paths.guide(lang)), 'contents'],
      [withBase(site.base, paths.help(lang)), 'help'],
      [withBase(site.base, figuresPath), 'figures'],
      ...chapters.map(
        (c) =>
          [withBase(site.base, paths.chapter(lang, c.slug)), `chapter-${c.slug}`] as [
            string,
            string,
          ],
      ),
      ...(facilities
        ? [[withBase(site.base, paths.map(lang)), 'facilities'] as [string, string]]
        : []),
      ...(videos.length
        ? [[withBase(site.base, paths.videos(lang)), 'videos'] as [string, string]]
        : []),
      ...videos.map((v) => [v.fromPath, v.id] as [string, string]),
    ]);
    const homeUrl = site.isPublic ? shortUrl(paths.home(lang)) : undefined;
    const html = offlineDocument(
      {
        lang,
        htmlLang: locale.htmlLang,
        dir: locale.dir,
        title: t('onefile.title'),
        intro: [
          t('onefile.language', { lang: locale.nativeName }),
          t('onefile.built', { date: formatDate(built, lang) }),
        ],
        latestUrl: site.isPublic ? new URL(paths.home(lang).slice(1), site.url).href : undefined,
        latestLabel: site.isPublic ? t('onefile.latest') : t('onefile.addressUnknown'),
        qrSvg: homeUrl ? await qrSvg(homeUrl) : undefined,
        emergency: {
          title: t('home.emergency.title'),
          numbers: emergencyNumbers.map((e) => ({ number: e.number, label: t(e.label) })),
        },
        contentsLabel: t('page.contents'),
        backLabel: t('onefile.backToContents'),
        sections,
        css,
      },
      { base: site.base, siteUrl: site.url, inFile },
    );
    writeFileAtomic(join(out, paths.offlineFile(lang)), html);
    bytes += Buffer.byteLength(html);
    fillSizes(
      out,
      lang,
      formatSize(Buffer.byteLength(html), getLocale(lang).intl, {
        KB: t('print.htmlSizeKb', { n: '{n}' }),
        MB: t('print.htmlSizeMb', { n: '{n}' }),
      }),
    );
    tick('file');
  }
  logger.info(
    `One-file guides for ${locales.length} languages (${formatSize(bytes, 'en', ENGLISH_SIZES)} in all) in ${((spent.pages + spent.file) / 1000).toFixed(1)} s.`,
  );
  return spent;
}

export function oneFileGuide(options: OfflineGuideOptions): AstroIntegration {
  return {
    name: 'migrant-guide:one-file-guide',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await makeOneFileGuides(fileURLToPath(dir), options, logger);
      },
    },
  };
}
