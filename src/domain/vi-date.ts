/**
 * Dates as printed in vi-VN notices (`09/4/2024`, `ngày tháng 4 năm 2024`, `tháng 8/2021`),
 * their ISO partial form (`2024-04-09`, `2024-04`, `2024`) and the official display form.
 */
import { normalizeViText, ViParseError } from './vi-number.ts';

/**
 * A possibly partial calendar date. `day` is null when the day was left blank
 * (`ngày tháng 4 năm 2024`); `month` is null only for a year-only date (then `day` is null too).
 */
export interface PartialDate {
  year: number;
  month: number | null;
  day: number | null;
}

const VI_DATE_FORMS =
  'expected a vi-VN date such as "09/4/2024", "ngày 19/01/2024", "ngày 20/9" (with a context year), ' +
  '"ngày tháng 4 năm 2024", "tháng 8/2021" or "năm 2024"';

// Day/month with an optional 4-digit year: "09/4/2024", "ngày 20/9".
const NUMERIC_RE = /^(?:ngày )?(\d{1,2}) ?\/ ?(\d{1,2})(?: ?\/ ?(\d{4}))?$/u;
// Worded form; the blank day of a signed-later notice may be left as spaces, dots or underscores.
const WORDED_RE =
  /^(?:ngày(?: (\d{1,2}))?[ ._…]* )?tháng (\d{1,2})(?:(?: năm | ?\/ ?)(\d{4}))?$/u;
const YEAR_RE = /^(?:năm )?(\d{4})$/u;
const ISO_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Returns what is wrong with the fields, or null when they form a valid (partial) date. */
function rangeProblem({ year, month, day }: PartialDate): string | null {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return `year ${year} is not a 4-digit year`;
  if (month === null) return day === null ? null : 'a day needs a month';
  if (!Number.isInteger(month) || month < 1 || month > 12) return `month ${month} is not between 1 and 12`;
  if (day === null) return null;
  const last = daysInMonth(year, month);
  if (!Number.isInteger(day) || day < 1 || day > last) {
    return `day ${day} is not between 1 and ${last} (month ${month} of ${year} has ${last} days)`;
  }
  return null;
}

function checked(found: string, date: PartialDate): PartialDate {
  const problem = rangeProblem(date);
  if (problem !== null) throw new ViParseError(found, `is not a valid date: ${problem}`);
  return date;
}

function assertValid(date: PartialDate): void {
  const problem = rangeProblem(date);
  if (problem !== null) throw new RangeError(`Invalid date ${JSON.stringify(date)}: ${problem}`);
}

function toInt(digits: string | undefined): number | null {
  return digits === undefined ? null : Number.parseInt(digits, 10);
}

/**
 * Parses a vi-VN printed date. Accepted forms: `09/4/2024`, `31/03/2024`, `ngày 09/4/2024`,
 * `ngày 9 tháng 4 năm 2024`, `ngày tháng 4 năm 2024` (blank day → `day: null`),
 * `tháng 4 năm 2024`, `tháng 8/ 2021`, `năm 2024`, `2024`. A form without a year (`ngày 20/9`,
 * `tháng 4`) takes `options.contextYear`. Text is NFC-normalized, case-folded and whitespace-collapsed.
 * @throws {ViParseError} on an unknown form, a missing year or an out-of-range day or month
 */
export function parseViDate(text: string, options: { contextYear?: number } = {}): PartialDate {
  const clean = normalizeViText(text);
  const lower = clean.toLowerCase();
  let match: RegExpExecArray | null;
  let fields: [day: string | undefined, month: string | undefined, year: string | undefined];
  if ((match = NUMERIC_RE.exec(lower))) fields = [match[1], match[2], match[3]];
  else if ((match = WORDED_RE.exec(lower))) fields = [match[1], match[2], match[3]];
  else if ((match = YEAR_RE.exec(lower))) fields = [undefined, undefined, match[1]];
  else throw new ViParseError(clean, `is not a vi-VN date: ${VI_DATE_FORMS}`);

  const [day, month, year] = fields.map(toInt) as [number | null, number | null, number | null];
  let fullYear = year;
  if (fullYear === null) {
    if (options.contextYear === undefined) {
      throw new ViParseError(clean, 'has no year: write it as dd/mm/yyyy or pass options.contextYear');
    }
    fullYear = options.contextYear;
  }
  return checked(clean, { year: fullYear, month, day });
}

