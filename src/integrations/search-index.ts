/**
 * The Pagefind search index, written to dist/pagefind/ once the pages are built (pages mark
 * their searchable part with data-pagefind-body).
 *
 * - Base `/` (the default): the astro-pagefind integration, as before the base-path option.
 * - Another base (`TP_BASE=/tinh-04/`): Pagefind names a result by its file's place under dist/
 *   (`/dia-phuong/x/`), which would lead out of the site; each page is given to it with its
 *   address under the base instead (`/tinh-04/dia-phuong/x/`).
 * - `TP_SEARCH_INDEX=off`: none. A national edition indexes the merged site once, after every
 *   province is built (scripts/build-national.ts), instead of 63 indexes nobody searches.
 */
import type { AstroIntegration } from 'astro';
import pagefind from 'astro-pagefind';
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createIndex, close } from 'pagefind';
import { basePath, withBase } from '../site/base.ts';

type Env = Readonly<Record<string, string | undefined>>;

export function searchIndex(env: Env = process.env): AstroIntegration[] {
  if (env['TP_SEARCH_INDEX'] === 'off') return [];
  const base = basePath(env);
  return base === '/' ? [pagefind()] : [basedIndex(base)];
}

/** Every HTML file under `dir`, relative to it with `/`, sorted so the index is the same each time. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((p) => p.endsWith('.html'))
    .map((p) => p.split(sep).join('/'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** `dia-phuong/x/index.html` → `/tinh-04/dia-phuong/x/`, as Pagefind names results (no index.html). */
export function pageAddress(file: string, base: string): string {
  return withBase(`/${file.replace(/(^|\/)index\.html$/, '$1')}`, base);
}

function basedIndex(base: string): AstroIntegration {
  return {
    name: 'tp-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const { index, errors } = await createIndex();
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        // Pages without data-pagefind-body (404, search) are left out by Pagefind itself.
        const files = htmlFiles(outDir);
        for (const file of files) {
          const added = await index.addHTMLFile({ url: pageAddress(file, base), content: readFileSync(join(outDir, file), 'utf8') });
          if (added.errors.length > 0) throw new Error(`Pagefind, ${file}: ${added.errors.join('; ')}`);
        }
        const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await close();
        logger.info(`${files.length} HTML files read, addresses under ${base}, in ${((performance.now() - started) / 1000).toFixed(1)} s (dist/pagefind/)`);
      },
    },
  };
}
