/**
 * Copies every administrative unit of Viet Nam (63 provinces, their districts and communes, GSO
 * register of 01/3/2025) into `content/gazetteer/units-vn-2025-03-01.csv`, the national
 * gazetteer the importer matches names against, so a unit of another province is recognised as
 * such and never taken for a unit of Lạng Sơn. The build does not read it.
 *
 * The file of the register has a row per commune, so the five island districts that have no
 * commune (Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn, Côn Đảo) are not in it; the mapping of the 2025
 * reform, dvhcvn/20250701's `mapping/splits.json`, lists them (`level2s`, the same register of
 * daohoangson/dvhcvn): given, they are added after their province's other districts.
 *
 * Usage: node scripts/extract-gazetteer.ts <dvhc-2025-03-01.csv> [<dvhcvn-20250701/mapping/splits.json>]
 * Run by an editor when the register changes, never by the build or the importer.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import { normalizeViText } from '../src/domain/vi-number.ts';
import { parseSplits } from './lib/dvhcvn-2025.ts';

const [dvhcPath, splitsPath] = process.argv.slice(2);
if (!dvhcPath) {
  console.error('Usage: node scripts/extract-gazetteer.ts <dvhc-2025-03-01.csv> [<dvhcvn-20250701/mapping/splits.json>]');
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
let rows = [...units.values()];
for (const p of splitsPath ? parseSplits(readFileSync(splitsPath, 'utf8')) : []) {
  for (const d of p.districts) {
    if (units.has(d.code)) continue;
    const name = normalizeViText(d.name);
    if (!name.startsWith('Huyện ')) throw new Error(`${splitsPath}: district ${d.code} "${d.name}" is no Huyện`);
    // After the province's last unit: the row before the next province.
    const start = rows.findIndex((r) => r['code'] === p.level1_id);
    if (start < 0) throw new Error(`${splitsPath}: district ${d.code} of province ${p.level1_id}, which ${dvhcPath} does not list`);
    const next = rows.findIndex((r, i) => i > start && r['level'] === 'tinh');
    const at = next < 0 ? rows.length : next;
    rows = [...rows.slice(0, at), { code: d.code, name, type: 'Huyện', level: 'huyen', parent_code: p.level1_id }, ...rows.slice(at)];
  }
}
mkdirSync('content/gazetteer', { recursive: true });
writeFileSync('content/gazetteer/units-vn-2025-03-01.csv', `${Papa.unparse(rows, { newline: '\n' })}\n`);
console.log(`content/gazetteer/units-vn-2025-03-01.csv: ${rows.length} units`);
