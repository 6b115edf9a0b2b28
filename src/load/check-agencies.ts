/**
 * The agencies in time (content/agencies.csv, content/agency-successors.csv): each agency's
 * days, what a former agency became, and every agency a notice names existing on the notice's
 * date. A successor takes over on the day after its predecessor's last day, within its own
 * days; no agency is its own successor, directly or through others. Returns the agencies linked.
 */
import type { Agency } from '../domain/model.ts';
import type { AgencyFileRow, AgencySuccessorRow } from '../domain/schemas/indicator.ts';
import { dayBefore, existedThroughout } from '../domain/unit-validity.ts';
import { formatViDate, parseIsoPartialDate, toIsoPartialDate, type PartialDate } from '../domain/vi-date.ts';
import type { ContentIssue } from './errors.ts';
import type { CsvRow } from './read-csv.ts';

export const AGENCIES = 'content/agencies.csv';
export const AGENCY_SUCCESSORS = 'content/agency-successors.csv';

const iso = (d: PartialDate): string => toIsoPartialDate(d);

/** How an agency's days read in an error: `Sở Kế hoạch và Đầu tư (so-ke-hoach-va-dau-tu, until 28/02/2025)`. */
export function describeAgency(a: Pick<Agency, 'id' | 'name' | 'validFrom' | 'validTo'>): string {
  const days = [a.validFrom && `from ${formatViDate(a.validFrom)}`, a.validTo && `until ${formatViDate(a.validTo)}`].filter(Boolean).join(', ');
  return `${a.name} (${a.id}${days ? `, ${days}` : ''})`;
}

/** Checks both files (issues into `issues`) and returns every agency, its successors and predecessors linked. */
export function checkAgencies(rows: readonly CsvRow<AgencyFileRow>[], successorRows: readonly CsvRow<AgencySuccessorRow>[], issues: ContentIssue[]): Agency[] {
  const issue = (file: string, line: number, field: string, found: string, expected: string): void => {
    issues.push({ file, where: `line ${line}`, field, found, expected });
  };
  const agencies = rows.map(({ line, data }): Agency => {
    const { valid_from, valid_to, basis, source, ...rest } = data;
    const validFrom = valid_from === null ? null : parseIsoPartialDate(valid_from);
    const validTo = valid_to === null ? null : parseIsoPartialDate(valid_to);
    if (validFrom && validTo && iso(validTo) < iso(validFrom)) issue(AGENCIES, line, 'valid_to', valid_to!, `a day on or after valid_from ${valid_from}`);
    if ((validFrom || validTo) && basis === null) issue(AGENCIES, line, 'basis', '', 'the decision that set valid_from or valid_to, as cited (e.g. Nghị quyết số 04 ngày 18/02/2025 của HĐND tỉnh Lạng Sơn)');
    return { ...rest, validFrom, validTo, basis, source, successors: [], predecessors: [] };
  });
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const pairs = new Set<string>();
  for (const { line, data } of successorRows) {
    const from = byId.get(data.agency);
    const to = byId.get(data.successor);
    if (!from) issue(AGENCY_SUCCESSORS, line, 'agency', data.agency, `an agency id listed in ${AGENCIES}`);
    if (!to) issue(AGENCY_SUCCESSORS, line, 'successor', data.successor, `an agency id listed in ${AGENCIES}`);
    if (!from || !to) continue;
    const pair = `${from.id}→${to.id}`;
    if (from === to) {
      issue(AGENCY_SUCCESSORS, line, 'successor', data.successor, 'another agency than the one it succeeds');
      continue;
    }
    if (pairs.has(pair)) {
      issue(AGENCY_SUCCESSORS, line, 'successor', data.successor, `one row per agency and successor (${pair} is listed twice)`);
      continue;
    }
    pairs.add(pair);
    const effective = parseIsoPartialDate(data.effective_date);
    if (from.validTo === null) {
      issue(AGENCY_SUCCESSORS, line, 'agency', data.agency, `an agency with a last day (valid_to in ${AGENCIES}) to be succeeded: ${describeAgency(from)} has none`);
    } else if (iso(dayBefore(effective)) !== iso(from.validTo)) {
      issue(AGENCY_SUCCESSORS, line, 'effective_date', data.effective_date, `the day after the last day of ${describeAgency(from)}`);
    }
    if (!existedThroughout(to, effective)) {
      issue(AGENCY_SUCCESSORS, line, 'effective_date', data.effective_date, `a day on which the successor existed: ${describeAgency(to)} did not`);
    }
    from.successors.push({ agency: to, effectiveDate: effective, basis: data.basis, source: data.source });
    to.predecessors.push(from);
  }
  for (const a of agencies) a.predecessors.sort((x, y) => agencies.indexOf(x) - agencies.indexOf(y));
  reportCycles(agencies, successorRows, issues);
  return agencies;
}

/** Every cycle of successors, once, at the row that closes it. */
function reportCycles(agencies: readonly Agency[], rows: readonly CsvRow<AgencySuccessorRow>[], issues: ContentIssue[]): void {
  const reported = new Set<Agency>();
  for (const start of agencies) {
    const path: Agency[] = [];
    const walk = (a: Agency): Agency[] | null => {
      const at = path.indexOf(a);
      if (at >= 0) return path.slice(at);
      path.push(a);
      for (const s of a.successors) {
        const cycle = walk(s.agency);
        if (cycle) return cycle;
      }
      path.pop();
      return null;
    };
    const cycle = walk(start);
    if (!cycle || cycle.some((a) => reported.has(a))) continue;
    for (const a of cycle) reported.add(a);
    const last = cycle.at(-1)!;
    const row = rows.find((r) => r.data.agency === last.id && r.data.successor === cycle[0]!.id);
    issues.push({
      file: AGENCY_SUCCESSORS,
      where: row ? `line ${row.line}` : null,
      field: 'successor',
      found: cycle[0]!.id,
      expected: `successors that never lead back to an agency (cycle: ${[...cycle, cycle[0]!].map((a) => a.id).join(' → ')})`,
    });
  }
}

/** Why `agency` may not be named on `date`, or null when it existed throughout the date. */
export function agencyProblemOn(agency: Agency, date: PartialDate): string | null {
  if (existedThroughout(agency, date)) return null;
  const now = agency.successors.length > 0 ? `; from ${formatViDate(agency.successors[0]!.effectiveDate)} it is ${agency.successors.map((s) => s.agency.id).join(', ')}` : '';
  return `an agency that existed on ${formatViDate(date)}: ${describeAgency(agency)} did not${now}`;
}
