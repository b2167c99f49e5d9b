// Slides and caption cues timed to the narration.
import { describe, expect, it } from 'vitest';
import { checkWebVtt } from '../../../src/lib/video/captions.ts';
import { buildTimeline, buildVtt } from '../../../src/lib/video/timeline.ts';

describe('video timeline', () => {
  it('times one caption per sentence exactly to its narration, and the result is valid WebVTT', () => {
    const { timeline, gaps } = buildTimeline(
      [
        { slide: 0, text: 'Title.', seconds: 1.5 },
        { slide: 1, text: 'One.', seconds: 2 },
        { slide: 1, text: 'Two.', seconds: 1 },
      ],
      2,
      0.3,
      1,
    );
    expect(gaps).toEqual([1, 0.3, 1]);
    expect(timeline.slides).toEqual([
      { start: 0, end: 2.5 },
      { start: 2.5, end: 6.8 },
    ]);
    expect(timeline.cues[2]).toEqual({ start: 4.8, end: 5.8, text: 'Two.' });
    const vtt = buildVtt(timeline.cues);
    expect(checkWebVtt(vtt)).toEqual([]);
    expect(vtt).toContain('00:04.800 --> 00:05.800\nTwo.');
  });
});
