// Every built page: valid HTML, no accessibility violations (axe-core, WCAG 2.2 A/AA rules), no
// Content-Security-Policy violations, and every page fits the reader's phone without sideways scrolling.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPhone } from './browser.ts';
import { axeViolations } from './axe.ts';
import { htmlPages, urlPathOf } from '../../src/lib/builtSite.ts';
import { validateHtml } from '../../src/lib/htmlValidation.ts';

const distDir = inject('distDir');
const base = inject('base');
const baseUrl = inject('baseUrl');
const pages = htmlPages(distDir)
  // Short-link redirect pages move on at once; the print/offline files are checked by their own tests.
  .filter((f) => !/^(q|offline)[\\/]/.test(f.slice(distDir.length).replace(/^[\\/]/, '')));
const urlOf = (file: string) => new URL(urlPathOf(distDir, base, file).slice(base.length), baseUrl).href;
let browser: Browser;

beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

// Two groups, each with its own time budget: the pages readers see, and the translators' review pages
// (one per translated page, long, not content pages). Both must pass every check.
const isReview = (file: string) => /^review[\\/]/.test(file.slice(distDir.length).replace(/^[\\/]/, ''));
const groups: [string, string[]][] = [
  ['every built page for readers', pages.filter((f) => !isReview(f))],
  ['every review page for translators', pages.filter(isReview)],
];

describe.each(groups)('%s', (_name, group) => {
  it('exists', () => {
    expect(group.length).toBeGreaterThan(10);
  });

  it('is valid HTML (html-validate)', async () => {
    const problems = await validateHtml(group.map((file) => ({ file: file.slice(distDir.length), html: readFileSync(file, 'utf8') })));
    expect(problems).toEqual([]);
  }, 300_000);

  it('has no axe-core violations of WCAG 2.2 A/AA and no CSP violations, and fits 360 px', async () => {
    // axe is injected by the test (bypassing CSP for the injection only); CSP is checked on a normal context.
    const axeCtx = await openPhone(browser, baseUrl, { bypassCSP: true, javaScriptEnabled: true });
    const cspCtx = await openPhone(browser, baseUrl);
    const violations: string[] = [];
    const cspErrors: string[] = [];
    cspCtx.page.on('console', (m) => { if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) cspErrors.push(`${cspCtx.page.url()}: ${m.text()}`); });
    for (const file of group) {
      const url = urlOf(file);
      await cspCtx.page.goto(url, { waitUntil: 'load' });
      const overflow = await cspCtx.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 1) violations.push(`${url}: page is ${overflow}px wider than a 360px screen`);
      await axeCtx.page.goto(url, { waitUntil: 'load' });
      violations.push(...(await axeViolations(axeCtx.page)));
    }
    await axeCtx.context.close();
    await cspCtx.context.close();
    expect(cspErrors).toEqual([]);
    expect(violations).toEqual([]);
  }, 1_200_000);
});
