/**
 * The Pagefind index of a built site: which files are pages, the address each is found under,
 * and indexing them (Pagefind's Node API). Shared by the search-index integration (one build)
 * and scripts/build-site.ts (the merged shares of a build).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { createIndex, close } from 'pagefind';
import { withBase } from '../site/base.ts';

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

/**
 * Indexes the built site in `outDir` into `outDir/pagefind/`; returns how many HTML files were
 * read. Base `/`: the folder as it is. Another base: each page with its address under the base.
 * Used after the build of one process (below) and after the shares of a build are merged
 * (scripts/build-site.ts).
 */
export async function indexSite(outDir: string, base: string): Promise<number> {
  const { index, errors } = await createIndex();
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  let pages: number;
  if (base === '/') {
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    pages = added.page_count;
  } else {
    // Pages without data-pagefind-body (404, search) are left out by Pagefind itself.
    const files = htmlFiles(outDir);
    for (const file of files) {
      const added = await index.addHTMLFile({ url: pageAddress(file, base), content: readFileSync(join(outDir, file), 'utf8') });
      if (added.errors.length > 0) throw new Error(`Pagefind, ${file}: ${added.errors.join('; ')}`);
    }
    pages = files.length;
  }
  const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await close();
  return pages;
}

