/**
 * The national register of units (`content/gazetteer/units-vn-2025-03-01.csv`, GSO, 01/3/2025):
 * every unit of the country in the columns of units.csv. The one place that reads it, finds a
 * unit's province, lists a province's units and writes a province's units.csv, for the loader
 * (check-province.ts), the importer (importer/reference-lists.ts) and the scripts (province-units.ts,
 * the national and synthetic generators, the 2025 conversion). The 2025 reform files of the same
 * folder (provinces, units and successors since 01/7/2025) are read by
 * scripts/lib/province-reform.ts, their only reader.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import Papa from 'papaparse';
import { unitRow, type UnitRow } from '../domain/schemas/locality.ts';
import { ContentError } from './errors.ts';
import { readCsv, type CsvResult } from './read-csv.ts';

/** The register's file, under content/. */
export const GAZETTEER_FILE = 'gazetteer/units-vn-2025-03-01.csv';

/**
 * The register of `contentDir`, its rows checked one by one and named `file` in the issues;
 * null when there is no such file (each caller says so in its own words).
 */
export function readGazetteerFile(contentDir: string, file: string): CsvResult<UnitRow> | null {
  const path = join(contentDir, GAZETTEER_FILE);
  if (!existsSync(path)) return null;
  return readCsv(readFileSync(path, 'utf8'), file, unitRow);
}

/** Reads and checks the register of `contentDir`; throws a ContentError naming any bad row. */
export function readGazetteer(contentDir = resolve('content')): UnitRow[] {
  const file = relative(dirname(contentDir), join(contentDir, GAZETTEER_FILE));
  const read = readGazetteerFile(contentDir, file);
  if (!read) {
    throw new ContentError([{ file, where: null, field: null, found: 'không có tệp này', expected: 'danh mục đơn vị hành chính toàn quốc (tạo bằng node scripts/extract-gazetteer.ts <dvhc-2025-03-01.csv>)' }]);
  }
  if (read.issues.length > 0) throw new ContentError(read.issues);
  return read.rows.map((r) => r.data);
}

/** A province of the register and how many units it has, itself included. */
export interface RegisterProvince {
  code: string;
  name: string;
  units: number;
}

// Each unit's province (the unit it reaches going up its parents; null when a parent is
// missing), one map per register array: a check asks for the province of every row of units.csv,
// a national edition for the units of each of 63 provinces, and the register is read once.
const provinces = new WeakMap<readonly UnitRow[], Map<string, UnitRow | null>>();

function provincesOf(register: readonly UnitRow[]): Map<string, UnitRow | null> {
  let found = provinces.get(register);
  if (!found) {
    const byCode = new Map(register.map((r) => [r.code, r]));
    found = new Map();
    for (const unit of register) {
      let at: UnitRow | undefined = unit;
      while (at && at.parent_code !== null) at = byCode.get(at.parent_code);
      found.set(unit.code, at ?? null);
    }
    provinces.set(register, found);
  }
  return found;
}

/**
 * The province of unit `code` in `register` (the province itself for a province); null when the
 * register has no such unit or lacks one of its parents.
 */
export function provinceOf(register: readonly UnitRow[], code: string): UnitRow | null {
  return provincesOf(register).get(code) ?? null;
}

/**
 * Province `code` and its units, in the order of the register, which lists each province before
 * its units and each district before its communes: what its units.csv holds. Empty when the
 * register has no such province.
 */
export function provinceUnits(register: readonly UnitRow[], code: string): UnitRow[] {
  const of = provincesOf(register);
  return register.filter((r) => of.get(r.code)?.code === code);
}

/** The provinces of the register, in its order, with how many units each has. */
export function registerProvinces(register: readonly UnitRow[]): RegisterProvince[] {
  const of = provincesOf(register);
  const units = new Map<string, number>();
  for (const r of register) {
    const province = of.get(r.code);
    if (province) units.set(province.code, (units.get(province.code) ?? 0) + 1);
  }
  return register.filter((r) => r.level === 'tinh').map((r) => ({ code: r.code, name: r.name, units: units.get(r.code) ?? 0 }));
}

/** The columns of units.csv. */
export const UNITS_CSV_COLUMNS = ['code', 'name', 'type', 'level', 'parent_code'] as const;

/**
 * The units.csv of province `code`, byte for byte: its units of the register (provinceUnits),
 * header first, `\n` line ends, a last newline. The only writer of units.csv:
 * `node scripts/province-units.ts <code> > content/localities/units.csv` prints it, and the
 * generators (scripts/lib/synthetic-content.ts) write it for another province; the build checks
 * the file against the register (check-province.ts).
 */
export function provinceUnitsCsv(register: readonly UnitRow[], code: string): string {
  return `${Papa.unparse(provinceUnits(register, code), { columns: [...UNITS_CSV_COLUMNS], newline: '\n' })}\n`;
}
