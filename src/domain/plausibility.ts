/**
 * What a figure of each unit can plausibly be. A value outside its range is far more likely a
 * typing slip (1,065% typed 1065, a number of đồng with three zeros too many, 10^400) than a
 * fact; a real outlier is accepted when the notice lists it under `outliers` with a reason.
 */

export interface PlausibleRange {
  min: number;
  max: number;
  /** Why the bound is where it is, for the error message. */
  why: string;
}

/** Ranges by canonical unit (indicators.csv `unit`); a unit not listed only has to be a finite number ≥ 0. */
export const PLAUSIBLE_RANGES: Readonly<Record<string, PlausibleRange>> = {
  'đồng': { min: 0, max: 100_000_000_000_000, why: '100.000 tỷ đồng, several times the yearly budget of the whole province' },
  '%': { min: 0, max: 1000, why: 'a rate over 1000% is almost always a slip of the decimal comma' },
  km: { min: 0, max: 10_000, why: 'far more road than a province has' },
  'công trình': { min: 0, max: 100_000, why: 'more works than a province builds' },
  'tiêu chí': { min: 0, max: 100, why: 'criteria sets count tens of criteria (19 for a new-rural commune)' },
};

const DEFAULT_RANGE: PlausibleRange = { min: 0, max: Number.MAX_VALUE, why: 'a finite number' };

/** The range of figures in `unit`. */
export function plausibleRange(unit: string): PlausibleRange {
  return PLAUSIBLE_RANGES[unit] ?? DEFAULT_RANGE;
}

/** Whether `value` lies in the range (a non-finite number never does). */
export function isPlausible(value: number, range: PlausibleRange): boolean {
  return Number.isFinite(value) && value >= range.min && value <= range.max;
}
