/**
 * Checks of the locality register, indicators and agencies across rows and files, and what
 * the notices are checked against: every unit linked to its parent, children and successors,
 * every indicator, agency and criterion by id.
 */
import type { Agency, Indicator, Issuer, Locality, NtmCriterion } from '../domain/model.ts';
import { buildLocalities } from './build-localities.ts';
import { checkAgencies } from './check-agencies.ts';
import { checkIssuers } from './check-issuers.ts';
import type { ContentIssue } from './errors.ts';
import type { RawContent } from './read-content.ts';

/** The checked register and lists: what references in notices resolve to. */
export interface Register {
  /** Province, then each district followed by its communes, then former units. */
  localities: Locality[];
  localityById: ReadonlyMap<string, Locality>;
  /**
   * The unit an id names at an ISO date (null: the notice's date). Here, by id only; the view
   * of one notice (check-eras.ts, registerOn) resolves codes to the unit of the date.
   */
  localityAt: (id: string, isoDate: string | null) => Locality | undefined;
  indicators: Indicator[];
  indicatorById: ReadonlyMap<string, Indicator>;
  agencies: Agency[];
  agencyById: ReadonlyMap<string, Agency>;
  issuerById: ReadonlyMap<string, Issuer>;
  issuers: Issuer[];
  /** The 19 criteria, in order. */
  ntmCriteria: NtmCriterion[];
  criterionByNumber: ReadonlyMap<number, NtmCriterion>;
}

/** Checks the register and lists (issues into `issues`) and returns them, linked. */
export function checkRegister(content: RawContent, issues: ContentIssue[]): Register {
  issues.push(...validateRegister(content));
  const localities = buildLocalities(content);
  const indicators = content.indicators.map((r) => r.data);
  const agencies = checkAgencies(content.agencies, content.agencySuccessors, issues);
  const ntmCriteria = content.ntmCriteria.map((r) => r.data).sort((a, b) => a.number - b.number);
  const localityById = new Map(localities.map((l) => [l.id, l]));
  const issuers = checkIssuers(content.issuers, localityById, issues);
  return {
    issuers,
    issuerById: new Map(issuers.map((i) => [i.id, i])),
    localities,
    localityById,
    localityAt: (id) => localityById.get(id),
    indicators,
    indicatorById: new Map(indicators.map((i) => [i.id, i])),
    agencies,
    agencyById: new Map(agencies.map((a) => [a.id, a])),
    ntmCriteria,
    criterionByNumber: new Map(ntmCriteria.map((c) => [c.number, c])),
  };
}

const UNITS = 'content/localities/units.csv';
const FORMER = 'content/localities/former-units.csv';
const PARENT_LEVEL = { tinh: null, huyen: 'tinh', xa: 'huyen' } as const;

/** Every id the register knows (active units and former units). */
function registerIds(content: RawContent): Set<string> {
  return new Set([...content.units.map((r) => r.data.code), ...content.formerUnits.map((r) => r.data.id)]);
}

function validateRegister(content: RawContent): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const levelOf = new Map(content.units.map((r) => [r.data.code, r.data.level]));
  const seen = new Set<string>();
  for (const { line, data } of content.units) {
    const where = `dòng ${line}`;
    if (seen.has(data.code)) issues.push({ file: UNITS, where, field: 'code', found: data.code, expected: 'mã chỉ dùng cho một đơn vị (mã bị trùng)' });
    seen.add(data.code);
    const parentLevel = PARENT_LEVEL[data.level];
    const expectedDigits = { tinh: 2, huyen: 3, xa: 5 }[data.level];
    if (data.code.length !== expectedDigits) {
      issues.push({ file: UNITS, where, field: 'code', found: data.code, expected: `${expectedDigits} chữ số cho cấp ${data.level}` });
    }
    if (parentLevel === null && data.parent_code !== null) {
      issues.push({ file: UNITS, where, field: 'parent_code', found: data.parent_code, expected: 'để trống với đơn vị cấp tỉnh' });
    } else if (parentLevel !== null && (data.parent_code === null || levelOf.get(data.parent_code) !== parentLevel)) {
      issues.push({ file: UNITS, where, field: 'parent_code', found: data.parent_code ?? '', expected: `mã của một đơn vị cấp ${parentLevel} có trong ${UNITS}` });
    }
  }
  const ids = registerIds(content);
  for (const { line, data } of content.formerUnits) {
    const where = `dòng ${line}`;
    if (seen.has(data.id)) issues.push({ file: FORMER, where, field: 'id', found: data.id, expected: 'mã chưa được đơn vị khác dùng (mã bị trùng)' });
    seen.add(data.id);
    if (data.code !== null && data.code !== data.id) issues.push({ file: FORMER, where, field: 'id', found: data.id, expected: `mã ${data.code} của Tổng cục Thống kê (đã biết mã thì dùng mã làm id)` });
    if (!levelOf.has(data.parent_code)) issues.push({ file: FORMER, where, field: 'parent_code', found: data.parent_code, expected: `một đơn vị có trong ${UNITS}` });
    if (!ids.has(data.successor) || data.successor === data.id) issues.push({ file: FORMER, where, field: 'successor', found: data.successor, expected: 'một đơn vị khác trong danh mục' });
  }
  for (const { line, data, file } of content.successors) {
    if (!levelOf.has(data.old_code)) issues.push({ file, where: `dòng ${line}`, field: 'old_code', found: data.old_code, expected: `một đơn vị có trong ${UNITS}` });
  }
  issues.push(...duplicates(content.indicators.map((r) => [r.line, r.data.id]), 'content/indicators.csv'));
  issues.push(...duplicates(content.agencies.map((r) => [r.line, r.data.id]), 'content/agencies.csv'));
  const amountIds = new Set(content.indicators.filter((r) => r.data.kind === 'amount').map((r) => r.data.id));
  for (const { line, data } of content.indicators) {
    if (data.ratio_of !== null && (data.kind !== 'percent' || !amountIds.has(data.ratio_of))) {
      issues.push({ file: 'content/indicators.csv', where: `dòng ${line}`, field: 'ratio_of', found: data.ratio_of, expected: 'để trống; hoặc, với chỉ tiêu loại percent, mã của một chỉ tiêu loại amount' });
    }
  }
  return issues;
}

function duplicates(rows: [number, string][], file: string): ContentIssue[] {
  const seen = new Set<string>();
  return rows.flatMap(([line, id]) => {
    const dup = seen.has(id);
    seen.add(id);
    return dup ? [{ file, where: `dòng ${line}`, field: 'id', found: id, expected: 'mã chỉ dùng một lần (mã bị trùng)' }] : [];
  });
}
