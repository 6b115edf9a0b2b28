/**
 * Dates that cannot be right: a notice filed under a year folder that is not its year, a
 * `date` that contradicts the notice's own printed date line, and any date of a notice, its
 * figures or its status reports after the data date (an inspection in 2099).
 * Deadlines may lie ahead and are not checked against the day.
 */
import { issueDateSource } from '../domain/issue-date.ts';
import { parseIsoPartialDate, parseViDate, toIsoPartialDate, type PartialDate } from '../domain/vi-date.ts';
import { ViParseError } from '../domain/vi-number.ts';
import type { ContentIssue } from './errors.ts';
import type { NoticeFiles } from './read-content.ts';

/** The first day a partial date can mean: `2024-04` → `2024-04-01`. */
function firstDay(d: PartialDate): string {
  return toIsoPartialDate({ year: d.year, month: d.month ?? 1, day: d.day ?? 1 });
}

export function checkDates(notice: NoticeFiles, today: string, issues: ContentIssue[]): void {
  const future = (file: string, where: string | null, field: string, iso: string | null): void => {
    if (iso === null || firstDay(parseIsoPartialDate(iso)) <= today) return;
    issues.push({ file, where, field, found: iso, expected: `a date no later than ${today}, the data date (content/data-date.txt): a later date is a slip, or the data date must move on` });
  };
  for (const { line, data } of notice.figures) future(notice.figuresFile, `line ${line}`, 'as_of', data.as_of);

  const fm = notice.frontmatter;
  if (!fm) return;
  const field = (name: string, iso: string | null): void => future(notice.file, null, name, iso);
  const date = parseIsoPartialDate(fm.date);
  if (String(date.year) !== notice.year) {
    issues.push({
      file: notice.file, where: null, field: 'date', found: fm.date,
      expected: `a date in ${notice.year}, the year folder the notice is filed under (content/notices/${notice.year}/): correct the date or move the folder`,
    });
  }
  // Only a date line printed in full or with its day blank is compared with date; the other
  // forms (a month only, no year, no date line) are checked by check-date.ts against dateBasis.
  const kind = issueDateSource(date, fm.dateSource);
  const printed = fm.datePrinted !== null && (kind === 'printed' || kind === 'blank') ? printedDate(fm.datePrinted) : undefined;
  if (printed === undefined) {
    // nothing printed in a form to compare with
  } else if (printed === null) {
    issues.push({ file: notice.file, where: null, field: 'datePrinted', found: fm.datePrinted, expected: 'a place and date line such as "Lạng Sơn, ngày 09 tháng 4 năm 2024" (the day may be blank)' });
  } else if (toIsoPartialDate(printed) !== fm.date) {
    issues.push({ file: notice.file, where: null, field: 'date', found: fm.date, expected: `${toIsoPartialDate(printed)}, the date printed in datePrinted "${fm.datePrinted}"` });
  }
  field('date', fm.date);
  field('inspectionDate', fm.inspectionDate);
  field('programme.date', fm.programme.date);
  fm.legalReferences.forEach((r, i) => field(`legalReferences[${i}].date`, r.date));
  for (const [kind, items] of [['directives', fm.directives], ['proposals', fm.proposals]] as const) {
    for (const item of items) item.status.forEach((s, i) => field(`${kind}[${item.id}].status[${i}].date`, s.date));
  }
}

/** The date in a place-and-date line: "Lạng Sơn, ngày tháng 4 năm 2024" → 2024-04. */
function printedDate(line: string): PartialDate | null {
  const at = line.search(/(^|\s)(ngày|tháng|năm)(\s|$)/u);
  if (at === -1) return null;
  try {
    return parseViDate(line.slice(at).trim().replace(/\.$/, ''));
  } catch (e) {
    if (e instanceof ViParseError) return null;
    throw e;
  }
}
