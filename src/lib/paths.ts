/** withBase(path) prefixes a site-relative path with the configured base path. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path.replace(/^\/+/, '')}`;
}

/** absoluteUrl(path, site) makes a full URL for canonical, Open Graph and embed links. */
export function absoluteUrl(path: string, site: URL | string | undefined, base: string = import.meta.env.BASE_URL): string {
  const relative = withBase(path, base);
  return site ? new URL(relative, site).href : relative;
}
