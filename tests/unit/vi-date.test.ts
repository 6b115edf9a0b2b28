import { describe, it, expect } from 'vitest';
import {
  formatViDate,
  parseIsoPartialDate,
  parseViDate,
  toIsoPartialDate,
  yearElapsedShare,
} from '../../src/domain/vi-date.ts';
import type { PartialDate } from '../../src/domain/vi-date.ts';
import { ViParseError } from '../../src/domain/vi-number.ts';

const date = (year: number, month: number | null = null, day: number | null = null): PartialDate => ({
  year,
  month,
  day,
});

function expectParseError(fn: () => unknown, found: string): void {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ViParseError);
  expect((caught as ViParseError).message).toContain(`"${found}"`);
}

describe('parseViDate', () => {
  it.each<[string, PartialDate]>([
    ['09/4/2024', date(2024, 4, 9)],
    ['12/3/2024', date(2024, 3, 12)],
    ['31/03/2024', date(2024, 3, 31)],
    ['ngày 19/01/2024', date(2024, 1, 19)],
    ['ngày 09/4/2024', date(2024, 4, 9)],
    ['Ngày 09/4/2024', date(2024, 4, 9)],
    ['29/02/2024', date(2024, 2, 29)],
    ['29/02/2000', date(2000, 2, 29)],
    ['ngày 9 tháng 4 năm 2024', date(2024, 4, 9)],
    ['ngày tháng 4 năm 2024', date(2024, 4, null)],
    ['ngày     tháng 4 năm 2024', date(2024, 4, null)],
    ['ngày ... tháng 4 năm 2024', date(2024, 4, null)],
    ['tháng 4 năm 2024', date(2024, 4, null)],
    ['tháng 8/ 2021', date(2021, 8, null)],
    ['tháng 8/2021', date(2021, 8, null)],
    ['tháng 12/2020', date(2020, 12, null)],
    ['năm 2024', date(2024)],
    ['2024', date(2024)],
    [' ngày\u00a009/4/2024 ', date(2024, 4, 9)],
    ['ngày tháng 4 năm 2024'.normalize('NFD'), date(2024, 4, null)],
    ['tháng 8/ 2021'.normalize('NFD'), date(2021, 8, null)],
  ])('parses %j', (text, expected) => {
    expect(parseViDate(text)).toEqual(expected);
  });

  it.each<[string, number, PartialDate]>([
    ['ngày 20/9', 2024, date(2024, 9, 20)],
    ['20/9', 2023, date(2023, 9, 20)],
    ['ngày 20 tháng 9', 2024, date(2024, 9, 20)],
    ['tháng 4', 2024, date(2024, 4, null)],
    ['ngày 29/02', 2024, date(2024, 2, 29)],
    ['09/4/2024', 2020, date(2024, 4, 9)],
  ])('parses %j with context year %d', (text, contextYear, expected) => {
    expect(parseViDate(text, { contextYear })).toEqual(expected);
  });

  it.each<[string, string, { contextYear?: number }]>([
    ['ngày 20/9', 'ngày 20/9', {}],
    ['tháng 4', 'tháng 4', {}],
    ['30/02/2024', '30/02/2024', {}],
    ['29/02/2023', '29/02/2023', {}],
    ['29/02/1900', '29/02/1900', {}],
    ['31/4/2024', '31/4/2024', {}],
    ['00/4/2024', '00/4/2024', {}],
    ['09/13/2024', '09/13/2024', {}],
    ['09/00/2024', '09/00/2024', {}],
    ['tháng 13 năm 2024', 'tháng 13 năm 2024', {}],
    ['09/4/24', '09/4/24', {}],
    ['2024-04-09', '2024-04-09', {}],
    ['ngày 30/02', 'ngày 30/02', { contextYear: 2024 }],
    ['hôm qua', 'hôm qua', {}],
    ['', '', {}],
    ['30/02/2024'.normalize('NFD'), '30/02/2024', {}],
  ])('rejects %j, naming %j', (text, found, options) => {
    expectParseError(() => parseViDate(text, options), found);
  });

  it('explains an out-of-range day', () => {
    expect(() => parseViDate('30/02/2024')).toThrow('"30/02/2024" is not a valid date: day 30 is not between 1 and 29');
  });

  it('explains a missing year', () => {
    expect(() => parseViDate('ngày 20/9')).toThrow(/has no year.*contextYear/u);
  });
});

