/**
 * The national gazetteer (`content/gazetteer/units-vn-2025-03-01.csv`): every unit of the
 * country, in the columns of units.csv, checked row by row. Only the importer uses it, to tell
 * a unit of another province from a unit of Lạng Sơn; the build does not read it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { unitRow, type UnitRow } from '../domain/schemas/locality.ts';
import { ContentError } from './errors.ts';
import { readCsv } from './read-csv.ts';

export const GAZETTEER_FILE = 'gazetteer/units-vn-2025-03-01.csv';

/** Reads and checks the gazetteer of `contentDir`; throws a ContentError naming any bad row. */
export function readGazetteer(contentDir = resolve('content')): UnitRow[] {
  const path = join(contentDir, GAZETTEER_FILE);
  const file = relative(dirname(contentDir), path);
  if (!existsSync(path)) {
    throw new ContentError([{ file, where: null, field: null, found: 'no such file', expected: 'the national gazetteer (node scripts/extract-gazetteer.ts <dvhc-2025-03-01.csv>)' }]);
  }
  const { rows, issues } = readCsv(readFileSync(path, 'utf8'), file, unitRow);
  if (issues.length > 0) throw new ContentError(issues);
  return rows.map((r) => r.data);
}
