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

/** Elements without a closing tag. */
const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Where the element whose start tag ends at `from` ends: after its closing tag, nested ones of its name counted. */
function elementEnd(html: string, tag: string, from: number): number {
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  tags.lastIndex = from;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return tags.lastIndex;
  }
  return html.length;
}

/**
 * The page's HTML without its elements marked data-pagefind-ignore (and what they hold), which
 * Pagefind would parse only to leave out. The site marks none that holds search metadata.
 */
export function withoutIgnored(html: string): string {
  const ignored = /<([a-z][a-z0-9-]*)\b[^>]*\sdata-pagefind-ignore\b[^>]*>/gi;
  let kept = '';
  let from = 0;
  for (let m = ignored.exec(html); m; m = ignored.exec(html)) {
    const tag = m[1]!.toLowerCase();
    const end = VOID.has(tag) || m[0].endsWith('/>') ? ignored.lastIndex : elementEnd(html, tag, ignored.lastIndex);
    kept += html.slice(from, m.index);
    from = end;
    ignored.lastIndex = end;
  }
  return kept + html.slice(from);
}

/**
 * What Pagefind is given of a built page: its language, its title and its <main>, without the
 * SVG, scripts and data-pagefind-ignore elements Pagefind would leave out anyway; null for a page
 * that is not searchable (no data-pagefind-body: the search page, 404, briefings, the later pages
 * of long lists). Pagefind indexes only the data-pagefind-body element, and the site puts its
 * search metadata on it or inside it, so Pagefind indexes the same as from the whole file, read
 * in a fraction of the time (docs/search.md, "What is indexed").
 */
export function searchablePart(html: string): string | null {
  const main = /<main\b[^>]*\bdata-pagefind-body\b[\s\S]*<\/main>/.exec(html)?.[0];
  if (main === undefined) return null;
  const lang = /<html\b[^>]*\blang="([^"]*)"/.exec(html)?.[1] ?? 'vi';
  const title = /<title>[\s\S]*?<\/title>/.exec(html)?.[0] ?? '';
  const body = withoutIgnored(main.replace(/<script\b[\s\S]*?<\/script>/g, '').replace(/<svg\b[\s\S]*?<\/svg>/g, ''));
  return `<!doctype html><html lang="${lang}"><head>${title}</head><body>${body}</body></html>`;
}

/**
 * Indexes the built site in `outDir` into `outDir/pagefind/`; returns how many pages were indexed.
 * Each searchable page is given to Pagefind with its address under the base (`/dia-phuong/x/`, or
 * `/tinh-04/dia-phuong/x/` under another base). Used after the build of one process (the
 * search-index integration) and after the shares of a build are merged (scripts/build-site.ts).
 */
export async function indexSite(outDir: string, base: string): Promise<number> {
  const { index, errors } = await createIndex();
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  let pages = 0;
  for (const file of htmlFiles(outDir)) {
    const content = searchablePart(readFileSync(join(outDir, file), 'utf8'));
    if (content === null) continue;
    const added = await index.addHTMLFile({ url: pageAddress(file, base), content });
    if (added.errors.length > 0) throw new Error(`Pagefind, ${file}: ${added.errors.join('; ')}`);
    pages += 1;
  }
  const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await close();
  return pages;
}
