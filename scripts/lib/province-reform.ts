/**
 * The 2025 reform as one province's portal holds it: from the national files of
 * content/gazetteer/ (lib/reform-2025.ts), the `units-2025-07-01.csv` and
 * `successors-2025-07-01.csv` of a province of the register of 01/3/2025.
 *
 * The portal of a province is the portal of its units before 1 July 2025; a province that merged
 * into another (Hà Giang into Tuyên Quang) no longer exists, but its portal lists the new units
 * that succeeded its communes, under the portal's province (the loader's model: a unit since 2025
 * hangs from the province of units.csv), and its portal.yaml says which province they are part
 * of since. A new unit with predecessors in two old provinces is listed by both portals.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { SuccessorRow, UnitVersionRow } from '../../src/domain/schemas/locality.ts';
import type { NationalSuccessor, NationalUnit, ProvinceSuccession, Reform } from './reform-2025.ts';

/** The national files, under `content/gazetteer/`. */
export const REFORM_FILES = {
  provinces: 'gazetteer/provinces-vn-2025-07-01.csv',
  units: 'gazetteer/units-vn-2025-07-01.csv',
  successors: 'gazetteer/successors-vn-2025-07-01.csv',
  corrections: 'gazetteer/corrections-vn-2025-07-01.csv',
} as const;

/** Columns of the portal's files, as content/localities/ has them. */
export const UNIT_COLUMNS = ['code', 'name', 'type', 'level', 'parent_code', 'valid_from', 'basis'] as const;
export const SUCCESSOR_COLUMNS = ['old_code', 'new_code', 'new_name', 'effective_date', 'basis'] as const;

/** A CSV as written here and in content/localities/: header, rows, `\n`, a last newline. */
export const toCsv = (rows: readonly object[], columns: readonly string[]): string =>
  `${Papa.unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => (r as Record<string, string>)[c] ?? '')) }, { newline: '\n' })}\n`;

function readRows<T>(path: string): T[] {
  const { data, errors } = Papa.parse<T>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true });
  if (errors.length > 0) throw new Error(`${path}: ${errors.map((e) => `row ${e.row}: ${e.message}`).join('; ')}`);
  return data;
}

/** Which province each province of 01/3/2025 is part of since 1 July 2025 (`provinces-vn-2025-07-01.csv` of `contentDir`). */
export const readSuccessions = (contentDir: string): ProvinceSuccession[] => readRows<ProvinceSuccession>(join(contentDir, REFORM_FILES.provinces));

/** The national files of `contentDir`. */
export function readReform(contentDir: string): Reform {
  return {
    provinces: readSuccessions(contentDir),
    units: readRows<NationalUnit>(join(contentDir, REFORM_FILES.units)),
    successors: readRows<NationalSuccessor>(join(contentDir, REFORM_FILES.successors)),
  };
}

/** The province old province `code` is part of since 1 July 2025; throws when the national file has none of that code. */
export function successionOf(reform: Pick<Reform, 'provinces'>, code: string): ProvinceSuccession {
  const succession = reform.provinces.find((p) => p.old_code === code);
  if (!succession) throw new Error(`No province ${code} in content/${REFORM_FILES.provinces}`);
  return succession;
}

export interface ProvinceReform {
  /** The province it is part of since 1 July 2025. */
  succession: ProvinceSuccession;
  units: UnitVersionRow[];
  successors: SuccessorRow[];
  /** Links of the province's old units that units.csv does not list (none once the register has them all). */
  leftOut: NationalSuccessor[];
}

/**
 * The reform as the portal of old province `code` holds it: the links of its old units (those
 * `known`, the codes of its units.csv), in the national file's order, and the units they lead to,
 * in code order, under the portal's province.
 */
export function provinceReform(reform: Reform, code: string, known: ReadonlySet<string>): ProvinceReform {
  const succession = successionOf(reform, code);
  const own = reform.successors.filter((s) => s.old_province_code === code);
  const kept = own.filter((s) => known.has(s.old_code));
  const unitByCode = new Map(reform.units.map((u) => [u.code, u]));
  const codes = [...new Set(kept.map((s) => s.new_code))].sort((a, b) => a.localeCompare(b));
  const units = codes.map((c): UnitVersionRow => {
    const u = unitByCode.get(c);
    if (!u) throw new Error(`${REFORM_FILES.successors}: ${c} is no unit of ${REFORM_FILES.units}`);
    return { code: u.code, name: u.name, type: u.type, level: u.level, parent_code: code, valid_from: u.valid_from, basis: u.basis };
  });
  return {
    succession,
    units,
    successors: kept.map(({ old_code, new_code, new_name, effective_date, basis }) => ({ old_code, new_code, new_name, effective_date, basis })),
    leftOut: own.filter((s) => !known.has(s.old_code)),
  };
}

/** Whether the province kept its boundary on 1 July 2025: no other province merged into its new one (11 did, Nghị quyết 202/2025/QH15). */
export function keptBoundary(reform: Pick<Reform, 'provinces'>, code: string): boolean {
  const to = reform.provinces.find((p) => p.old_code === code)?.new_code;
  return to !== undefined && reform.provinces.filter((p) => p.new_code === to).length === 1;
}

/**
 * The `reform:` block of the portal.yaml of old province `code`: whether it kept its boundary,
 * and in a comment which province its units are part of since 1 July 2025.
 */
export function portalReformYaml(reform: Pick<Reform, 'provinces'>, code: string): string {
  const s = successionOf(reform, code);
  const kept = keptBoundary(reform, code);
  const together = reform.provinces.filter((p) => p.new_code === s.new_code).map((p) => `${p.old_name} (${p.old_code})`);
  const where = kept
    ? `# On 01/7/2025 ${s.new_name} (${s.new_code}) kept its boundary; its communes were arranged by Nghị quyết ${s.basis}.`
    : `# On 01/7/2025 ${together.join(' and ')} became ${s.new_name} (${s.new_code}), whose communes were arranged by Nghị quyết ${s.basis};\n  # localities/units-2025-07-01.csv lists the units that succeeded the communes of this portal's province (content/${REFORM_FILES.provinces}).`;
  const mergedNames = reform.provinces.filter((p) => p.new_code === s.new_code).map((p) => p.old_name);
  // A merged province says which provinces were consolidated and what they became (the pages say it).
  const merged = kept ? '' : `  merged:\n    provinces: ${JSON.stringify(mergedNames)}\n    into: { code: ${JSON.stringify(s.new_code)}, name: ${JSON.stringify(s.new_name)} }\n`;
  return `reform:\n  ${where}\n  provinceUnchanged: ${kept}\n${merged}`;
}

/** Writes the portal's `localities/units-2025-07-01.csv` and `successors-2025-07-01.csv` into `contentDir`. */
export function writeProvinceReform(contentDir: string, reformed: ProvinceReform): void {
  writeFileSync(join(contentDir, 'localities/units-2025-07-01.csv'), toCsv(reformed.units, UNIT_COLUMNS));
  writeFileSync(join(contentDir, 'localities/successors-2025-07-01.csv'), toCsv(reformed.successors, SUCCESSOR_COLUMNS));
}
