/** Criteria met and works completed or handed over, each against its total. */
import type { Figure } from '../../domain/model.ts';
import { formatFraction } from '../../domain/vi-format.ts';
import { figureLabel, latestPerIndicator } from '../figure-text.ts';
import type { ChartSpec } from './chart-spec.ts';
import { countBars } from './bars.ts';

/** Latest count-of-total figure per indicator and subject, "more is better" ones only. */
export function completionChart(figures: readonly Figure[], id: string): ChartSpec | null {
  const counts = latestPerIndicator(figures, (f) => f.indicator.kind === 'count-of-total' && f.indicator.direction === 'higher');
  if (counts.length === 0) return null;
  const total = (f: Figure): number => f.denominator ?? 0;
  const remaining = (f: Figure): number => total(f) - f.value;
  const phrase = (f: Figure): string => `${figureLabel(f)} ${formatFraction(f.value, total(f))} ${f.indicator.unit}`;
  const first = counts[0]!;
  return {
    id,
    title: counts.length === 1
      ? `${first.indicator.label}: ${formatFraction(first.value, total(first))}, còn ${remaining(first)} ${first.indicator.unit}`
      : counts.map((f, i) => `${i === 0 ? f.indicator.label : f.indicator.label.toLowerCase()} ${formatFraction(f.value, total(f))}`).join(', '),
    summary: `${counts.map(phrase).join('; ')}.`,
    table: {
      columns: ['Chỉ tiêu', 'Đạt', 'Tổng số', 'Còn lại'],
      rows: counts.map((f) => [figureLabel(f), String(f.value), String(total(f)), String(remaining(f))]),
    },
    figures: counts,
    chart: countBars(
      counts,
      counts.map((f) => f.indicator.label),
      counts.every((f) => f.indicator.unit === first.indicator.unit) ? first.indicator.unit : null,
    ),
  };
}
