/**
 * The whole guide as one HTML file that is forwarded phone to phone (Telegram, WhatsApp, Bluetooth)
 * and opened from the downloads folder with no connection. Pure string work over the built pages:
 * sections are cut from the pages the site itself built, their links turned into in-file anchors
 * (or public addresses for pages not in the file), their ids made unique, and one document assembled.
 */
import { escapeHtml } from '../site/escape.ts';
import {
  findAll,
  findFirst,
  hasClass,
  parseHtml,
  removeAll,
  serialize,
  walk,
  type El,
} from '../site/html.ts';

/** One part of the file: a chapter, the help page, the facility list, the video transcripts. */
export interface FileSection {
  /** Anchor id of the section, e.g. 'chapter-registration', 'help'. */
  id: string;
  /** Site path (with the base) this section's links were written relative to. */
  fromPath: string;
  title: string;
  /** Inner HTML of the section, as cut from the built page. */
  html: string;
}

export interface LinkContext {
  /** The site's base path ('/' or '/mg/'). */
  base: string;
  /** The site's public address, ending in '/'. */
  siteUrl: string;
  /** Site paths with base ('/mg/ru/guide/police/') of the pages in this file → their anchor id. */
  inFile: Map<string, string>;
}

const ID_ATTRS = ['id', 'aria-labelledby', 'aria-describedby', 'for'];

/**
 * Where a link in a section must point inside the file. In-site pages in the file become '#id' (and
 * '#id--fragment' for a heading in them); other in-site pages get their public address; phone, mail and
 * outside links stay as they are.
 */
export function rewriteHref(
  href: string,
  section: { id: string; fromPath: string },
  ctx: LinkContext,
): string {
  if (href.startsWith('#'))
    return href.length > 1 ? `#${section.id}--${href.slice(1)}` : `#${section.id}`;
  if (/^(tel|mailto|sms|geo):/i.test(href)) return href;
  const site = new URL(ctx.siteUrl);
  const resolved = new URL(href, new URL(section.fromPath, site.origin));
  const ownSite = resolved.origin === site.origin && resolved.pathname.startsWith(ctx.base);
  if (!ownSite) return href;
  const path =
    resolved.pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(resolved.pathname)
      ? resolved.pathname
      : `${resolved.pathname}/`;
  const anchor = ctx.inFile.get(path);
  const frag = resolved.hash.slice(1);
  if (anchor) return frag ? `#${anchor}--${frag}` : `#${anchor}`;
  return new URL(path.slice(ctx.base.length) + resolved.search + resolved.hash, ctx.siteUrl).href;
}

/**
 * Makes a cut-out section fit the file: links rewritten, ids prefixed with the section id (every
 * chapter has a "sources-title"), headings moved one level down (the file has one h1), attributes that
 * only mean something on the site (Astro, Pagefind) dropped, media and scripts removed.
 */
export function adaptSection(section: FileSection, ctx: LinkContext): string {
  const tree = parseHtml(section.html);
  removeAll(tree, (el) =>
    [
      'script',
      'style',
      'img',
      'video',
      'audio',
      'iframe',
      'picture',
      'source',
      'track',
      'link',
      'form',
      'button',
      'noscript',
    ].includes(el.name),
  );
  walk(tree, (el: El) => {
    for (const k of Object.keys(el.attrs)) {
      if (
        k.startsWith('data-astro') ||
        k.startsWith('data-pagefind') ||
        k === 'style' ||
        k.startsWith('on')
      )
        delete el.attrs[k];
    }
    for (const k of ID_ATTRS) {
      if (el.attrs[k])
        el.attrs[k] = el.attrs[k]
          .split(/\s+/)
          .map((v) => `${section.id}--${v}`)
          .join(' ');
    }
    if (el.name === 'a' && el.attrs.href !== undefined)
      el.attrs.href = rewriteHref(el.attrs.href, section, ctx);
    // Many boxes in one document: notes, not a row of unnamed complementary landmarks.
    if (el.name === 'aside') {
      el.name = 'div';
      el.attrs.role ??= 'note';
    }
    // Likewise a named <section> is a region landmark: 17 chapters' "Sources" would fill a screen reader's
    // list of landmarks with regions of one name. Each part is the landmark; its sections keep their heading.
    if (el.name === 'section') {
      delete el.attrs['aria-labelledby'];
      delete el.attrs['aria-label'];
    }
    const level = /^h([1-5])$/.exec(el.name);
    if (level) el.name = `h${Number(level[1]) + 1}`;
  });
  return serialize(tree);
}

