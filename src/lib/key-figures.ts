/** Which figures a locality page shows as headline numbers. */
import type { Figure } from '../data/model.ts';
import { latestPerIndicator } from './figure-text.ts';

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
