import { describe, it, expect } from 'vitest';
import {
  parsePrintedFigure,
  parseViAmount,
  parseViFraction,
  parseViNumber,
  parseViPercent,
  parseViQuantity,
  ViParseError,
} from '../../src/domain/vi-number.ts';
import type { PrintedFigure } from '../../src/domain/vi-number.ts';

const nfd = (s: string): string => s.normalize('NFD');

/** Asserts that `fn` throws a ViParseError whose message quotes `found`. */
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

describe('ViParseError', () => {
  it('names the value found and the expected form', () => {
    expectParseError(() => parseViNumber('17.42'), '17.42');
    expect(() => parseViNumber('17.42')).toThrow(
      '"17.42" không phải số theo cách viết Việt Nam: dấu "." phân cách hàng nghìn (mỗi nhóm ba chữ số), dấu "," là dấu thập phân (ví dụ 17,420 hoặc 3.740)',
    );
  });

  it('is an Error with its own name and the found value', () => {
    const error = new ViParseError('x', 'is not a thing');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ViParseError');
    expect(error.found).toBe('x');
  });
});

describe('parseViNumber', () => {
  it.each([
    ['17,420', 17.42],
    ['3.740', 3740],
    ['3.798,254', 3798.254],
    ['100,65', 100.65],
    ['0,22', 0.22],
    ['04', 4],
    ['09', 9],
    ['1.000.000', 1000000],
    ['226,3', 226.3],
    ['4.128,9', 4128.9],
    ['1000', 1000],
    ['0', 0],
    [' 17,420 ', 17.42],
  ])('parses %j as %d', (text, expected) => {
    expect(parseViNumber(text)).toBe(expected);
  });

  it.each([
    ['17.42'],
    ['1,2,3'],
    [''],
    ['abc'],
    ['1.2345'],
    ['1,234.5'],
    ['12.34.567'],
    ['0.123'],
    ['1.000,'],
    [',5'],
    ['-5'],
    ['17,420 tỷ đồng'],
  ])('rejects %j', (text) => {
    expectParseError(() => parseViNumber(text), text.trim());
  });
});

describe('parseViAmount', () => {
  it.each([
    ['17,420 tỷ đồng', 17_420_000_000, null],
    ['3.740 triệu đồng', 3_740_000_000, null],
    ['240 triệu đồng', 240_000_000, null],
    ['478 triệu đồng', 478_000_000, null],
    ['trên 226,3 tỷ đồng', 226_300_000_000, 'trên'],
    ['khoảng 17,420 tỷ đồng', 17_420_000_000, 'khoảng'],
    ['gần 3.740 triệu đồng', 3_740_000_000, 'gần'],
    ['dưới 500 nghìn đồng', 500_000, 'dưới'],
    ['500 nghìn đồng', 500_000, null],
    ['500 ngàn đồng', 500_000, null],
    ['1.000 đồng', 1000, null],
    ['3.798,254 tỷ đồng', 3_798_254_000_000, null],
    ['17,420 tỉ đồng', 17_420_000_000, null],
    ['Trên 226,3 tỷ đồng', 226_300_000_000, 'trên'],
    ['17,420  tỷ\u00a0 đồng', 17_420_000_000, null],
    [nfd('17,420 tỷ đồng'), 17_420_000_000, null],
    [nfd('trên 226,3 tỉ đồng'), 226_300_000_000, 'trên'],
    // Hedge words of issue 11: each is kept, the longest form first.
    ['hơn 299.447 tỷ đồng', 299_447_000_000_000, 'hơn'],
    ['khoảng 5.500 tỉ đồng', 5_500_000_000_000, 'khoảng'],
    ['chưa đến 3 tỷ đồng', 3_000_000_000, 'chưa đến'],
  ])('parses %j as %d đồng (qualifier %s)', (text, value, qualifier) => {
    expect(parseViAmount(text)).toEqual({ value, qualifier });
  });

  it.each([
    ['17.42 tỷ đồng', '17.42'],
    ['1,234.5 triệu đồng', '1,234.5'],
    ['17,420 tỷ', '17,420 tỷ'],
    ['17,420 USD', '17,420 USD'],
    ['tỷ đồng', 'tỷ đồng'],
    ['', ''],
    ['tầm 5 tỷ đồng', 'tầm 5 tỷ đồng'],
    [nfd('17.42 tỷ đồng'), '17.42 tỷ đồng'],
  ])('rejects %j, naming %j', (text, found) => {
    expectParseError(() => parseViAmount(text), found);
  });
});

