/**
 * The issue date of a notice against what its text says (issue 11, point 3): a date left blank
 * in the document, a date given only as a month or period, a year inferred from the document,
 * and a date line missing from the kept text are told apart, so each page says something true.
 */
import { issueDateSource } from '../domain/issue-date.ts';
import type { NoticeFrontmatter } from '../domain/schemas/notice.ts';
import { parseIsoPartialDate, parseViDate, toIsoPartialDate, type PartialDate } from '../domain/vi-date.ts';
import { ViParseError } from '../domain/vi-number.ts';
import { findVerbatim } from '../domain/verbatim.ts';
import type { ContentIssue } from './errors.ts';

/** `source`: the kept text, or null when it could not be read (the checks that quote it wait). */
export function checkIssueDate(fm: NoticeFrontmatter, source: string | null, file: string, issues: ContentIssue[]): void {
  const issue = (field: string, found: string, expected: string): void => {
    issues.push({ file, where: null, field, found, expected });
  };
  const kind = issueDateSource(parseIsoPartialDate(fm.date), fm.dateSource);
  const full = fm.date.length === 10;
  if ((kind === 'printed' || kind === 'year-inferred') && !full) issue('date', fm.date, `a full date (YYYY-MM-DD) for dateSource ${kind}`);
  if ((kind === 'blank' || kind === 'partial') && full) issue('date', fm.date, `a partial date (YYYY-MM or YYYY) for dateSource ${kind}: the document does not print the whole date`);
  if (kind === 'not-in-text') {
    if (fm.datePrinted !== null) issue('datePrinted', fm.datePrinted, 'null for dateSource not-in-text (the kept text has no date line)');
  } else if (fm.datePrinted === null) {
    issue('datePrinted', 'null', 'the place and date line as printed; null only with dateSource: not-in-text');
  }
  // A date line printed in full or with its day blank says the date itself: `date` must be it.
  if ((kind === 'printed' || kind === 'blank') && fm.datePrinted !== null) {
    const printed = printedDate(fm.datePrinted);
    if (printed === null) {
      issue('datePrinted', fm.datePrinted, 'a place and date line such as "Lạng Sơn, ngày 09 tháng 4 năm 2024" (the day may be blank)');
    } else if (toIsoPartialDate(printed) !== fm.date) {
      issue('date', fm.date, `${toIsoPartialDate(printed)}, the date printed in datePrinted "${fm.datePrinted}"`);
    }
  }
  if (kind === 'year-inferred' && fm.datePrinted !== null && /\d{4}/u.test(fm.datePrinted)) {
    issue('dateSource', kind, `printed or blank: the date line gives the year itself ("${fm.datePrinted}")`);
  }
  if (kind === 'year-inferred' || kind === 'not-in-text') {
    if (fm.dateBasis === undefined) issue('dateBasis', '(missing)', `the words of the text the ${kind === 'year-inferred' ? 'year' : 'date'} rests on, for dateSource ${kind}`);
    else if (source !== null && findVerbatim(source, fm.dateBasis).length === 0) issue('dateBasis', fm.dateBasis, 'text that occurs verbatim in source.txt (white space aside)');
  } else if (fm.dateBasis !== undefined) {
    issue('dateBasis', fm.dateBasis, `no dateBasis for dateSource ${kind} (only year-inferred and not-in-text rest on other words)`);
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
