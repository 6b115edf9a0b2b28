/**
 * The public address of the site, for links that leave the page on paper: the QR code and the
 * short link of a printed briefing. One rule, here only: Astro's `site` when the config sets it,
 * else `SITE_URL` from the environment, else the local preview address.
 */
export const DEFAULT_SITE_URL = 'http://localhost:4321/';

/** The site's base URL, always ending in `/`. */
export function siteUrl(astroSite: URL | undefined, env: Readonly<Record<string, string | undefined>> = process.env): URL {
  const base = astroSite?.href ?? env['SITE_URL'] ?? DEFAULT_SITE_URL;
  return new URL(base.endsWith('/') ? base : `${base}/`);
}

/** The absolute address of a site path such as `/dia-phuong/180-huyen-trang-dinh/`. */
export function absoluteUrl(path: string, astroSite: URL | undefined, env?: Readonly<Record<string, string | undefined>>): string {
  return new URL(path.replace(/^\//, ''), siteUrl(astroSite, env)).href;
}
