/**
 * Copies one province's part of its 2025 reform mapping into `content/localities/`: the links
 * old commune → new unit (`successors-2025-07-01.csv`) and the commune-level units since
 * 01/7/2025 (`units-2025-07-01.csv`), so the build never reads anything outside the project.
 * The province's communes are its units of the national register (src/load/gazetteer.ts);
 * its `units.csv` is written by `node scripts/province-units.ts <code>`, not here.
 *
 * Usage: node scripts/extract-register.ts <mapping.csv> <province-code>
 * e.g.   node scripts/extract-register.ts ../shared/data/lang-son-communes-2025-07-01-mapping.csv 20
 *
 * Run by an editor when the mapping changes, never by the build. Former units that the
 * register no longer lists (e.g. xã Vĩnh Tiến) are kept in `former-units.csv` by hand.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import { normalizeViText } from '../src/domain/vi-number.ts';
import { provinceUnits, readGazetteer } from '../src/load/gazetteer.ts';

const [mappingPath, province] = process.argv.slice(2);
if (!mappingPath || !province) {
  console.error('Usage: node scripts/extract-register.ts <mapping.csv> <province-code>');
  process.exit(2);
}

type Row = Record<string, string>;
const clean = normalizeViText;

function readCsv(path: string): Row[] {
  const parsed = Papa.parse<Row>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) {
    throw new Error(`${path}: ${parsed.errors.map((e) => `row ${e.row}: ${e.message}`).join('; ')}`);
  }
  return parsed.data;
}

const units = new Set(provinceUnits(readGazetteer(), province).map((u) => u.code));
if (units.size === 0) throw new Error(`No province ${province} in content/gazetteer/units-vn-2025-03-01.csv`);

/** The type word starts the name; the source writes one in lower case ("xã Bắc Sơn"). */
const capitalised = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);
const NEW_TYPES = ['Xã', 'Phường'];

const successors = readCsv(mappingPath)
  .filter((r) => units.has(r['old_commune_code']!))
  .map((r) => ({
    old_code: r['old_commune_code']!,
    new_code: r['new_commune_code']!,
    new_name: capitalised(clean(r['new_commune_name']!)),
    effective_date: '2025-07-01',
    basis: clean(r['resolution']!),
  }));

// The commune-level units since 01/7/2025: one row per new unit, directly under the province
// (the district level has no government since that day).
const newUnits = new Map<string, Row>();
for (const s of successors) {
  const type = NEW_TYPES.find((t) => s.new_name.startsWith(`${t} `));
  if (!type) throw new Error(`Unknown unit type in "${s.new_name}" (${s.new_code})`);
  const known = newUnits.get(s.new_code);
  if (known && known['name'] !== s.new_name) throw new Error(`Code ${s.new_code} named both "${known['name']}" and "${s.new_name}"`);
  newUnits.set(s.new_code, { code: s.new_code, name: s.new_name, type, level: 'xa', parent_code: province, valid_from: s.effective_date, basis: s.basis });
}

const write = (file: string, rows: object[]): void => {
  writeFileSync(`content/localities/${file}`, Papa.unparse(rows, { newline: '\n' }) + '\n');
  console.log(`content/localities/${file}: ${rows.length} rows`);
};
write('successors-2025-07-01.csv', successors);
write('units-2025-07-01.csv', [...newUnits.values()].sort((a, b) => a['code']!.localeCompare(b['code']!)));