/**
 * Parses a strict, zero-padded ISO 8601 partial date: `2024`, `2024-04`, `2024-04-09`.
 * @throws {ViParseError} on any other form or an out-of-range day or month
 */
export function parseIsoPartialDate(text: string): PartialDate {
  const match = ISO_RE.exec(text);
  if (!match) {
    throw new ViParseError(text, 'is not an ISO partial date: expected YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024-04-09)');
  }
  return checked(text, { year: Number(match[1]), month: toInt(match[2]), day: toInt(match[3]) });
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * Formats as ISO 8601 partial date (`2024`, `2024-04`, `2024-04-09`); inverse of {@link parseIsoPartialDate}.
 * @throws {RangeError} if the date is invalid
 */
export function toIsoPartialDate(d: PartialDate): string {
  assertValid(d);
  const year = String(d.year).padStart(4, '0');
  if (d.month === null) return year;
  return d.day === null ? `${year}-${pad2(d.month)}` : `${year}-${pad2(d.month)}-${pad2(d.day)}`;
}

/**
 * Formats for display per Nghị định 30/2020/NĐ-CP: days below 10 and months 1 and 2 take a
 * leading zero, other months do not: `09/4/2024`, `19/01/2024`, `31/3/2024`, `18/12/2020`.
 * Partial dates: `tháng 4/2024` (blank day), `năm 2024` (year only).
 * @throws {RangeError} if the date is invalid
 */
export function formatViDate(d: PartialDate): string {
  assertValid(d);
  if (d.month === null) return `năm ${d.year}`;
  const month = d.month <= 2 ? pad2(d.month) : String(d.month);
  if (d.day === null) return `tháng ${month}/${d.year}`;
  return `${d.day < 10 ? pad2(d.day) : String(d.day)}/${month}/${d.year}`;
}

/**
 * The worded form of the place-and-date line of Nghị định 30/2020/NĐ-CP, with the same
 * leading zeros as {@link formatViDate}: `ngày 09 tháng 4 năm 2024`, `ngày 27 tháng 11 năm 2026`,
 * `ngày 19 tháng 01 năm 2024`; a blank day stays blank (`ngày tháng 4 năm 2024`).
 * @throws {RangeError} if the date is invalid
 */
export function formatViDateWorded(d: PartialDate): string {
  assertValid(d);
  if (d.month === null) return `năm ${d.year}`;
  const month = d.month <= 2 ? pad2(d.month) : String(d.month);
  const day = d.day === null ? '' : ` ${d.day < 10 ? pad2(d.day) : String(d.day)}`;
  return `ngày${day} tháng ${month} năm ${d.year}`;
}

/**
 * The share of the calendar year elapsed at the END of the date, in percent. This is the
 * "tiến độ thời gian" (time progress) that revenue collected so far is read against: revenue
 * at 25% of the annual estimate on 31/3 is on schedule.
 *
 * On the last day of a month (and for a month-only date, read as the end of that month) it is
 * exactly completed months / 12 × 100, as official reports state it (31/3/2024 → 25);
 * otherwise day-of-year / days-in-year × 100. A year-only date gives 100.
 * @throws {RangeError} if the date is invalid
 */
export function yearElapsedShare(d: PartialDate): number {
  assertValid(d);
  if (d.month === null) return 100;
  if (d.day === null || d.day === daysInMonth(d.year, d.month)) return (d.month * 100) / 12;
  let dayOfYear = d.day;
  for (let month = 1; month < d.month; month += 1) dayOfYear += daysInMonth(d.year, month);
  return (dayOfYear * 100) / (isLeapYear(d.year) ? 366 : 365);
}