describe('parseViPercent', () => {
  it.each([
    ['35,16%', 35.16, null],
    ['100,65%', 100.65, null],
    ['0,22%', 0.22, null],
    ['101,1%', 101.1, null],
    ['gần 53%', 53, 'gần'],
    ['35,16 %', 35.16, null],
    ['khoảng 25%', 25, 'khoảng'],
    [nfd('gần 53%'), 53, 'gần'],
    ['gần bằng 61,9%', 61.9, 'gần bằng'],
    ['hơn 53%', 53, 'hơn'],
    ['ước đạt 21%', 21, 'ước đạt'],
    ['xấp xỉ 40%', 40, 'xấp xỉ'],
    ['từ 40%', 40, 'từ'],
    ['chưa tới 5%', 5, 'chưa tới'],
  ])('parses %j as %d (qualifier %s)', (text, value, qualifier) => {
    expect(parseViPercent(text)).toEqual({ value, qualifier });
  });

  it.each([
    ['35.16%', '35.16'],
    ['35,16', '35,16'],
    ['%', '%'],
  ])('rejects %j, naming %j', (text, found) => {
    expectParseError(() => parseViPercent(text), found);
  });
});

// Issue 11 keeps a qualifier for every hedge word, "đạt" (reached) among them.
describe('the qualifier "đạt"', () => {
  it('"đạt 35,16%" parses with qualifier đạt, and so do an amount and a count after "đạt"', () => {
    expect(parseViPercent('đạt 35,16%')).toEqual({ value: 35.16, qualifier: 'đạt' });
    expect(parseViAmount('đạt 17,420 tỷ đồng')).toEqual({ value: 17_420_000_000, qualifier: 'đạt' });
    expect(parsePrintedFigure('đạt 2 tiêu chí')).toEqual({ kind: 'quantity', value: 2, unit: 'tiêu chí', qualifier: 'đạt' });
  });

  it('"ước đạt" wins over "đạt"', () => {
    expect(parseViPercent('ước đạt 21%')).toEqual({ value: 21, qualifier: 'ước đạt' });
    expect(parsePrintedFigure('ước đạt 21%')).toEqual({ kind: 'percent', value: 21, qualifier: 'ước đạt' });
  });

  it('"chưa đạt 50%" and "không đạt 50%" are no hedged figure: rejected', () => {
    expectParseError(() => parseViPercent('chưa đạt 50%'), 'chưa đạt 50%');
    expectParseError(() => parseViPercent('không đạt 50%'), 'không đạt 50%');
  });
});

describe('parseViFraction', () => {
  it.each([
    ['04/04', 4, 4, null],
    ['09/19', 9, 19, null],
    ['9/19', 9, 19, null],
    ['10/19', 10, 19, null],
    ['03/04', 3, 4, null],
    ['09/19 tiêu chí', 9, 19, null],
    ['04/04 công trình', 4, 4, null],
    ['09 / 19', 9, 19, null],
    ['300,9/4.128,9', 300.9, 4128.9, null],
    ['300,9/4.128,9 tỷ đồng', 300_900_000_000, 4_128_900_000_000, 'đồng'],
    ['240/478 triệu đồng', 240_000_000, 478_000_000, 'đồng'],
    [nfd('09/19 tiêu chí'), 9, 19, null],
  ])('parses %j as %d/%d (unit %s)', (text, value, total, unit) => {
    expect(parseViFraction(text)).toEqual({ value, total, unit });
  });

  it.each([
    ['09/4/2024', '09/4/2024'],
    ['9/', '9/'],
    ['/19', '/19'],
    ['04/00', '04/00'],
    ['3.74/19', '3.74'],
    ['09/19 tiêu chí.', '09/19 tiêu chí.'],
    ['abc', 'abc'],
  ])('rejects %j, naming %j', (text, found) => {
    expectParseError(() => parseViFraction(text), found);
  });
});

