/**
 * The cache of printed briefings: a briefing is printed again only when what it is printed
 * from changed. Its key is the SHA-256 of everything the print depends on: the briefing's HTML,
 * every file of the site it names (stylesheets, images; the fonts are named by the stylesheets,
 * whose file names carry their content hash), and the printing context (browser, data date,
 * public address, the printing code itself). PDFs live in node_modules/.cache/tp-pdfs/ (or
 * TP_PDF_CACHE; TP_PDF_CACHE=off prints everything), outside dist/, which each build empties.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where cached PDFs are kept; null when the cache is off. */
export function pdfCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const dir = env['TP_PDF_CACHE'];
  if (dir === 'off') return null;
  return resolve(dir ?? 'node_modules/.cache/tp-pdfs');
}

/** Site paths an HTML page loads: `src` and stylesheet `href` values that start with `/`. */
export function localAssets(html: string): string[] {
  const found = new Set<string>();
  for (const m of html.matchAll(/<(?:img|script|source)\b[^>]*\bsrc="(\/[^"#?]*)"/g)) if (m[1]) found.add(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*\bhref="(\/[^"#?]*)"[^>]*>/g)) if (m[1] && /rel="(?:stylesheet|preload)"/.test(m[0])) found.add(m[1]);
  return [...found].sort();
}

/**
 * The key of one briefing: its HTML, the bytes of each site file it names (`fileOf` maps a site
 * path to a file of dist/, or null when there is none), and `context` (what else the print
 * depends on, one string). `fileHashes` keeps the files' hashes between briefings of one run.
 */
export function briefingKey(html: string, fileOf: (sitePath: string) => string | null, context: string, fileHashes = new Map<string, string>()): string {
  const hash = createHash('sha256').update(context).update('\0').update(html);
  for (const path of localAssets(html)) {
    hash.update('\0').update(path).update('\0').update(fileHash(path, fileOf, fileHashes));
  }
  return hash.digest('hex');
}

/** The SHA-256 of a site file, read once per run (`known`): every briefing names the same stylesheets. */
function fileHash(path: string, fileOf: (sitePath: string) => string | null, known: Map<string, string>): string {
  let digest = known.get(path);
  if (digest === undefined) {
    const file = fileOf(path);
    digest = file === null ? 'missing' : createHash('sha256').update(readFileSync(file)).digest('hex');
    known.set(path, digest);
  }
  return digest;
}

/** Copies the cached PDF of `key` to `target`; false when there is none. */
export function fromCache(dir: string, key: string, target: string): boolean {
  const cached = join(dir, `${key}.pdf`);
  if (!existsSync(cached)) return false;
  copyFileSync(cached, target);
  return true;
}

/** Keeps `pdf` under `key` (written whole, then renamed: a half-written file is never read). */
export function toCache(dir: string, key: string, pdf: Uint8Array): void {
  mkdirSync(dir, { recursive: true });
  const part = join(dir, `${key}.pdf.part-${process.pid}`);
  writeFileSync(part, pdf);
  renameSync(part, join(dir, `${key}.pdf`));
}
