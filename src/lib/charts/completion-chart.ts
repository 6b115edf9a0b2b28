/** Criteria met and works completed or handed over, each against its total. */
import type { Figure } from '../../data/model.ts';
import { formatFraction } from '../vi-format.ts';
import { figureLabel, latestPerIndicator } from '../figure-text.ts';
import { palette, type ChartSpec } from './chart-spec.ts';

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
    chart: {
      categories: counts.map((f) => f.indicator.label),
      series: [
        { label: 'Đạt, hoàn thành', values: counts.map((f) => f.value), colors: counts.map(() => palette.done) },
        { label: 'Còn lại', values: counts.map(remaining), colors: counts.map(() => palette.remaining) },
      ],
      stacked: true,
      // Bars of different totals share one axis as shares would mislead: each is read with its total.
      max: Math.max(...counts.map(total)),
      valueFormat: 'count',
      axisTitle: counts.every((f) => f.indicator.unit === first.indicator.unit) ? first.indicator.unit : null,
      references: [],
      valueLabels: counts.map((f) => `${formatFraction(f.value, total(f))}${remaining(f) > 0 ? ` · còn ${remaining(f)}` : ''}`),
      flagged: counts.map(() => false),
    },
  };
}
