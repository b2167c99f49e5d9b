/**
 * Site-wide settings in one place. Values that differ per deployment come from the environment so the
 * same commit can be built for GitHub Pages, an NGO's own domain or a local preview.
 */

/**
 * Works out the public URL and the base path from the environment. Pure, so astro.config, scripts
 * and tests agree on one answer.
 *
 * SITE_URL (e.g. https://ngo.github.io/migrant-guide/) sets both; GitHub Actions builds get the Pages
 * URL from GITHUB_REPOSITORY when SITE_URL is not set. Without either, the site is built for local
 * preview at http://localhost:4321/ and marked not public (QR codes refuse to encode it).
 */
export interface ResolvedSiteUrl {
  url: string;
  base: string;
  isPublic: boolean;
}

export const LOCAL_PREVIEW_URL = 'http://localhost:4321/';

export function resolveSiteUrl(env: Record<string, string | undefined>): ResolvedSiteUrl {
  let raw = env.SITE_URL?.trim();
  let isPublic = Boolean(raw);
  if (!raw && env.GITHUB_ACTIONS === 'true' && env.GITHUB_REPOSITORY) {
    const [owner, repo] = env.GITHUB_REPOSITORY.split('/');
    raw =
      repo.toLowerCase() === `${owner.toLowerCase()}.github.io`
        ? `https://${owner.toLowerCase()}.github.io/`
        : `https://${owner.toLowerCase()}.github.io/${repo}/`;
    isPublic = true;
  }
  if (!raw) raw = LOCAL_PREVIEW_URL;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new Error(
      `SITE_URL is "${raw}", which is not a URL. Expected something like https://owner.github.io/repo/.`,
    );
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`SITE_URL must start with https:// (got "${raw}").`);
  }
  if (parsed.search || parsed.hash) {
    throw new Error(`SITE_URL must not have a query or #fragment (got "${raw}").`);
  }
  const base = parsed.pathname.endsWith('/') ? parsed.pathname : `${parsed.pathname}/`;
  return { url: `${parsed.origin}${base}`, base, isPublic };
}

const resolved = resolveSiteUrl(process.env);

/**
 * Where editors' content lives, relative to the project root. Only the browser tests change it, to
 * build from a copy of content/ with one translation removed (to see a real fallback page).
 */
export const contentDir = process.env.CONTENT_DIR ?? './content';

export const site = {
  name: 'migrant-guide',
  /** Absolute origin + base path the site is served from, always ending in '/'. */
  url: resolved.url,
  /** Path prefix the site lives under ('/' or e.g. '/migrant-guide/'). */
  base: resolved.base,
  /** True when SITE_URL was given: only then are canonical links and QR codes meant for the public. */
  isPublic: resolved.isPublic,
  /**
   * Where editors change content. Used for "suggest an edit" links; set REPO_URL (GitHub Actions sets
   * GITHUB_REPOSITORY) so the links point to the real repository.
   */
  repoUrl:
    process.env.REPO_URL ??
    (process.env.GITHUB_REPOSITORY ? `https://github.com/${process.env.GITHUB_REPOSITORY}` : ''),
  repoBranch: process.env.REPO_BRANCH ?? 'main',
  /** The only other host a page may contact: map tiles, and only on the map page. */
  tiles: {
    url: process.env.TILE_URL ?? 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    attribution:
      process.env.TILE_ATTRIBUTION ??
      '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
    maxZoom: 19,
  },
  search: {
    /**
     * How many word positions Pagefind puts in one index file (its default is 20,000). A first search
     * downloads the one file that holds the word typed; at the default that file alone took a first
     * search over the 100 KB budget. At 2,000 a file is small (a few more files a language, a little
     * more in the meta file) and stays that size as the guide grows; `npm run bench` has the figures.
     * Pagefind reads this from PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, a knob it marks unstable: if a new
     * version drops it nothing breaks, first searches only grow again, and `npm run bench` shows it.
     * The variable, when set, wins (to try other sizes).
     */
    indexChunkSize: Number(process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ?? 2000),
  },
} as const;

/**
 * The day the build takes as today: BUILD_DATE=YYYY-MM-DD when set (tests and CI pass a fixed date so
 * no result depends on the calendar), else the clock. Used for figures whose validity has ended.
 */
export function buildToday(env: Record<string, string | undefined> = process.env): Date {
  const given = env.BUILD_DATE;
  if (given !== undefined && given !== '') {
    const d = new Date(`${given}T00:00:00Z`);
    if (
      !/^\d{4}-\d{2}-\d{2}$/.test(given) ||
      Number.isNaN(d.getTime()) ||
      d.toISOString().slice(0, 10) !== given
    ) {
      throw new Error(
        `BUILD_DATE is "${given}": expected a date written as YYYY-MM-DD, e.g. 2026-12-06`,
      );
    }
    return d;
  }
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
