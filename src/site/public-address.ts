/**
 * The public address of the site, for what leaves the page: canonical and Open Graph tags, the
 * sitemap, the RSS feed, the `url` columns of the downloads, the QR code and link of a printed
 * briefing. One rule, here only: Astro's `site` when the config sets it, else `SITE_URL` from the
 * environment, else none.
 *
 * With no public address the build never makes one up (a printed briefing or a downloaded
 * spreadsheet would carry a dead development link): links are written site-relative
 * (`/dia-phuong/180-huyen-trang-dinh/`), briefings carry no QR code, pages no canonical or
 * `og:url`, and the sitemap and RSS feed, which need absolute addresses, are not written.
 * A `SITE_URL` that is not a public http(s) address stops the build with an explanation.
 */

type Env = Readonly<Record<string, string | undefined>>;

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$/i;

/** Why `value` cannot be the public address, or null when it can. */
function problemWith(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'it is not an absolute address';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `its scheme is ${url.protocol} (expected https: or http:)`;
  if (LOOPBACK.test(url.hostname)) return `${url.hostname} is this machine, not an address readers can reach`;
  if (url.search || url.hash) return 'it has a query or fragment';
  return null;
}

/**
 * The site's public base URL, always ending in `/`, or null when none is configured.
 * Throws when `SITE_URL` is set to something that is not a public http(s) address.
 */
export function publicAddressOf(astroSite: URL | undefined, env: Env = process.env): URL | null {
  const base = astroSite?.href ?? (env['SITE_URL']?.trim() || undefined);
  if (base === undefined) return null;
  const problem = problemWith(base);
  if (problem) {
    throw new Error(
      `SITE_URL="${base}" cannot be the site's public address: ${problem}. Set SITE_URL to the address readers will use (for example SITE_URL=https://<domain>/), or leave it unset to build with site-relative links only (no QR codes, canonical tags, sitemap or RSS).`,
    );
  }
  return new URL(base.endsWith('/') ? base : `${base}/`);
}

/**
 * The address of a site path such as `/dia-phuong/180-huyen-trang-dinh/`: absolute under the
 * public address, or the path itself when there is none.
 */
export function publicLink(path: string, site: URL | null): string {
  return site ? new URL(path.replace(/^\//, ''), site).href : path;
}
