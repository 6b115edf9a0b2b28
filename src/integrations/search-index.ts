/**
 * The Pagefind search index, written to dist/pagefind/ once the pages are built (pages mark
 * their searchable part with data-pagefind-body).
 *
 * - Base `/` (the default): the astro-pagefind integration, as before the base-path option.
 * - Another base (`TP_BASE=/tinh-04/`): Pagefind names a result by its file's place under dist/
 *   (`/dia-phuong/x/`), which would lead out of the site; each page is given to it with its
 *   address under the base instead (`/tinh-04/dia-phuong/x/`).
 * - `TP_SEARCH_INDEX=off`: none. A national edition indexes the merged site once, after every
 *   province is built (scripts/build-national.ts), instead of 63 indexes nobody searches; a build
 *   made in shares likewise, once they are merged (scripts/build-site.ts).
 */
import type { AstroIntegration } from 'astro';
import pagefind from 'astro-pagefind';
import { fileURLToPath } from 'node:url';
import { indexSite } from './pagefind-index.ts';
import { basePath } from '../site/base.ts';

type Env = Readonly<Record<string, string | undefined>>;

export function searchIndex(env: Env = process.env): AstroIntegration[] {
  if (env['TP_SEARCH_INDEX'] === 'off') return [];
  const base = basePath(env);
  return base === '/' ? [pagefind()] : [basedIndex(base)];
}

function basedIndex(base: string): AstroIntegration {
  return {
    name: 'tp-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const files = await indexSite(fileURLToPath(dir), base);
        logger.info(`${files} HTML files read, addresses under ${base}, in ${((performance.now() - started) / 1000).toFixed(1)} s (dist/pagefind/)`);
      },
    },
  };
}
