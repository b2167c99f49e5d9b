/**
 * Site-wide settings in one place. Values that differ per deployment come from the environment so the
 * same commit can be built for GitHub Pages, an NGO's own domain or a local preview.
 */
import { resolveSiteUrl } from '../lib/siteUrl.ts';

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
} as const;
