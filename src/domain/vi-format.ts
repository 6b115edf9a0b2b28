/**
 * Display formatting of figures the vi-VN way ("," decimal mark, "." thousands),
 * matching how the notices print them so that search for `17,42 tỷ đồng` finds the page.
 */
import { AMOUNT_UNIT_POWER } from './vi-number.ts';
import type { AmountUnit } from './vi-number.ts';

// Formatters are costly to build, so keep one per fraction-digit setting.
const numberFormatters = new Map<number, Intl.NumberFormat>();
// Up to 9 fraction digits: a whole number of đồng written in tỷ needs no more.
const amountFormatter = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 9 });

function numberFormatter(maxFractionDigits: number): Intl.NumberFormat {
  let formatter = numberFormatters.get(maxFractionDigits);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: maxFractionDigits });
    numberFormatters.set(maxFractionDigits, formatter);
  }
  return formatter;
}

/**
 * Formats a number the vi-VN way: 17.42 → `17,42`, 3740 → `3.740`, 3798.254 → `3.798,254`.
 * Digits past `maxFractionDigits` are rounded; the figures of the notices have fewer.
 */
export function formatViNumber(n: number, maxFractionDigits = 6): string {
  return numberFormatter(maxFractionDigits).format(n);
}

// Largest first, so the first unit that keeps the figure ≥ 1 wins.
const UNITS_DESCENDING: readonly AmountUnit[] = ['tỷ đồng', 'triệu đồng', 'nghìn đồng', 'đồng'];

// Shifts the decimal point in string space, so 3798254000000 đồng is exactly 3798.254 tỷ.
function shifted(dong: number, power: number): Intl.StringNumericLiteral | number {
  if (power === 0) return dong;
  if (!Number.isSafeInteger(dong)) return dong / 10 ** power;
  const sign = dong < 0 ? '-' : '';
  const digits = String(Math.abs(dong)).padStart(power + 1, '0');
  const cut = digits.length - power;
  return `${sign}${digits.slice(0, cut)}.${digits.slice(cut)}` as Intl.StringNumericLiteral;
}

/**
 * Formats an amount in đồng with the largest of tỷ/triệu/nghìn/đồng that keeps the figure ≥ 1,
 * without rounding: 17420000000 → `17,42 tỷ đồng`, 240000000 → `240 triệu đồng`,
 * 3798254000000 → `3.798,254 tỷ đồng`. A normal space separates figure and unit.
 */
export function formatAmount(dong: number): string {
  const magnitude = Math.abs(dong);
  const unit = UNITS_DESCENDING.find((u) => magnitude >= 10 ** AMOUNT_UNIT_POWER[u]) ?? 'đồng';
  return `${amountFormatter.format(shifted(dong, AMOUNT_UNIT_POWER[unit]))} ${unit}`;
}

/**
 * Formats a value already in percent units: 35.16 → `35,16%`, 0.22 → `0,22%`, 25 → `25%`.
 * A printed figure keeps all its digits (up to 6); pass 2 for a computed share such as the
 * part of the year elapsed (100/366 → `0,27%`).
 */
export function formatPercent(p: number, maxFractionDigits = 6): string {
  return `${formatViNumber(p, maxFractionDigits)}%`;
}

/**
 * Formats a count with the official two-digit padding of whole numbers below 10:
 * 2 → `02`, 15 → `15`. Other numbers are formatted as by {@link formatViNumber}.
 */
export function formatCount(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < 10 ? `0${n}` : formatViNumber(n);
}

/** Formats a ratio as printed in the notices: (9, 19) → `09/19`, (4, 4) → `04/04`, (10, 19) → `10/19`. */
export function formatFraction(value: number, total: number): string {
  return `${formatCount(value)}/${formatCount(total)}`;
}
