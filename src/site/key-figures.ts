/** Which figures a locality page shows as headline numbers. */
import type { Figure } from '../domain/model.ts';
import { isVeryLowRate, latestPerIndicator } from './figure-text.ts';
import { formatViDate, yearElapsedShare } from '../domain/vi-date.ts';
import { formatPercent } from '../domain/vi-format.ts';

/**
 * The latest figure of each indicator, leaving out amounts inside proposals (shown with the
 * proposal) and "not met" counts that only restate a "met" count (10/19 beside 09/19).
 * Figures must come newest first; the result follows the order of content/indicators.csv.
 */
export function keyFigures(figures: readonly Figure[], indicatorOrder: readonly { id: string }[]): Figure[] {
  const rank = new Map(indicatorOrder.map((i, n) => [i.id, n]));
  const restatesMet = (f: Figure): boolean => f.indicator.kind === 'count-of-total' && f.indicator.direction === 'lower';
  return latestPerIndicator(figures, (f) => f.ref === null && !restatesMet(f))
    .sort((a, b) => (rank.get(a.indicator.id) ?? 0) - (rank.get(b.indicator.id) ?? 0));
}

/**
 * What a headline figure is read against, in one sentence: a revenue rate against the share of
 * the year elapsed, a very low plan rate, a count against its total. Null when nothing applies.
 */
export function keyFigureComparison(f: Figure): string | null {
  if (f.indicator.ratio_of !== null && f.asOf) {
    const elapsed = yearElapsedShare(f.asOf);
    return `${f.value >= elapsed ? 'Vượt' : 'Chậm hơn'} tiến độ thời gian (${formatPercent(elapsed, 2)} của năm đã qua đến ${formatViDate(f.asOf)})`;
  }
  if (isVeryLowRate(f)) return 'Rất thấp so với kế hoạch';
  if (f.indicator.kind === 'count-of-total' && f.denominator !== null) {
    const left = f.denominator - f.value;
    return left === 0 ? 'Đã đạt đủ' : `Còn ${left} ${f.indicator.unit}`;
  }
  return null;
}
