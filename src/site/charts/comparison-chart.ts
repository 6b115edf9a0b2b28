/**
 * One indicator across localities, ranked: the chart of an indicator page and of a district's
 * or the province's units side by side. Each bar is a locality's latest figure.
 */
import type { Figure } from '../../domain/model.ts';
import { formatFigureValue } from '../figure-text.ts';
import type { BarChart, ChartSpec } from './chart-spec.ts';
import { countBars, rateBars, valueBars } from './bars.ts';

/** Bars for a ranked list of figures of one indicator. */
export function rankedBars(ranked: readonly Figure[], label: (f: Figure) => string): BarChart {
  const first = ranked[0]!;
  const { kind, unit } = first.indicator;
  const categories = ranked.map(label);
  if (kind === 'count-of-total') return countBars(ranked, categories, unit);
  if (kind === 'percent') {
    const plan = first.indicator.ratio_of === null;
    return rateBars(ranked, categories, first.indicator.label, plan ? [{ value: 100, label: 'Kế hoạch 100%' }] : []);
  }
  return valueBars(ranked, categories, first.indicator);
}

/** Higher first, or lower first for indicators where less is better. */
export function rankFigures(figures: readonly Figure[]): Figure[] {
  const sign = figures[0]?.indicator.direction === 'lower' ? 1 : -1;
  const share = (f: Figure): number => (f.indicator.kind === 'count-of-total' && f.denominator ? f.value / f.denominator : f.value);
  return [...figures].sort((a, b) => sign * (share(a) - share(b)));
}

/** A ranked comparison of the latest figures of one indicator, one bar per locality (and subject). */
export function comparisonChart(latest: readonly Figure[], id: string): ChartSpec | null {
  if (latest.length === 0) return null;
  const ranked = rankFigures(latest);
  const indicator = ranked[0]!.indicator;
  const name = (f: Figure): string => f.locality.name;
  const label = (f: Figure): string => (f.subject ? `${name(f)} — ${f.subject}` : name(f));
  const phrase = (f: Figure): string => `${label(f)} ${formatFigureValue(f)}`;
  const top = ranked[0]!;
  const bottom = ranked.at(-1)!;
  const best = indicator.direction === 'lower' ? 'thấp nhất' : 'cao nhất';
  const worst = indicator.direction === 'lower' ? 'cao nhất' : 'thấp nhất';
  return {
    id,
    title: ranked.length === 1
      ? `${indicator.label}: ${phrase(top)}`
      : `${indicator.label}: ${best} ${phrase(top)}, ${worst} ${phrase(bottom)}`,
    summary: `${ranked.length} số liệu mới nhất, xếp theo thứ tự: ${ranked.map(phrase).join('; ')}.`,
    table: {
      columns: ['Địa phương', 'Số liệu'],
      rows: ranked.map((f) => [label(f), formatFigureValue(f)]),
    },
    figures: ranked,
    chart: rankedBars(ranked, label),
  };
}
