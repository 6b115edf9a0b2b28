import { describe, it, expect } from 'vitest';
import { formatAmount, formatCount, formatFraction, formatPercent, formatViNumber } from '../../src/domain/vi-format.ts';
import { parsePrintedFigure, parseViAmount, parseViFraction, parseViNumber, parseViPercent } from '../../src/domain/vi-number.ts';

describe('formatViNumber', () => {
  it.each([
    [17.42, '17,42'],
    [3740, '3.740'],
    [3798.254, '3.798,254'],
    [100.65, '100,65'],
    [0.22, '0,22'],
    [1_000_000, '1.000.000'],
    [0, '0'],
    [4, '4'],
    [-3740.5, '-3.740,5'],
  ])('formats %d as %j', (n, expected) => {
    expect(formatViNumber(n)).toBe(expected);
  });

  it('rounds only past maxFractionDigits', () => {
    expect(formatViNumber(1 / 3)).toBe('0,333333');
    expect(formatViNumber(1 / 3, 2)).toBe('0,33');
  });

  it.each([['17,420'], ['3.740'], ['3.798,254'], ['100,65'], ['0,22'], ['1.000.000']])(
    'round-trips %j through parseViNumber to its shortest form',
    (text) => {
      expect(parseViNumber(formatViNumber(parseViNumber(text)))).toBe(parseViNumber(text));
    },
  );
});

describe('formatAmount', () => {
  it.each([
    [17_420_000_000, '17,42 tỷ đồng'],
    [3_740_000_000, '3,74 tỷ đồng'],
    [240_000_000, '240 triệu đồng'],
    [478_000_000, '478 triệu đồng'],
    [3_798_254_000_000, '3.798,254 tỷ đồng'],
    [226_300_000_000, '226,3 tỷ đồng'],
    [1_000_000_000, '1 tỷ đồng'],
    [999_999_999, '999,999999 triệu đồng'],
    [1_234_567_891, '1,234567891 tỷ đồng'],
    [500_000, '500 nghìn đồng'],
    [1000, '1 nghìn đồng'],
    [999, '999 đồng'],
    [0, '0 đồng'],
    [-240_000_000, '-240 triệu đồng'],
  ])('formats %d đồng as %j', (dong, expected) => {
    expect(formatAmount(dong)).toBe(expected);
  });

  it('separates figure and unit with a normal space', () => {
    expect(formatAmount(17_420_000_000)).not.toContain('\u00a0');
  });

  it.each([
    ['17,420 tỷ đồng', '17,42 tỷ đồng'],
    ['3.740 triệu đồng', '3,74 tỷ đồng'],
    ['240 triệu đồng', '240 triệu đồng'],
    ['478 triệu đồng', '478 triệu đồng'],
    ['trên 226,3 tỷ đồng', '226,3 tỷ đồng'],
    ['500 nghìn đồng', '500 nghìn đồng'],
    ['1.000 đồng', '1 nghìn đồng'],
    ['3.798,254 tỷ đồng', '3.798,254 tỷ đồng'],
    ['17,420 tỉ đồng', '17,42 tỷ đồng'],
    ['17,420 tỷ đồng'.normalize('NFD'), '17,42 tỷ đồng'],
  ])('round-trips %j to %j', (text, expected) => {
    expect(formatAmount(parseViAmount(text).value)).toBe(expected);
  });
});

describe('formatPercent', () => {
  it.each([
    [35.16, '35,16%'],
    [100.65, '100,65%'],
    [0.22, '0,22%'],
    [101.1, '101,1%'],
    [25, '25%'],
    [12.345, '12,345%'],
  ])('formats %d as %j, keeping every printed digit', (p, expected) => {
    expect(formatPercent(p)).toBe(expected);
  });

  it('rounds a computed share when asked: 100/366 → 0,27%', () => {
    expect(formatPercent(100 / 366, 2)).toBe('0,27%');
  });

  it.each([['35,16%'], ['100,65%'], ['0,22%'], ['101,1%']])('round-trips %j', (text) => {
    expect(formatPercent(parseViPercent(text).value)).toBe(text);
  });
});

describe('formatCount / formatFraction', () => {
  it.each([
    [2, '02'],
    [0, '00'],
    [9, '09'],
    [15, '15'],
    [1200, '1.200'],
  ])('formats count %d as %j', (n, expected) => {
    expect(formatCount(n)).toBe(expected);
  });

  it.each([
    [9, 19, '09/19'],
    [4, 4, '04/04'],
    [10, 19, '10/19'],
    [3, 4, '03/04'],
    [300.9, 4128.9, '300,9/4.128,9'],
  ])('formats (%d, %d) as %j', (value, total, expected) => {
    expect(formatFraction(value, total)).toBe(expected);
  });

  it.each([['04/04'], ['09/19'], ['10/19'], ['03/04']])('round-trips %j', (text) => {
    const { value, total } = parseViFraction(text);
    expect(formatFraction(value, total)).toBe(text);
  });

  it('round-trips a printed quantity count', () => {
    const figure = parsePrintedFigure('02 nhà văn hóa thôn');
    expect(figure.kind === 'quantity' && `${formatCount(figure.value)} ${figure.unit}`).toBe('02 nhà văn hóa thôn');
  });
});
