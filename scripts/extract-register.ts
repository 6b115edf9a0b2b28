/**
 * Copies one province's units from the GSO register and its 2025 reform mapping into
 * `content/localities/`, so the build never reads anything outside the project.
 *
 * Usage: node scripts/extract-register.ts <dvhc.csv> <mapping.csv> <province-code>
 * e.g.   node scripts/extract-register.ts ../shared/data/dvhc-2025-03-01.csv \
 *          ../shared/data/lang-son-communes-2025-07-01-mapping.csv 20
 *
 * Run by an editor when the register changes, never by the build. Former units that the
 * register no longer lists (e.g. xã Vĩnh Tiến) are kept in `former-units.csv` by hand.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import { normalizeViText } from '../src/domain/vi-number.ts';

const [dvhcPath, mappingPath, province] = process.argv.slice(2);
if (!dvhcPath || !mappingPath || !province) {
  console.error('Usage: node scripts/extract-register.ts <dvhc.csv> <mapping.csv> <province-code>');
  process.exit(2);
}

type Row = Record<string, string>;
const clean = normalizeViText;
const LEVEL_OF_TYPE: Record<string, string> = {
  Tỉnh: 'tinh',
  'Thành phố Trung ương': 'tinh',
  Huyện: 'huyen',
  Quận: 'huyen',
  'Thị xã': 'huyen',
  'Thành phố': 'huyen',
  Xã: 'xa',
  Phường: 'xa',
  'Thị trấn': 'xa',
};

function readCsv(path: string): Row[] {
  const parsed = Papa.parse<Row>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) {
    throw new Error(`${path}: ${parsed.errors.map((e) => `row ${e.row}: ${e.message}`).join('; ')}`);
  }
  return parsed.data;
}

const units = new Map<string, Row>();
function addUnit(code: string, name: string, type: string, parent: string): void {
  if (units.has(code)) return;
  const level = LEVEL_OF_TYPE[clean(type)];
  if (!level) throw new Error(`Unknown unit type "${type}" for ${code} ${name}`);
  units.set(code, { code, name: clean(name), type: clean(type), level, parent_code: parent });
}

for (const r of readCsv(dvhcPath).filter((r) => r['province_code'] === province)) {
  addUnit(r['province_code']!, r['province_name']!, r['province_type']!, '');
  addUnit(r['district_code']!, r['district_name']!, r['district_type']!, r['province_code']!);
  addUnit(r['commune_code']!, r['commune_name']!, r['commune_type']!, r['district_code']!);
}
if (units.size === 0) throw new Error(`No unit of province ${province} in ${dvhcPath}`);

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
write('units.csv', [...units.values()]);
write('successors-2025-07-01.csv', successors);
write('units-2025-07-01.csv', [...newUnits.values()].sort((a, b) => a['code']!.localeCompare(b['code']!)));
