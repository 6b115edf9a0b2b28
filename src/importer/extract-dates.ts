/**
 * Dates in running text, in the forms notices print them: `09/4/2024`, `ngày 19/01/2024`,
 * `ngày 20/9` (the year comes from the context, and is reported), `tháng 8/ 2021`,
 * `ngày tháng 4 năm 2024` (blank day: the date stays partial), `Ngày 16/07/2024` (any case),
 * `Sáng 21-4`, `sáng 4/11` (dashes or a slash after a word that names a day), `Sáng nay (12/3)`,
 * `ngày 1.1.2016` (dots after "ngày"), the words of a date split over two lines. Values come from src/domain/vi-date.ts, the parser the build uses.
 */
import { parseViDate, toIsoPartialDate } from '../domain/vi-date.ts';

export interface FoundDate {
  printed: string;
  index: number;
  /** ISO, partial when the text is: `2024-04-09`, `2024-04`. */
  iso: string;
  /** True when the text gave no year and `contextYear` was used. */
  yearFromContext: boolean;
}

/**
 * White space between the words of a date, one line break included: text copied from a PDF
 * breaks lines anywhere ("ngày 27 tháng 12 năm" / "2008"). Never a blank line, which ends a
 * paragraph. `printed` keeps the white space as in the text.
 */
const SP = String.raw`(?=\s)[^\S\n]*\n?[^\S\n]*`;
const DATE_RE = new RegExp(
  [
    String.raw`ngày(?:${SP}\d{1,2})?(?:[._…]|[^\S\n])*${SP}tháng${SP}\d{1,2}${SP}năm${SP}\d{4}`,
    String.raw`tháng${SP}\d{1,2} ?/ ?\d{4}`,
    String.raw`(?:ngày${SP})?\d{1,2} ?/ ?\d{1,2} ?/ ?\d{4}`,
    String.raw`ngày${SP}\d{1,2} ?/ ?\d{1,2}(?![\d/])`,
    // "Sáng 21-4", "ngày 21-4-2024": dashes only after a word that says a day follows.
    String.raw`(?<=(?:ngày|sáng|chiều|trưa|tối|đêm)${SP})\d{1,2}-\d{1,2}(?:-\d{4})?(?![\d-])`,
    // "sáng 4/11", "Chiều 16/7": a part of the day names a day, never a fraction.
    String.raw`(?<=(?:sáng|chiều|trưa|tối|đêm)${SP})\d{1,2} ?/ ?\d{1,2}(?![\d/])`,
    // "Sáng nay (12/3)", "hôm qua (11/3)": the news' day in brackets.
    String.raw`(?<=(?:sáng|chiều|trưa|tối|đêm|hôm) (?:nay|qua) \()\d{1,2}/\d{1,2}(?=\))`,
    // "ngày 1.1.2016", "ngày 13.11.2023": dots only after "ngày" ("1.234" is a number).
    String.raw`(?<=ngày${SP})\d{1,2}\.\d{1,2}\.\d{4}(?!\d|[.,]\d)`,
  ].join('|'),
  'giu',
);

/**
 * A leap year to pass as `contextYear` when only the day and month of a date without a year are
 * wanted (29/2 included): the caller finds the year itself (event-year.ts) or leaves it blank.
 */
export const ANY_LEAP_YEAR = 2000;

/**
 * The latest year in which day/month is not after `iso` (`2025-01-10`, or `2024-04` with its day
 * left blank: any day of April is not after it): the year of a day a text reports as past, or of
 * a document it cites, when it prints none. 28/12 against 2025-01-10 → 2024.
 */
export function yearNotAfter(day: number, month: number, iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return y;
  return month * 100 + day <= m * 100 + (d ?? 31) ? y : y - 1;
}

/** Every date printed in `text`, in order. Forms without a year need `contextYear`. */
export function findDates(text: string, contextYear: number | null): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of text.matchAll(DATE_RE)) {
    // "Số 12/3/2024" cannot occur, but a number like "111/2024/QH15" must not be read as a date.
    if (/^[\d/]/u.test(text.slice(m.index + m[0].length)) || /[\d/]$/u.test(text.slice(0, m.index))) continue;
    const hasYear = /\d{4}$/u.test(m[0]);
    if (!hasYear && contextYear === null) continue;
    try {
      const iso = toIsoPartialDate(parseViDate(m[0].replaceAll(/[-.]/gu, '/'), hasYear || contextYear === null ? {} : { contextYear }));
      out.push({ printed: m[0], index: m.index, iso, yearFromContext: !hasYear });
    } catch {
      // Not a valid date (31/02/2024): not a date at all, leave it to the figure reader.
    }
  }
  return out;
}
