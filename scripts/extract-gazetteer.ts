/**
 * Copies every administrative unit of Viet Nam (63 provinces, their districts and communes, GSO
 * register of 01/3/2025) into `content/gazetteer/units-vn-2025-03-01.csv`, the national
 * gazetteer the importer matches names against, so a unit of another province is recognised as
 * such and never taken for a unit of Lạng Sơn. The build does not read it.
 *
 * Usage: node scripts/extract-gazetteer.ts <dvhc-2025-03-01.csv>
 * Run by an editor when the register changes, never by the build or the importer.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import { normalizeViText } from '../src/domain/vi-number.ts';

const [dvhcPath] = process.argv.slice(2);
if (!dvhcPath) {
  console.error('Usage: node scripts/extract-gazetteer.ts <dvhc-2025-03-01.csv>');
  process.exit(2);
}
type Row = Record<string, string>;
const parsed = Papa.parse<Row>(readFileSync(dvhcPath, 'utf8'), { header: true, skipEmptyLines: true });
if (parsed.errors.length > 0) throw new Error(`${dvhcPath}: ${parsed.errors.map((e) => `row ${e.row}: ${e.message}`).join('; ')}`);

const LEVEL: Record<string, string> = {
  Tỉnh: 'tinh', 'Thành phố Trung ương': 'tinh', Huyện: 'huyen', Quận: 'huyen', 'Thị xã': 'huyen', 'Thành phố': 'huyen', Xã: 'xa', Phường: 'xa', 'Thị trấn': 'xa',
};
const units = new Map<string, Row>();
const add = (code: string, name: string, rawType: string, parent: string): void => {
  if (units.has(code)) return;
  const type = normalizeViText(rawType);
  const level = LEVEL[type];
  if (!level) throw new Error(`Unknown unit type "${rawType}" for ${code} ${name}`);
  // "Thành phố Trung ương" is the type of a province-level city; its name starts "Thành phố".
  units.set(code, { code, name: normalizeViText(name), type: type === 'Thành phố Trung ương' ? 'Thành phố' : type, level, parent_code: parent });
};
for (const r of parsed.data) {
  add(r['province_code']!, r['province_name']!, r['province_type']!, '');
  add(r['district_code']!, r['district_name']!, r['district_type']!, r['province_code']!);
  add(r['commune_code']!, r['commune_name']!, r['commune_type']!, r['district_code']!);
}
mkdirSync('content/gazetteer', { recursive: true });
writeFileSync('content/gazetteer/units-vn-2025-03-01.csv', `${Papa.unparse([...units.values()], { newline: '\n' })}\n`);
console.log(`content/gazetteer/units-vn-2025-03-01.csv: ${units.size} units`);
