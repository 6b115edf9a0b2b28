/**
 * content/issuers.csv, the register of bodies that issue notices (issue 11, point 4): ids once,
 * each body's unit in the locality register and of the body's level (a provincial committee
 * governs a province). Returns the bodies with their units.
 */
import type { Issuer, Locality } from '../domain/model.ts';
import type { IssuerRow } from '../domain/schemas/issuer.ts';
import type { ContentIssue } from './errors.ts';
import type { CsvRow } from './read-csv.ts';

const FILE = 'content/issuers.csv';

export function checkIssuers(rows: readonly CsvRow<IssuerRow>[], localityById: ReadonlyMap<string, Locality>, issues: ContentIssue[]): Issuer[] {
  const seen = new Map<string, number>();
  return rows.flatMap(({ line, data }) => {
    const where = `dòng ${line}`;
    const first = seen.get(data.id);
    if (first !== undefined) issues.push({ file: FILE, where, field: 'id', found: data.id, expected: `mã chỉ dùng một lần (dòng ${first} đã dùng mã này)` });
    seen.set(data.id, line);
    const locality = localityById.get(data.locality);
    if (!locality) {
      issues.push({ file: FILE, where, field: 'locality', found: data.locality, expected: 'mã của một đơn vị hành chính có trong content/localities (units.csv hoặc former-units.csv)' });
      return [];
    }
    if (locality.level !== data.level) {
      issues.push({ file: FILE, where, field: 'level', found: data.level, expected: `${locality.level}, cấp của ${locality.name} (${locality.id})` });
    }
    return first === undefined ? [{ ...data, locality }] : [];
  });
}
