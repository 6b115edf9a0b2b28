/**
 * The units below a district or the province side by side: for each rate or count that some
 * of them have (revenue pace, disbursement, criteria met of 19), a ranked chart of their
 * latest figures.
 */
import type { LocalityRecord } from '../locality-records.ts';
import { comparisonChart } from './comparison-chart.ts';
import type { ChartSpec } from './chart-spec.ts';

export function childComparisonCharts(children: readonly LocalityRecord[]): ChartSpec[] {
  const latest = children.flatMap((r) => r.keyFigures.filter((f) => f.indicator.kind === 'percent' || f.indicator.kind === 'count-of-total'));
  const indicators = [...new Set(latest.map((f) => f.indicator.id))];
  return indicators
    .map((id) => comparisonChart(latest.filter((f) => f.indicator.id === id), `bd-don-vi-truc-thuoc-${id}`))
    .filter((c) => c !== null);
}
