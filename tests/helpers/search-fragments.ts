/**
 * What the built search index holds of each page: Pagefind's fragments (gzip of `pagefind_dcd` and
 * a JSON with the page's address, its indexed text and its metadata), read back from dist/pagefind/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface IndexedPage {
  url: string;
  /** The text Pagefind indexed, which its excerpts are cut from. */
  content: string;
  meta: Record<string, string>;
}

export function indexedPages(dist: string): IndexedPage[] {
  const dir = join(dist, 'pagefind/fragment');
  return readdirSync(dir).map((f) => JSON.parse(gunzipSync(readFileSync(join(dir, f))).toString('utf8').replace(/^pagefind_dcd/, '')) as IndexedPage);
}
