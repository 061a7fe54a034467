/** Where the built site will live. */
export interface Deployment {
  /** Absolute origin (and path) of the site, used for canonical and Open Graph URLs. */
  site: string;
  /** Path prefix the site is served under, always starting and ending with "/". */
  base: string;
}

/** Default origin when SITE_URL is not set: the local preview server. */
export const DEFAULT_SITE_URL = 'http://127.0.0.1:4321';

/**
 * resolveDeployment(env) reads SITE_URL and BASE_PATH, normalising the base to "/…/".
 * Throws, naming the variable, on a SITE_URL that is not an absolute http(s) origin (a path belongs in BASE_PATH).
 */
export function resolveDeployment(env: Record<string, string | undefined>): Deployment {
  const rawSite = env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(rawSite);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://example.org, got "${rawSite}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`SITE_URL must use http or https, got "${rawSite}"`);
  }
  // Only the origin is used, so a path here would be dropped without a word: ask for BASE_PATH instead.
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(
      `SITE_URL is the origin only, such as https://news.example.org; put the path in BASE_PATH (got SITE_URL="${rawSite}")`,
    );
  }
  const rawBase = env.BASE_PATH?.trim() || '/';
  if (/[?#\s]/.test(rawBase) || rawBase.includes('..')) {
    throw new Error(`BASE_PATH must be a plain path such as /news/roundabout/, got "${rawBase}"`);
  }
  const base = `/${rawBase.split('/').filter(Boolean).join('/')}/`.replace('//', '/');
  return { site: url.origin, base };
}
