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
