/**
 * What a figure of each unit can plausibly be. A value outside its range is far more likely a
 * typing slip (1,065% typed 1065, a number of đồng with three zeros too many, 10^400) than a
 * fact; a real outlier is accepted when the notice lists it under `outliers` with a reason.
 */

export interface PlausibleRange {
  min: number;
  max: number;
  /** Why the bound is where it is, for the error message (in Vietnamese, as every content error). */
  why: string;
}

/** Ranges by canonical unit (indicators.csv `unit`); a unit not listed only has to be a finite number ≥ 0. */
export const PLAUSIBLE_RANGES: Readonly<Record<string, PlausibleRange>> = {
  'đồng': { min: 0, max: 100_000_000_000_000, why: '100.000 tỷ đồng, gấp nhiều lần ngân sách cả năm của toàn tỉnh' },
  '%': { min: 0, max: 1000, why: 'tỷ lệ trên 1000% hầu như luôn là đặt nhầm dấu phẩy thập phân' },
  km: { min: 0, max: 10_000, why: 'dài hơn nhiều so với đường sá của cả một tỉnh' },
  'công trình': { min: 0, max: 100_000, why: 'nhiều hơn số công trình cả một tỉnh xây dựng' },
  'tiêu chí': { min: 0, max: 100, why: 'một bộ tiêu chí chỉ có vài chục tiêu chí (xã nông thôn mới có 19 tiêu chí)' },
};

const DEFAULT_RANGE: PlausibleRange = { min: 0, max: Number.MAX_VALUE, why: 'một số hữu hạn' };

/** The range of figures in `unit`. */
export function plausibleRange(unit: string): PlausibleRange {
  return PLAUSIBLE_RANGES[unit] ?? DEFAULT_RANGE;
}

/** Whether `value` lies in the range (a non-finite number never does). */
export function isPlausible(value: number, range: PlausibleRange): boolean {
  return Number.isFinite(value) && value >= range.min && value <= range.max;
}
