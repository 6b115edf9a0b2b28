/**
 * The Pagefind search index, written to dist/pagefind/ once the pages are built (pages mark
 * their searchable part with data-pagefind-body; docs/search.md).
 *
 * Each searchable page is given to Pagefind's Node API with its address under the base
 * (`TP_BASE=/tinh-04/`: `/tinh-04/dia-phuong/x/`, not its file's place under dist/, which would
 * lead out of the site), and only its <main> (pagefind-index.ts, searchablePart).
 * `TP_SEARCH_INDEX=off`: none. A national edition indexes the merged site once, after every
 * province is built (scripts/build-national.ts), instead of 63 indexes nobody searches; a build
 * made in shares likewise, once they are merged (scripts/build-site.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { indexSite } from './pagefind-index.ts';
import { basePath } from '../site/base.ts';

type Env = Readonly<Record<string, string | undefined>>;

export function searchIndex(env: Env = process.env): AstroIntegration[] {
  if (env['TP_SEARCH_INDEX'] === 'off') return [];
  const base = basePath(env);
  return [
    {
      name: 'tp-search-index',
      hooks: {
        'astro:build:done': async ({ dir, logger }) => {
          const started = performance.now();
          const pages = await indexSite(fileURLToPath(dir), base);
          // scripts/bench-build.ts reads the seconds of this line.
          logger.info(`${pages} pages indexed, addresses under ${base}, in ${((performance.now() - started) / 1000).toFixed(1)} s (dist/pagefind/)`);
        },
      },
    },
  ];
}
