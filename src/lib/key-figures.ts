/** Which figures a locality page shows as headline numbers. */
import type { Figure } from '../data/model.ts';

/**
 * The latest figure of each indicator, leaving out amounts inside proposals (shown with the
 * proposal) and "not met" counts that only restate a "met" count (10/19 beside 09/19).
 * Figures must come newest first; the result follows the order of content/indicators.csv.
 */
export function keyFigures(figures: readonly Figure[], indicatorOrder: readonly { id: string }[]): Figure[] {
  const seen = new Set<string>();
  const rank = (f: Figure): number => indicatorOrder.findIndex((i) => i.id === f.indicator.id);
  return figures.filter((f) => {
    const key = `${f.indicator.id}|${f.subject ?? ''}`;
    if (f.ref !== null || seen.has(key)) return false;
    if (f.indicator.kind === 'count-of-total' && f.indicator.direction === 'lower') return false;
    seen.add(key);
    return true;
  }).sort((a, b) => rank(a) - rank(b));
}
