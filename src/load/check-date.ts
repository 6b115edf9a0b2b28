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
  if ((kind === 'printed' || kind === 'year-inferred') && !full) issue('date', fm.date, `một ngày đầy đủ (YYYY-MM-DD) khi dateSource là ${kind}`);
  if ((kind === 'blank' || kind === 'partial') && full) issue('date', fm.date, `một ngày không đầy đủ (YYYY-MM hoặc YYYY) khi dateSource là ${kind}: văn bản không in đủ ngày, tháng, năm`);
  if (kind === 'not-in-text') {
    if (fm.datePrinted !== null) issue('datePrinted', fm.datePrinted, 'null khi dateSource là not-in-text (văn bản được lưu không có dòng ngày tháng)');
  } else if (fm.datePrinted === null) {
    issue('datePrinted', 'null', 'dòng địa danh, ngày tháng đúng như in; chỉ để null khi dateSource: not-in-text');
  }
  // A date line printed in full or with its day blank says the date itself: `date` must be it.
  if ((kind === 'printed' || kind === 'blank') && fm.datePrinted !== null) {
    const printed = printedDate(fm.datePrinted);
    if (printed === null) {
      issue('datePrinted', fm.datePrinted, 'một dòng địa danh, ngày tháng như "Lạng Sơn, ngày 09 tháng 4 năm 2024" (có thể để trống ngày)');
    } else if (toIsoPartialDate(printed) !== fm.date) {
      issue('date', fm.date, `${toIsoPartialDate(printed)}, ngày in trong datePrinted "${fm.datePrinted}"`);
    }
  }
  if (kind === 'year-inferred' && fm.datePrinted !== null && /\d{4}/u.test(fm.datePrinted)) {
    issue('dateSource', kind, `printed hoặc blank: dòng ngày tháng đã ghi năm ("${fm.datePrinted}")`);
  }
  if (kind === 'year-inferred' || kind === 'not-in-text') {
    if (fm.dateBasis === undefined) issue('dateBasis', '(không có)', `câu chữ trong văn bản làm căn cứ cho ${kind === 'year-inferred' ? 'năm' : 'ngày'}, khi dateSource là ${kind}`);
    else if (source !== null && findVerbatim(source, fm.dateBasis).length === 0) issue('dateBasis', fm.dateBasis, 'đoạn văn có nguyên văn trong source.txt (không kể khoảng trắng)');
  } else if (fm.dateBasis !== undefined) {
    issue('dateBasis', fm.dateBasis, `không có dateBasis khi dateSource là ${kind} (chỉ year-inferred và not-in-text mới dựa vào câu chữ khác trong văn bản)`);
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