/**
 * What a copy of a page leaves out: navigation, things that only work online or with the site's script
 * (share buttons, "save offline", hidden-until-scripted parts), the print-only QR footer (the file and
 * the booklet carry their own) and the link to this very file.
 */
export function onlyOnSite(el: El): boolean {
  return (
    el.name === 'nav' ||
    el.name === 'button' ||
    'hidden' in el.attrs ||
    ['no-print', 'print-footer', 'guide-file'].some((c) => hasClass(el, c))
  );
}

/** The `<main>` of a built page without what only works on the site; throws naming the page when there is none. */
export function mainOf(pageHtml: string, label: string): El {
  const main = findFirst(parseHtml(pageHtml), (el) => el.name === 'main');
  if (!main)
    throw new Error(
      `${label}: the built page has no <main> element, so it cannot be put into the offline file.`,
    );
  removeAll(main, onlyOnSite);
  return main;
}

/** The language attribute of a page's <article> (a fallback chapter's text is in another language). */
export function articleLangOf(pageHtml: string): string | undefined {
  return findFirst(parseHtml(pageHtml), (el) => el.name === 'article')?.attrs.lang;
}

/** The page with `text` (the file's size) in its "whole guide in one file" link's data-onefile-size spans. */
export function withOneFileSize(pageHtml: string, text: string): string {
  const tree = parseHtml(pageHtml);
  const spans = findAll(tree, (el) => el.name === 'span' && 'data-onefile-size' in el.attrs);
  if (!spans.length) return pageHtml;
  for (const span of spans) span.children = [{ type: 'text', text }];
  return serialize(tree);
}

export interface OfflineDocument {
  lang: string;
  htmlLang: string;
  dir: string;
  /** Page title and h1. */
  title: string;
  /** Lines under the title: language name, date built, where the latest version lives. */
  intro: string[];
  /** Address of the latest version (shown and linked), or undefined when the build is not public. */
  latestUrl?: string;
  latestLabel: string;
  /** Inline SVG of the QR code for latestUrl. */
  qrSvg?: string;
  /** Emergency numbers shown at the very top, before the contents. */
  emergency: { title: string; numbers: { number: string; label: string }[] };
  contentsLabel: string;
  backLabel: string;
  sections: FileSection[];
  css: string;
}

export function offlineDocument(doc: OfflineDocument, ctx: LinkContext): string {
  const e = escapeHtml;
  const toc = doc.sections
    .map((s) => `<li><a href="#${escapeHtml(s.id)}">${e(s.title)}</a></li>`)
    .join('');
  const body = doc.sections
    .map(
      (s) =>
        `<section id="${escapeHtml(s.id)}" class="part" aria-label="${escapeHtml(s.title)}">${adaptSection(s, ctx)}<p class="back"><a href="#contents">↑ ${e(doc.backLabel)}</a></p></section>`,
    )
    .join('\n');
  const latest = doc.latestUrl
    ? `<p>${e(doc.latestLabel)} <a href="${escapeHtml(doc.latestUrl)}">${e(doc.latestUrl)}</a></p>`
    : `<p>${e(doc.latestLabel)}</p>`;
  const qr = doc.qrSvg ? `<div class="qr" aria-hidden="true">${doc.qrSvg}</div>` : '';
  const phones = doc.emergency.numbers
    .map(
      (n) =>
        `<li class="phone"><a class="tel" href="tel:${escapeHtml(n.number)}">${e(n.number)}</a><span>${e(n.label)}</span></li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="${escapeHtml(doc.htmlLang)}" dir="${escapeHtml(doc.dir)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${e(doc.title)}</title>
<style>${doc.css}</style>
</head>
<body>
<header id="top" class="wrap">
<h1>${e(doc.title)}</h1>
${doc.intro.map((l) => `<p class="meta">${e(l)}</p>`).join('\n')}
<div class="latest">${qr}${latest}</div>
</header>
<main class="wrap">
<section class="emergency" aria-labelledby="top-emergency"><h2 id="top-emergency">${e(doc.emergency.title)}</h2><ul class="phones">${phones}</ul></section>
<nav id="contents" aria-labelledby="contents-title"><h2 id="contents-title">${e(doc.contentsLabel)}</h2><ol class="toc">${toc}</ol></nav>
${body}
</main>
</body>
</html>
`;
}