describe('parseIsoPartialDate / toIsoPartialDate', () => {
  it.each<[string, PartialDate]>([
    ['2024', date(2024)],
    ['2024-04', date(2024, 4)],
    ['2024-04-09', date(2024, 4, 9)],
    ['2024-02-29', date(2024, 2, 29)],
    ['2020-12-18', date(2020, 12, 18)],
  ])('round-trips %j', (text, expected) => {
    expect(parseIsoPartialDate(text)).toEqual(expected);
    expect(toIsoPartialDate(expected)).toBe(text);
  });

  it.each([['2024-4-9'], ['2024-4'], ['24'], ['2024-02-30'], ['2023-02-29'], ['2024-13'], ['2024-00'], ['09/4/2024'], [' 2024'], ['']])(
    'rejects %j',
    (text) => {
      expectParseError(() => parseIsoPartialDate(text), text);
    },
  );

  it('refuses to serialize an invalid date', () => {
    expect(() => toIsoPartialDate(date(2024, 2, 30))).toThrow(RangeError);
    expect(() => toIsoPartialDate(date(2024, null, 5))).toThrow(RangeError);
  });
});

describe('formatViDate', () => {
  it.each<[PartialDate, string]>([
    [date(2024, 4, 9), '09/4/2024'],
    [date(2024, 1, 19), '19/01/2024'],
    [date(2024, 3, 31), '31/3/2024'],
    [date(2024, 3, 12), '12/3/2024'],
    [date(2020, 12, 18), '18/12/2020'],
    [date(2024, 4, 6), '06/4/2024'],
    [date(2024, 2, 5), '05/02/2024'],
    [date(2024, 10, 1), '01/10/2024'],
    [date(2024, 4), 'tháng 4/2024'],
    [date(2024, 1), 'tháng 01/2024'],
    [date(2024), 'năm 2024'],
  ])('formats %j as %j', (d, expected) => {
    expect(formatViDate(d)).toBe(expected);
  });

  it.each([['09/4/2024'], ['19/01/2024'], ['31/3/2024'], ['18/12/2020'], ['tháng 4/2024'], ['năm 2024']])(
    'round-trips %j through parseViDate',
    (text) => {
      expect(formatViDate(parseViDate(text))).toBe(text);
    },
  );

  it('refuses an invalid date', () => {
    expect(() => formatViDate(date(2023, 2, 29))).toThrow(RangeError);
  });
});

describe('yearElapsedShare', () => {
  it.each<[PartialDate, number]>([
    [date(2024, 3, 31), 25],
    [date(2024, 6, 30), 50],
    [date(2024, 9, 30), 75],
    [date(2024, 12, 31), 100],
    [date(2023, 2, 28), (2 * 100) / 12],
    [date(2024, 2, 29), (2 * 100) / 12],
    [date(2024, 3), 25],
    [date(2024, 4), (4 * 100) / 12],
    [date(2024), 100],
    [date(2024, 4, 9), (100 * 100) / 366],
    [date(2023, 4, 9), (99 * 100) / 365],
    [date(2024, 1, 1), 100 / 366],
    [date(2024, 2, 28), (59 * 100) / 366],
    [date(2024, 12, 30), (365 * 100) / 366],
  ])('is the elapsed share at the end of %j', (d, expected) => {
    expect(yearElapsedShare(d)).toBe(expected);
  });
});
