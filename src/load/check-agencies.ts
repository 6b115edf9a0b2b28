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

/** How an agency's days read in an error: `Sở Kế hoạch và Đầu tư (so-ke-hoach-va-dau-tu, đến 28/02/2025)`. */
export function describeAgency(a: Pick<Agency, 'id' | 'name' | 'validFrom' | 'validTo'>): string {
  const days = [a.validFrom && `từ ${formatViDate(a.validFrom)}`, a.validTo && `đến ${formatViDate(a.validTo)}`].filter(Boolean).join(', ');
  return `${a.name} (${a.id}${days ? `, ${days}` : ''})`;
}

/** Checks both files (issues into `issues`) and returns every agency, its successors and predecessors linked. */
export function checkAgencies(rows: readonly CsvRow<AgencyFileRow>[], successorRows: readonly CsvRow<AgencySuccessorRow>[], issues: ContentIssue[]): Agency[] {
  const issue = (file: string, line: number, field: string, found: string, expected: string): void => {
    issues.push({ file, where: `dòng ${line}`, field, found, expected });
  };
  const agencies = rows.map(({ line, data }): Agency => {
    const { valid_from, valid_to, basis, source, ...rest } = data;
    const validFrom = valid_from === null ? null : parseIsoPartialDate(valid_from);
    const validTo = valid_to === null ? null : parseIsoPartialDate(valid_to);
    if (validFrom && validTo && iso(validTo) < iso(validFrom)) issue(AGENCIES, line, 'valid_to', valid_to!, `một ngày không trước valid_from ${valid_from}`);
    if ((validFrom || validTo) && basis === null) issue(AGENCIES, line, 'basis', '', 'văn bản làm căn cứ cho valid_from hoặc valid_to, ghi như khi trích dẫn (ví dụ Nghị quyết số 04 ngày 18/02/2025 của HĐND tỉnh Lạng Sơn)');
    return { ...rest, validFrom, validTo, basis, source, successors: [], predecessors: [] };
  });
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const pairs = new Set<string>();
  for (const { line, data } of successorRows) {
    const from = byId.get(data.agency);
    const to = byId.get(data.successor);
    if (!from) issue(AGENCY_SUCCESSORS, line, 'agency', data.agency, `mã của một cơ quan có trong ${AGENCIES}`);
    if (!to) issue(AGENCY_SUCCESSORS, line, 'successor', data.successor, `mã của một cơ quan có trong ${AGENCIES}`);
    if (!from || !to) continue;
    const pair = `${from.id}→${to.id}`;
    if (from === to) {
      issue(AGENCY_SUCCESSORS, line, 'successor', data.successor, 'một cơ quan khác với cơ quan được kế tục (một cơ quan không kế tục chính nó)');
      continue;
    }
    if (pairs.has(pair)) {
      issue(AGENCY_SUCCESSORS, line, 'successor', data.successor, `mỗi cặp cơ quan và cơ quan kế tục chỉ ghi một dòng (${pair} được ghi hai lần)`);
      continue;
    }
    pairs.add(pair);
    const effective = parseIsoPartialDate(data.effective_date);
    if (from.validTo === null) {
      issue(AGENCY_SUCCESSORS, line, 'agency', data.agency, `một cơ quan có ngày cuối cùng (valid_to trong ${AGENCIES}) thì mới có cơ quan kế tục: ${describeAgency(from)} không có ngày cuối cùng`);
    } else if (iso(dayBefore(effective)) !== iso(from.validTo)) {
      issue(AGENCY_SUCCESSORS, line, 'effective_date', data.effective_date, `ngày liền sau ngày cuối cùng của ${describeAgency(from)}`);
    }
    if (!existedThroughout(to, effective)) {
      issue(AGENCY_SUCCESSORS, line, 'effective_date', data.effective_date, `một ngày mà cơ quan kế tục đang tồn tại: ${describeAgency(to)} không tồn tại vào ngày đó`);
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
      where: row ? `dòng ${row.line}` : null,
      field: 'successor',
      found: cycle[0]!.id,
      expected: `chuỗi cơ quan kế tục không quay lại cơ quan trước đó (vòng lặp: ${[...cycle, cycle[0]!].map((a) => a.id).join(' → ')})`,
    });
  }
}

/** Why `agency` may not be named on `date`, or null when it existed throughout the date. */
export function agencyProblemOn(agency: Agency, date: PartialDate): string | null {
  if (existedThroughout(agency, date)) return null;
  const now = agency.successors.length > 0 ? `; từ ${formatViDate(agency.successors[0]!.effectiveDate)} là ${agency.successors.map((s) => s.agency.id).join(', ')}` : '';
  return `một cơ quan còn tồn tại vào ${formatViDate(date)}: ${describeAgency(agency)} không tồn tại vào thời điểm đó${now}`;
}
