// axe-core (WCAG 2.2 A/AA rules, and the landmark rules) on the page as it is now: injected by the test, so the page must be
// opened in a context with bypassCSP (the injection only; CSP is checked elsewhere on a normal context).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * axe files its landmark rules under "best practice", not under a WCAG criterion, so the tags above leave
 * them out; landmarks are how a screen-reader user jumps around a page, so they are switched on here (two
 * search forms with no names to tell them apart were found this way).
 */
const LANDMARK_RULES = Object.fromEntries(
  [
    'landmark-unique',
    'landmark-one-main',
    'landmark-no-duplicate-banner',
    'landmark-no-duplicate-contentinfo',
    'landmark-no-duplicate-main',
    'landmark-banner-is-top-level',
    'landmark-contentinfo-is-top-level',
    'landmark-main-is-top-level',
    'landmark-complementary-is-top-level',
  ].map((id) => [id, { enabled: true }]),
);

interface AxeNode {
  target: string[];
  html: string;
}
interface AxeViolation {
  id: string;
  help: string;
  nodes: AxeNode[];
}

/**
 * One line per violation: page address, rule, what it asks for, and up to three elements.
 * `allow(rule, node)`: a finding the caller has a documented reason to accept (see its comment).
 */
export async function axeViolations(
  page: Page,
  allow: (rule: string, node: AxeNode) => boolean = () => false,
): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  // Long lists use content-visibility: auto, so entries far from the screen are not laid out and axe
  // would measure their links as 0 px; a phone lays each out before it comes into view.
  await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
  const result = await page.evaluate(
    (rules) =>
      // @ts-expect-error axe is injected above
      window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        rules,
      }),
    LANDMARK_RULES,
  );
  return (result.violations as AxeViolation[])
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !allow(v.id, n)) }))
    .filter((v) => v.nodes.length > 0)
    .map(
      (v) =>
        `${page.url()}: ${v.id} (${v.help}) at ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join('; ')}`,
    );
}
