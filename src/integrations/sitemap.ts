/**
 * The sitemap (sitemap-index.xml, sitemap-0.xml), written by @astrojs/sitemap when the build has
 * a public address (SITE_URL): every page but the 404 and the search page.
 *
 * A build made in shares (site/shard.ts) has no share that knows every page: none writes it, and
 * scripts/build-site.ts has the same integration write it from the merged folder's pages.
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { pathToFileURL } from 'node:url';
import { shardOf } from '../site/shard.ts';
import { htmlFiles } from './pagefind-index.ts';

type Env = Readonly<Record<string, string | undefined>>;

const options = { filter: (page: string): boolean => !/\/(404|tim-kiem)\/?$/.test(new URL(page).pathname) };

/** The integration, for a build with a public address that is not one share of several. */
export function siteMap(site: string | undefined, env: Env = process.env): AstroIntegration[] {
  return site && shardOf(env).count === 1 ? [sitemap(options)] : [];
}

/**
 * The sitemap of the built site in `outDir`, written by the same integration as in a single
 * build, given the pages as Astro names them (`dia-phuong/x/` for `dia-phuong/x/index.html`,
 * `404` for `404.html`).
 */
export async function writeSiteMap(outDir: string, site: string, base: string, logger: AstroIntegrationLogger): Promise<void> {
  const hooks = sitemap(options).hooks;
  const pages = htmlFiles(outDir).map((file) => ({ pathname: file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '') }));
  // The hooks read only these fields of what Astro passes them.
  await hooks['astro:routes:resolved']?.({ routes: [], logger } as never);
  await hooks['astro:config:done']?.({ config: { site, base, trailingSlash: 'always', build: { format: 'directory' } }, logger } as never);
  await hooks['astro:build:done']?.({ dir: pathToFileURL(`${outDir}/`), pages, logger } as never);
}
