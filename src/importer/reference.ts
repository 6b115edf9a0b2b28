/**
 * The lists the importer matches names against, read from `content/` with the project's own
 * CSV reader and schemas: the locality register, former units, agencies and indicators.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from '../load/errors.ts';
import { readCsv } from '../load/read-csv.ts';
import { agencyRow, indicatorRow, type AgencyRow, type IndicatorRow } from '../domain/schemas/indicator.ts';
import { formerUnitRow, unitRow } from '../domain/schemas/locality.ts';

/** A unit a notice may name: from units.csv or former-units.csv. */
export interface RegisterUnit {
  /** Id used in notices: the GSO code, or the former unit's id (`180-vinh-tien`). */
  id: string;
  /** Name without its type word: `Tràng Định`. */
  name: string;
  /** Type word in lower case: `huyện`, `xã`, `tỉnh`… */
  type: string;
  parentId: string | null;
  former: boolean;
}

export interface Reference {
  units: RegisterUnit[];
  agencies: AgencyRow[];
  indicators: IndicatorRow[];
}

/** Reads the reference lists from `contentDir`; invalid lists stop the import like the build. */
export function loadReference(contentDir: string): Reference {
  const read = <S extends Parameters<typeof readCsv>[2]>(path: string, schema: S) => {
    const { rows, issues } = readCsv(readFileSync(join(contentDir, path), 'utf8'), `content/${path}`, schema);
    if (issues.length > 0) throw new ContentError(issues);
    return rows.map((r) => r.data);
  };
  const stripType = (name: string, type: string): string =>
    name.toLowerCase().startsWith(`${type.toLowerCase()} `) ? name.slice(type.length + 1) : name;
  const units: RegisterUnit[] = [
    ...read('localities/units.csv', unitRow).map((u) => ({
      id: u.code,
      name: stripType(u.name, u.type),
      type: u.type.toLowerCase(),
      parentId: u.parent_code,
      former: false,
    })),
    ...read('localities/former-units.csv', formerUnitRow).map((u) => ({
      id: u.id,
      name: stripType(u.name, u.type),
      type: u.type.toLowerCase(),
      parentId: u.parent_code,
      former: true,
    })),
  ];
  return { units, agencies: read('agencies.csv', agencyRow), indicators: read('indicators.csv', indicatorRow) };
}
