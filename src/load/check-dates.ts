/**
 * Dates that cannot be right: a notice filed under a year folder that is not its year, and any
 * date of a notice or its figures after the data date (a report's: check-reports.ts) (an inspection in
 * 2099). The issue date against the notice's own text is check-date.ts.
 * Deadlines may lie ahead and are not checked against the day.
 */
import { parseIsoPartialDate, toIsoPartialDate, type PartialDate } from '../domain/vi-date.ts';
import type { ContentIssue } from './errors.ts';
import type { NoticeFiles } from './read-content.ts';

/** The first day a partial date can mean: `2024-04` → `2024-04-01`. */
function firstDay(d: PartialDate): string {
  return toIsoPartialDate({ year: d.year, month: d.month ?? 1, day: d.day ?? 1 });
}

export function checkDates(notice: NoticeFiles, today: string, issues: ContentIssue[]): void {
  const future = (file: string, where: string | null, field: string, iso: string | null): void => {
    if (iso === null || firstDay(parseIsoPartialDate(iso)) <= today) return;
    issues.push({ file, where, field, found: iso, expected: `một ngày không sau ${today}, ngày dữ liệu (content/data-date.txt): ngày muộn hơn là ghi nhầm, nếu không thì phải cập nhật ngày dữ liệu` });
  };
  for (const { line, data } of notice.figures) future(notice.figuresFile, `dòng ${line}`, 'as_of', data.as_of);

  const fm = notice.frontmatter;
  if (!fm) return;
  const field = (name: string, iso: string | null): void => future(notice.file, null, name, iso);
  const date = parseIsoPartialDate(fm.date);
  if (String(date.year) !== notice.year) {
    issues.push({
      file: notice.file, where: null, field: 'date', found: fm.date,
      expected: `một ngày trong năm ${notice.year}, năm của thư mục chứa thông báo (content/notices/${notice.year}/): sửa ngày hoặc chuyển thông báo sang thư mục năm đúng`,
    });
  }
  field('date', fm.date);
  field('inspectionDate', fm.inspectionDate);
  field('programme.date', fm.programme.date);
  fm.legalReferences.forEach((r, i) => field(`legalReferences[${i}].date`, r.date));
}

