// Video slides: text broken into lines by the shared line breaker, drawn as SVG.
import { describe, expect, it } from 'vitest';
import { slideSvg, wrapSlideText } from '../../../src/lib/video/slides.ts';

describe('video slides', () => {
  it('wraps slide text, keeping short brackets together', () => {
    expect(wrapSlideText('в системе полиции (ИС МП).', 18)).toEqual([
      'в системе полиции',
      '(ИС МП).',
    ]);
  });
  it('gives a word longer than the line a line of its own', () => {
    expect(wrapSlideText('go to egov.kz/cms/ru/services/migration now', 10)).toEqual([
      'go to',
      'egov.kz/cms/ru/services/migration',
      'now',
    ]);
  });
  it('draws slides as SVG with the text escaped', () => {
    const svg = slideSvg({ title: 'A & B', text: 'Call <112>', label: 'Step 1 of 2', lang: 'en' });
    expect(svg).toMatch(/^<svg/);
    expect(svg).toContain('A &amp; B');
    expect(svg).toContain('Call &lt;112&gt;');
  });
});