describe('parseViQuantity', () => {
  it.each([
    ['02 nhà văn hóa thôn', 2, 'nhà văn hóa thôn', null],
    ['04 tiêu chí', 4, 'tiêu chí', null],
    ['10km', 10, 'km', null],
    ['khoảng 10km', 10, 'km', 'khoảng'],
    ['10 km', 10, 'km', null],
    ['khoảng 10 km', 10, 'km', 'khoảng'],
    ['trên 1.200 hộ', 1200, 'hộ', 'trên'],
    ['2,5 ha', 2.5, 'ha', null],
    ['04', 4, '', null],
    [nfd('02 nhà văn hóa thôn'), 2, 'nhà văn hóa thôn', null],
  ])('parses %j as %d %j (qualifier %s)', (text, value, unit, qualifier) => {
    expect(parseViQuantity(text)).toEqual({ value, unit, qualifier });
  });

  it.each([
    ['1.2345 km', '1.2345'],
    ['km', 'km'],
    ['', ''],
    ['240 triệu đồng', '240 triệu đồng'],
    ['10 %', '10 %'],
  ])('rejects %j, naming %j', (text, found) => {
    expectParseError(() => parseViQuantity(text), found);
  });
});

describe('parsePrintedFigure', () => {
  it.each<[string, PrintedFigure]>([
    ['35,16%', { kind: 'percent', value: 35.16, qualifier: null }],
    ['gần 53%', { kind: 'percent', value: 53, qualifier: 'gần' }],
    ['17,420 tỷ đồng', { kind: 'amount', value: 17_420_000_000, qualifier: null }],
    ['trên 226,3 tỷ đồng', { kind: 'amount', value: 226_300_000_000, qualifier: 'trên' }],
    ['09/19 tiêu chí', { kind: 'fraction', value: 9, total: 19, unit: null }],
    ['300,9/4.128,9 tỷ đồng', { kind: 'fraction', value: 300_900_000_000, total: 4_128_900_000_000, unit: 'đồng' }],
    ['02 nhà văn hóa thôn', { kind: 'quantity', value: 2, unit: 'nhà văn hóa thôn', qualifier: null }],
    ['khoảng 10 km', { kind: 'quantity', value: 10, unit: 'km', qualifier: 'khoảng' }],
    [nfd('17,420 tỷ đồng'), { kind: 'amount', value: 17_420_000_000, qualifier: null }],
  ])('parses %j', (text, expected) => {
    expect(parsePrintedFigure(text)).toEqual(expected);
  });

  it.each([
    ['17.42%', '17.42'],
    ['17.42 tỷ đồng', '17.42'],
    ['09/4/2024', '09/4/2024'],
    ['không có', 'không có'],
    ['', ''],
  ])('rejects %j, naming %j', (text, found) => {
    expectParseError(() => parsePrintedFigure(text), found);
  });

  it('says which forms it expected when nothing fits', () => {
    expect(() => parsePrintedFigure('không có')).toThrow('"không có" không phải một số liệu như in: cần một số tiền ("17,420 tỷ đồng"), một tỷ lệ phần trăm ("35,16%"), một phân số ("09/19") hoặc một số lượng ("02 nhà văn hóa thôn");');
  });
});
