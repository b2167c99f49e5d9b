import { describe, expect, it } from 'vitest';
import { mainPointsFirst } from '../../../src/lib/content/mainPointsFirst.ts';

const box = '<div class="callout callout-important" role="note" data-callout="important"><p class="callout-label">Important</p><p>For citizens of Tajikistan.</p></div>';
const main = '<h2 id="main">Main points</h2>\n<ul>\n<li>First point.</li>\n</ul>';

describe('main points before a leading box', () => {
  it('moves boxes that open a chapter to just after its first list', () => {
    const out = mainPointsFirst(`${box}\n${main}\n<p>More.</p>\n<h2>Next</h2>`);
    expect(out.indexOf('First point')).toBeLessThan(out.indexOf('For citizens'));
    expect(out.indexOf('For citizens')).toBeLessThan(out.indexOf('More.'));
    expect(out.startsWith('<h2 id="main">')).toBe(true);
    expect(out.match(/callout-important/g)).toHaveLength(1);
  });
  it('leaves a chapter alone when it starts with its heading, with text, or has no list under it', () => {
    const plain = `${main}\n${box}`;
    expect(mainPointsFirst(plain)).toBe(plain);
    const intro = `<p>Intro.</p>\n${box}\n${main}`;
    expect(mainPointsFirst(intro)).toBe(intro);
    const noList = `${box}\n<h2>Main</h2>\n<p>Text.</p>`;
    expect(mainPointsFirst(noList)).toBe(noList);
  });
});
