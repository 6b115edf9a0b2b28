/**
 * Units in time. Since 1 July 2025 (Nghị quyết 1672/NQ-UBTVQH15) Lạng Sơn has 65 commune-level
 * units and no district level; every new unit reuses the code of one of its predecessors, so a
 * code names a unit only together with its era. A unit has a validity (first and last day, each
 * null when open or unknown); a date — possibly partial — names a span of days.
 */
import { toIsoPartialDate, type PartialDate } from './vi-date.ts';

/** The days a unit existed: ISO days, either end null when open or unknown. */
export interface Validity {
  validFrom: PartialDate | null;
  validTo: PartialDate | null;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const lastDay = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** First and last ISO day of a possibly partial date: `2025` → 2025-01-01 … 2025-12-31. */
export function daySpan(d: PartialDate): { first: string; last: string } {
  const iso = toIsoPartialDate(d);
  if (d.month === null) return { first: `${iso}-01-01`, last: `${iso}-12-31` };
  if (d.day === null) return { first: `${iso}-01`, last: `${iso}-${pad2(lastDay(d.year, d.month))}` };
  return { first: iso, last: iso };
}

/** The day before an ISO day: the last day of a unit replaced on `d`. */
export function dayBefore(d: PartialDate): PartialDate {
  const { first } = daySpan(d);
  const t = new Date(`${first}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - 1);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Whether the unit existed on every day of `d` (a partial date is a span of days). */
export function existedThroughout(unit: Validity, d: PartialDate): boolean {
  const { first, last } = daySpan(d);
  return (unit.validFrom === null || daySpan(unit.validFrom).first <= first) && (unit.validTo === null || last <= daySpan(unit.validTo).last);
}

/** Whether the unit existed on at least one day of `d`. */
export function existedDuring(unit: Validity, d: PartialDate): boolean {
  const { first, last } = daySpan(d);
  return (unit.validFrom === null || daySpan(unit.validFrom).first <= last) && (unit.validTo === null || first <= daySpan(unit.validTo).last);
}

/** `cu`: no longer exists (before 01/7/2025, or merged earlier); `moi`: made by a reform and existing; `lien-tuc`: spans both eras (the province). */
export type EraKind = 'cu' | 'moi' | 'lien-tuc';

/** Which era a unit belongs to, from its validity and status. */
export function eraKind(unit: Validity & { status: 'active' | 'former' }): EraKind {
  if (unit.status === 'former' || unit.validTo !== null) return 'cu';
  return unit.validFrom !== null ? 'moi' : 'lien-tuc';
}
