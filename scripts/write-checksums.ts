/**
 * Writes dist/du-lieu/sha256sums.txt: the SHA-256 of every published data file (CSV, JSON,
 * datapackage.json), every notice's original text and every briefing PDF, in the format of
 * `sha256sum`, paths relative to the site root. Anyone can check a copy:
 *   cd dist && sha256sum -c du-lieu/sha256sums.txt
 * Part of `npm run build`, after the PDFs; prints one line. TP_DIST_DIR: another build's folder
 * (a province of a national edition, scripts/build-national.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';

const distDir = resolve(process.env['TP_DIST_DIR'] ?? 'dist');
const OUT = 'du-lieu/sha256sums.txt';

/** Files under `dir` (relative to dist/, with "/"), sorted by code point so the list is stable. */
function files(dir: string, keep: (path: string) => boolean): string[] {
  if (!existsSync(join(distDir, dir))) return [];
  return readdirSync(join(distDir, dir), { recursive: true, encoding: 'utf8' })
    .map((p) => `${dir}/${p.split(sep).join('/')}`)
    .filter((p) => keep(p) && p !== OUT);
}

const published = [
  ...files('du-lieu', (p) => /\.(csv|json|txt)$/.test(p)),
  ...files('ban-in', (p) => p.endsWith('.pdf')),
].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
if (published.length === 0) {
  console.error('write-checksums: no published files under dist/: run "astro build" first.');
  process.exit(1);
}
const lines = published.map((p) => `${createHash('sha256').update(readFileSync(join(distDir, p))).digest('hex')}  ${p}`);
writeFileSync(join(distDir, OUT), `${lines.join('\n')}\n`);
console.log(`write-checksums: ${published.length} files in ${process.env['TP_DIST_DIR'] ? distDir : 'dist'}/${OUT}`);
