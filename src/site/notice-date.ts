/**
 * The sentence that goes with a notice's issue date when it was not printed in full: a blank
 * left in the document, a month or period only, a year taken from elsewhere in the document,
 * or no date line in the kept text. Null for a date printed in full.
 */
import { issueDateSource } from '../domain/issue-date.ts';
import type { Notice } from '../domain/model.ts';
import { vi } from '../i18n/vi.ts';

export function issueDateNote(n: Pick<Notice, 'date' | 'datePrinted' | 'dateSource' | 'dateBasis'>): string | null {
  const printed = n.datePrinted ?? '';
  switch (issueDateSource(n.date, n.dateSource)) {
    case 'printed':
      return null;
    case 'blank':
      return vi.issueDate.blank(n.date.month === null ? 'ngày và tháng' : 'ngày', printed);
    case 'partial':
      return vi.issueDate.partial(printed);
    case 'year-inferred':
      return vi.issueDate.yearInferred(printed, n.date.year, n.dateBasis ?? '');
    case 'not-in-text':
      return vi.issueDate.notInText(n.dateBasis ?? '');
  }
}
