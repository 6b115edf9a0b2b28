/**
 * The province of the portal (content/portal.yaml) against the registers: units.csv holds
 * that province and exactly its units of the national register (content/gazetteer), with the
 * same codes, names, types, levels and parents. So another province's portal is the same code
 * with another content/, and a register copied by hand cannot drift from the official one.
 *
 * units.csv is generated, never edited: `node scripts/province-units.ts <code> >
 * content/localities/units.csv` writes it from the register (provinceUnitsCsv in gazetteer.ts,
 * its only writer); this check catches a file that was edited or is of another province.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { portalConfig, type PortalConfig } from '../domain/schemas/portal.ts';
import type { UnitRow } from '../domain/schemas/locality.ts';
import type { ContentIssue } from './errors.ts';
import { GAZETTEER_FILE, provinceOf, provinceUnits, readGazetteerFile } from './gazetteer.ts';
import type { CsvRow } from './read-csv.ts';
import { issuesFromZod, parseContent } from './zod-issues.ts';
import { yamlExpected } from './read-file.ts';

export const PORTAL_FILE = 'portal.yaml';
const UNITS = 'content/localities/units.csv';

/** content/portal.yaml, checked; null after pushing its issues. */
export function readPortal(contentDir: string, projectDir: string, issues: ContentIssue[]): PortalConfig | null {
  const path = join(contentDir, PORTAL_FILE);
  const file = relative(projectDir, path);
  if (!existsSync(path)) {
    issues.push({ file, where: null, field: null, found: null, expected: 'cấu hình của cổng: province: "<mã tỉnh của Tổng cục Thống kê>", ví dụ province: "20"' });
    return null;
  }
  let data: unknown;
  try {
    data = yaml.load(readFileSync(path, 'utf8'), { schema: yaml.CORE_SCHEMA });
  } catch (e) {
    if (!(e instanceof yaml.YAMLException)) throw e;
    issues.push({ file, where: `dòng ${e.mark.line + 1}`, field: null, found: null, expected: yamlExpected(e.reason) });
    return null;
  }
  const parsed = parseContent(portalConfig, data);
  if (!parsed.success) {
    issues.push(...issuesFromZod(parsed.error, file, null, data));
    return null;
  }
  return parsed.data;
}

const same = (a: UnitRow, b: UnitRow): (keyof UnitRow)[] => (['name', 'type', 'level', 'parent_code'] as const).filter((k) => a[k] !== b[k]);

/** units.csv against the national register for the portal's province. */
export function checkProvince(portal: PortalConfig, units: readonly CsvRow<UnitRow>[], contentDir: string, projectDir: string, issues: ContentIssue[]): void {
  const file = relative(projectDir, join(contentDir, GAZETTEER_FILE));
  const gazetteer = readGazetteerFile(contentDir, file);
  if (!gazetteer) {
    issues.push({ file, where: null, field: null, found: 'không có tệp này', expected: 'danh mục đơn vị hành chính toàn quốc (tạo bằng node scripts/extract-gazetteer.ts <dvhc-2025-03-01.csv>)' });
    return;
  }
  issues.push(...gazetteer.issues);
  const register = gazetteer.rows.map((r) => r.data);
  const province = provinceOf(register, portal.province);
  if (!province || province.code !== portal.province || province.level !== 'tinh') {
    issues.push({ file: relative(projectDir, join(contentDir, PORTAL_FILE)), where: null, field: 'province', found: portal.province, expected: `mã của một tỉnh trong ${file}` });
    return;
  }
  // The province's units of the register: a row of units.csv must be one of them, and each has a row.
  const mine = provinceUnits(register, portal.province);
  const official = new Map(mine.map((u) => [u.code, u]));
  // units.csv of another province: one message, not one per row.
  const root = units.find((r) => r.data.level === 'tinh');
  if (root && root.data.code !== portal.province) {
    issues.push({
      file: relative(projectDir, join(contentDir, PORTAL_FILE)), where: null, field: 'province', found: portal.province,
      expected: `${root.data.code}, tỉnh của ${UNITS} (${root.data.name}); hoặc các đơn vị của ${province.name} trong ${UNITS} (node scripts/province-units.ts ${portal.province})`,
    });
    return;
  }
  const listed = new Set<string>();
  const codes = new Set(units.map((u) => u.data.code));
  for (const { line, data } of units) {
    listed.add(data.code);
    const unit = official.get(data.code);
    if (!unit) {
      issues.push({ file: UNITS, where: `dòng ${line}`, field: 'code', found: data.code, expected: `một đơn vị của ${province.name} (mã ${portal.province}, content/portal.yaml) trong ${file}` });
      continue;
    }
    // A parent that is no unit of units.csv at all is reported by check-register.ts: one message.
    const unknownParent = data.parent_code !== null && !codes.has(data.parent_code);
    for (const field of same(data, unit).filter((f) => !(f === 'parent_code' && unknownParent))) {
      issues.push({ file: UNITS, where: `dòng ${line}`, field, found: data[field] ?? '', expected: `${unit[field] ?? '(để trống)'}, như trong ${file}` });
    }
  }
  const missing = mine.filter((u) => !listed.has(u.code));
  for (const u of missing) {
    issues.push({ file: UNITS, where: null, field: 'code', found: null, expected: `một dòng cho ${u.code} ${u.name}, đơn vị của ${province.name} trong ${file}` });
  }
}
