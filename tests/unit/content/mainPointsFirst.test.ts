import { describe, expect, it } from 'vitest';
import { renderMarkdown as render } from '../../support/renderMarkdown.ts';

describe('main points before a leading box', () => {
  const main = '## Main points\n\n- First point.\n';
  it('moves boxes that open a chapter to just after its first list', () => {
    const out = render(`> [!IMPORTANT]\n> For citizens of Tajikistan.\n\n${main}\nMore.\n\n## Next\n`);
    expect(out.indexOf('First point')).toBeLessThan(out.indexOf('For citizens'));
    expect(out.indexOf('For citizens')).toBeLessThan(out.indexOf('More.'));
    expect(out.trimStart().startsWith('<h2')).toBe(true);
    expect(out.match(/callout-important/g)).toHaveLength(1);
  });
  it('leaves a chapter alone when it starts with its heading, with text, or has no list under it', () => {
    const box = '> [!IMPORTANT]\n> For citizens of Tajikistan.\n';
    const order = (md: string) => { const out = render(md); return [out.indexOf('For citizens'), out.indexOf('Main points')]; };
    const [b1, m1] = order(`${main}\n${box}`);
    expect(m1).toBeLessThan(b1);
    const [b2, m2] = order(`Intro.\n\n${box}\n${main}`);
    expect(b2).toBeLessThan(m2);
    const [b3, m3] = order(`${box}\n## Main\n\nText.\n`.replace('## Main', '## Main points'));
    expect(b3).toBeLessThan(m3);
  });
  it('moves nothing in a video page', () => {
    const out = render(`> [!IMPORTANT]\n> For citizens.\n\n${main}`, 'ru', 'videos');
    expect(out.indexOf('For citizens')).toBeLessThan(out.indexOf('First point'));
  });
});
