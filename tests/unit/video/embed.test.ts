// Embed addresses for hosted videos that track nobody.
import { describe, expect, it } from 'vitest';
import { embedUrl, watchUrl, isVideoId } from '../../../src/lib/video/embed.ts';

describe('embed addresses for hosted videos', () => {
  it('YouTube plays from youtube-nocookie.com, without related videos from other channels', () => {
    const u = new URL(embedUrl('youtube', 'dQw4w9WgXcQ', { lang: 'uz' }));
    expect(u.origin).toBe('https://www.youtube-nocookie.com');
    expect(u.pathname).toBe('/embed/dQw4w9WgXcQ');
    expect(u.searchParams.get('autoplay')).toBe('1');
    expect(u.searchParams.get('rel')).toBe('0');
    expect(u.searchParams.get('hl')).toBe('uz');
    expect(embedUrl('youtube', 'dQw4w9WgXcQ', { autoplay: false })).not.toMatch(/autoplay/);
  });
  it('Vimeo plays with dnt=1', () => {
    const u = new URL(embedUrl('vimeo', '76979871'));
    expect(u.origin).toBe('https://player.vimeo.com');
    expect(u.pathname).toBe('/video/76979871');
    expect(u.searchParams.get('dnt')).toBe('1');
  });
  it('links to the video page when scripts are off', () => {
    expect(watchUrl('youtube', 'dQw4w9WgXcQ')).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(watchUrl('vimeo', '76979871')).toBe('https://vimeo.com/76979871');
  });
  it('refuses unknown providers and ids that could change the address', () => {
    expect(() => embedUrl('dailymotion', 'x')).toThrow(/Unknown video provider "dailymotion"/);
    expect(() => embedUrl('youtube', 'abc"><script')).toThrow(/not a youtube video id/);
    expect(() => embedUrl('vimeo', '12/../x')).toThrow(/not a vimeo video id/);
    expect(isVideoId('youtube', 'https://youtu.be/dQw4w9WgXcQ')).toBe(false);
  });
});
