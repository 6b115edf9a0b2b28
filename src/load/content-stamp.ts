/**
 * A stamp of a content folder's state: every file's path, size and modification time. Equal
 * stamps mean nothing was written since; `astro dev` (site/site-data.ts) rebuilds the model only
 * when the stamp changes, so one page's request sees one model (its getStaticPaths props and its
 * view agree) and a file an editor saves (the desk, an editor) shows on the next request.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function contentStamp(dir: string): string {
  const parts: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const s = statSync(path);
        parts.push(`${path}\t${s.size}\t${s.mtimeMs}`);
      }
    }
  };
  walk(dir);
  return parts.join('\n');
}
