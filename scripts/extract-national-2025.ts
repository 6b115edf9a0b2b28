/**
 * Copies the 2025 reform of the whole country into `content/gazetteer/` from the public dataset
 * dvhcvn/20250701 (MIT, © 2025 dvhcvn), so the build and the generator never read anything
 * outside the project:
 *
 *   provinces-vn-2025-07-01.csv   the 63 provinces → the 34 since 1 July 2025, with the resolution
 *   units-vn-2025-07-01.csv       the commune-level units since 1 July 2025, under their new province
 *   successors-vn-2025-07-01.csv  every old unit → new unit, with its old province
 *
 * after applying `corrections-vn-2025-07-01.csv` (written by hand, each row quoting the
 * resolution). The national edition gives each province's portal its part
 * (lib/province-reform.ts). Lạng Sơn's rows are those of content/localities/ (a test checks it).
 *
 * Usage: node scripts/extract-national-2025.ts <folder of dvhcvn/20250701>
 * e.g.   git clone https://github.com/dvhcvn/20250701 /tmp/dvhcvn-20250701
 *        node scripts/extract-national-2025.ts /tmp/dvhcvn-20250701
 *
 * Run by an editor when the source changes, never by the build.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { readGazetteer } from '../src/load/gazetteer.ts';
import { readDataset } from './lib/dvhcvn-2025.ts';
import { REFORM_FILES, toCsv } from './lib/province-reform.ts';
import { convertReform, type Correction } from './lib/reform-2025.ts';

const [source] = process.argv.slice(2);
if (!source) {
  console.error('Usage: node scripts/extract-national-2025.ts <folder of dvhcvn/20250701: mapping/splits.json, input/docs/>');
  process.exit(2);
}
const content = resolve('content');
const correctionsFile = join(content, REFORM_FILES.corrections);
const corrections = Papa.parse<Correction>(readFileSync(correctionsFile, 'utf8'), { header: true, skipEmptyLines: true }).data;

const dataset = readDataset(source);
const reform = convertReform(dataset, readGazetteer(content), corrections);

const write = (file: string, rows: readonly object[], columns: readonly string[]): void => {
  writeFileSync(join(content, file), toCsv(rows, columns));
  console.log(`content/${file}: ${rows.length} rows`);
};
write(REFORM_FILES.provinces, reform.provinces, ['old_code', 'old_name', 'new_code', 'new_name', 'basis']);
write(REFORM_FILES.units, reform.units, ['code', 'name', 'type', 'level', 'parent_code', 'province_name', 'valid_from', 'basis']);
write(REFORM_FILES.successors, reform.successors, ['old_code', 'old_province_code', 'new_code', 'new_name', 'effective_date', 'basis']);

const types = new Map<string, number>();
for (const u of reform.units) types.set(u.type, (types.get(u.type) ?? 0) + 1);
const oldProvinces = new Map<string, Set<string>>();
for (const s of reform.successors) oldProvinces.set(s.new_code, (oldProvinces.get(s.new_code) ?? new Set()).add(s.old_province_code));
const across = [...oldProvinces].filter(([, p]) => p.size > 1);
console.log(
  `extract-national-2025: ${new Set(reform.provinces.map((p) => p.new_code)).size} provinces since 01/7/2025 (from ${reform.provinces.length}); ` +
    `${reform.units.length} units (${[...types].map(([t, n]) => `${n} ${t}`).join(', ')}); ${reform.successors.length} links from ${new Set(reform.successors.map((s) => s.old_code)).size} old units; ` +
    `${corrections.length} corrections applied; ${across.length} units with predecessors in two old provinces${across.length ? `: ${across.map(([c, p]) => `${c} (${[...p].join(', ')})`).join('; ')}` : ''}`,
);
