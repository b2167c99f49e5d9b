// Every built page: valid HTML, no accessibility violations (axe-core, WCAG 2.2 A/AA rules and landmark
// rules), no Content-Security-Policy violations, and every page fits the reader's phone without sideways
// scrolling. The one-file guides are also checked on a wide screen, and search pages with results.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPhone } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { htmlPages, urlPathOf } from '../../src/lib/site/builtSite.ts';
import { validateHtml } from '../../src/lib/site/htmlValidation.ts';
import { locales } from '../../src/config/locales.ts';
import { paths } from '../../src/lib/site/routes.ts';
import { findAll, parseHtml, textOf } from '../../src/lib/site/html.ts';

const distDir = inject('distDir');
const base = inject('base');
const baseUrl = inject('baseUrl');
const pages = htmlPages(distDir)
  // Short-link redirect pages move on at once. Everything else is here: the offline fallback page, the
  // one-file guides (offline/migrant-guide-<lang>.html) and the search pages of every language included.
  .filter((f) => !/^q[\\/]/.test(f.slice(distDir.length).replace(/^[\\/]/, '')));
const urlOf = (file: string) =>
  new URL(urlPathOf(distDir, base, file).slice(base.length), baseUrl).href;
const at = (path: string) => new URL(path.replace(/^\//, ''), baseUrl).href;
/** A real word to search for in each language: the longest word of its police chapter's title. */
function searchWord(lang: string): string {
  const h1 = findAll(
    parseHtml(readFileSync(join(distDir, lang, 'guide', 'police', 'index.html'), 'utf8')),
    (el) => el.name === 'h1',
  )[0];
  return textOf(h1)
    .split(/[^\p{L}ʻʼ]+/u)
    .sort((a, b) => b.length - a.length)[0];
}
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The one-file guides: the whole guide in one file each, so their axe runs are the long ones. */
const oneFileGuides = new Set(locales.map((l) => join(distDir, paths.offlineFile(l.code))));

/**
 * Opens each URL on a CSP-checking context (overflow measured there) and on an axe context of the
 * given width; returns one line per problem.
 */
async function checkPages(urls: string[], width = 360): Promise<string[]> {
  // axe is injected by the test (bypassing CSP for the injection only); CSP is checked on a normal context.
  const viewport = { width, height: 740 };
  const axeCtx = await openPhone(browser, baseUrl, {
    bypassCSP: true,
    javaScriptEnabled: true,
    viewport,
  });
  const cspCtx = await openPhone(browser, baseUrl, { viewport });
  const problems: string[] = [];
  cspCtx.page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text()))
      problems.push(`${cspCtx.page.url()}: ${m.text()}`);
  });
  for (const url of urls) {
    await cspCtx.page.goto(url, { waitUntil: 'load' });
    const overflow = await cspCtx.page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    if (overflow > 1) problems.push(`${url}: page is ${overflow}px wider than a ${width}px screen`);
    await axeCtx.page.goto(url, { waitUntil: 'load' });
    problems.push(...(await axeViolations(axeCtx.page)));
  }
  await axeCtx.context.close();
  await cspCtx.context.close();
  return problems;
}

// Two groups, each with its own time budget: the pages readers see, and the translators' review pages
// (one per translated page, long, not content pages). Both must pass every check.
const isReview = (file: string) =>
  /^review[\\/]/.test(file.slice(distDir.length).replace(/^[\\/]/, ''));
const groups: [string, string[]][] = [
  ['every built page for readers', pages.filter((f) => !isReview(f))],
  ['every review page for translators', pages.filter(isReview)],
];

describe.each(groups)('%s', (_name, group) => {
  it('exists', () => {
    expect(group.length).toBeGreaterThan(10);
  });

  it('is valid HTML (html-validate)', async () => {
    const problems = await validateHtml(
      group.map((file) => ({ file: file.slice(distDir.length), html: readFileSync(file, 'utf8') })),
    );
    expect(problems).toEqual([]);
  }, 300_000);

  it('has no axe-core violations of WCAG 2.2 A/AA and no CSP violations, and fits 360 px', async () => {
    expect(await checkPages(group.filter((f) => !oneFileGuides.has(f)).map(urlOf))).toEqual([]);
  }, 1_200_000);
});

describe('the one-file guides and search pages', () => {
  it('the one-file guides too, on a phone and on a computer screen', async () => {
    // NGO staff open the one-file guide on a computer to forward or print it: a wide screen lays out
    // source lists on one line each, where tap targets can crowd (WCAG 2.5.8).
    const urls = [...oneFileGuides].map(urlOf);
    expect([...(await checkPages(urls, 360)), ...(await checkPages(urls, 1280))]).toEqual([]);
  }, 900_000);

  it('includes the one-file guides and the search page of every language', () => {
    const served = new Set(pages.map((f) => urlPathOf(distDir, base, f)));
    for (const l of locales) {
      expect(served, paths.offlineFile(l.code)).toContain(
        `${base}${paths.offlineFile(l.code).slice(1)}`,
      );
      expect(served, paths.search(l.code)).toContain(`${base}${paths.search(l.code).slice(1)}`);
    }
  });
});

describe('search pages showing results', () => {
  it('have no axe-core violations, in every language', async () => {
    // Results appear only after a search: links, snippets, the "more" button.
    const violations: string[] = [];
    const phone = await openPhone(browser, baseUrl, { bypassCSP: true });
    for (const l of locales) {
      await phone.page.goto(
        at(`${paths.search(l.code)}?q=${encodeURIComponent(searchWord(l.code))}&all=1`),
        { waitUntil: 'load' },
      );
      await phone.page.waitForFunction(
        () => document.querySelectorAll('[data-search-results] li').length > 0,
        undefined,
        { timeout: 30_000 },
      );
      violations.push(...(await axeViolations(phone.page)));
    }
    await phone.context.close();
    expect(violations).toEqual([]);
  }, 300_000);
});
