/**
 * Addresses for videos hosted elsewhere (YouTube, Vimeo). The page requests nothing from those hosts
 * until the reader presses play; then it loads the privacy-friendly player (youtube-nocookie.com,
 * Vimeo with dnt=1), so watching does not set tracking cookies. With JavaScript off the poster links
 * to the video's own page instead.
 */

export const videoProviders = ['youtube', 'vimeo'] as const;
export type VideoProvider = (typeof videoProviders)[number];

const ID_PATTERN: Record<VideoProvider, RegExp> = {
  // YouTube ids are 11 characters of letters, digits, - and _.
  youtube: /^[A-Za-z0-9_-]{11}$/,
  // Vimeo ids are numbers.
  vimeo: /^\d{5,12}$/,
};

export const idHint: Record<VideoProvider, string> = {
  youtube:
    'the 11 characters after "watch?v=" in the YouTube address, e.g. from https://www.youtube.com/watch?v=XXXXXXXXXXX',
  vimeo:
    'the number at the end of the Vimeo address, e.g. 123456789 from https://vimeo.com/123456789',
};

export function isVideoProvider(p: string): p is VideoProvider {
  return (videoProviders as readonly string[]).includes(p);
}

export function isVideoId(provider: VideoProvider, id: string): boolean {
  return ID_PATTERN[provider].test(id);
}

function checked(provider: string, id: string): VideoProvider {
  if (!isVideoProvider(provider))
    throw new Error(`Unknown video provider "${provider}": use ${videoProviders.join(' or ')}.`);
  if (!isVideoId(provider, id))
    throw new Error(`"${id}" is not a ${provider} video id: use ${idHint[provider]}.`);
  return provider;
}

export interface EmbedOptions {
  /** The reader's language, for the player's own buttons and captions where the host supports it. */
  lang?: string;
  /** Start playing at once (the reader has already pressed play on our poster). Default true. */
  autoplay?: boolean;
}

/** The iframe address, on the host's no-tracking domain or with its do-not-track flag. */
export function embedUrl(provider: string, id: string, options: EmbedOptions = {}): string {
  const p = checked(provider, id);
  const autoplay = options.autoplay ?? true;
  if (p === 'youtube') {
    const url = new URL(`https://www.youtube-nocookie.com/embed/${id}`);
    if (autoplay) url.searchParams.set('autoplay', '1');
    // No "related videos" from other channels at the end; captions in the reader's language when they exist.
    url.searchParams.set('rel', '0');
    if (options.lang) {
      url.searchParams.set('hl', options.lang);
      url.searchParams.set('cc_lang_pref', options.lang);
    }
    return url.href;
  }
  const url = new URL(`https://player.vimeo.com/video/${id}`);
  url.searchParams.set('dnt', '1');
  if (autoplay) url.searchParams.set('autoplay', '1');
  if (options.lang) url.searchParams.set('texttrack', options.lang);
  return url.href;
}

/** The video's own page on the host: the link behind the poster when JavaScript is off. */
export function watchUrl(provider: string, id: string): string {
  const p = checked(provider, id);
  return p === 'youtube' ? `https://www.youtube.com/watch?v=${id}` : `https://vimeo.com/${id}`;
}

/** The hosts an embed of this provider loads from (for tests that watch requests). */
export const embedHosts: Record<VideoProvider, string[]> = {
  youtube: ['www.youtube-nocookie.com', 'www.youtube.com', 'i.ytimg.com'],
  vimeo: ['player.vimeo.com', 'vimeo.com', 'i.vimeocdn.com'],
};
