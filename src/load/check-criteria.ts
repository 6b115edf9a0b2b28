/**
 * Checks of a notice's criteria.csv: each row names a known commune and one of the 19
 * criteria, once; its words are in the notice; and the criteria listed agree with the count
 * the notice gives for the same commune (09/19 met cannot come with 10 criteria listed as met).
 */
import type { CriterionStatus } from '../domain/model.ts';
import { findVerbatim, lineOfOffset } from '../domain/verbatim.ts';
import type { Register } from './check-register.ts';
import type { ContentIssue } from './errors.ts';
import type { NoticeFiles } from './read-content.ts';

/** A criterion status as checked, before it is attached to its notice. */
export type CheckedCriterion = Omit<CriterionStatus, 'notice'>;

/** The indicator whose figure counts the criteria met (09/19). */
export const CRITERIA_MET_INDICATOR = 'tieu-chi-ntm-dat';

/** Checks the notice's criteria.csv; returns its rows resolved, commune by commune in criterion order. */
export function checkCriteria(notice: NoticeFiles, register: Register, issues: ContentIssue[]): CheckedCriterion[] {
  const file = notice.criteriaFile;
  const checked: CheckedCriterion[] = [];
  const seen = new Set<string>();
  for (const { line, data: c } of notice.criteria) {
    const issue = (field: string, found: string, expected: string): void => {
      issues.push({ file, where: `dòng ${line}`, field, found, expected });
    };
    const locality = register.localityById.get(c.locality);
    if (!locality) issue('locality', c.locality, 'mã của một đơn vị hành chính có trong content/localities');
    const criterion = register.criterionByNumber.get(c.criterion);
    if (!criterion) issue('criterion', String(c.criterion), 'số thứ tự của một tiêu chí có trong content/ntm-criteria.csv');
    const key = `${c.locality}|${c.criterion}`;
    if (seen.has(key)) issue('criterion', String(c.criterion), `mỗi tiêu chí của một xã chỉ ghi một dòng (tiêu chí ${c.criterion} của ${c.locality} được ghi hai lần)`);
    seen.add(key);
    const source = notice.source;
    const [offset] = source === null ? [] : findVerbatim(source, c.excerpt);
    if (source !== null && offset === undefined) {
      issue('excerpt', c.excerpt, `đoạn văn có nguyên văn trong ${notice.sourceFile} (không kể khoảng trắng)`);
    }
    if (locality && criterion && source !== null && offset !== undefined) {
      checked.push({ locality, criterion, met: c.status === 'dat', excerpt: c.excerpt, sourceLine: lineOfOffset(source, offset) });
    }
  }
  for (const { line, data: f } of notice.figures) {
    if (f.indicator !== CRITERIA_MET_INDICATOR || f.denominator === null) continue;
    const rows = notice.criteria.filter((c) => c.data.locality === f.locality);
    if (rows.length === 0) continue;
    const met = rows.filter((c) => c.data.status === 'dat').length;
    const notMet = rows.length - met;
    const complete = rows.length === f.denominator;
    if (complete ? met !== f.value : met > f.value || notMet > f.denominator - f.value) {
      issues.push({
        file,
        where: null,
        field: 'status',
        found: `${met} tiêu chí đạt và ${notMet} tiêu chí chưa đạt của ${f.locality}`,
        expected: `khớp với ${notice.figuresFile} dòng ${line}: đạt ${f.value} trên ${f.denominator} tiêu chí ("${f.printed}")`,
      });
    }
  }
  return checked.sort((a, b) => a.locality.id.localeCompare(b.locality.id) || a.criterion.number - b.criterion.number);
}
