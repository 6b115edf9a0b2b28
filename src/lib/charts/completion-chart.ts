/** Criteria met and works completed or handed over, each against its total. */
import type { Figure } from '../../data/model.ts';
import { formatFraction } from '../vi-format.ts';
import { figureLabel, latestPerIndicator } from '../figure-text.ts';
import { horizontalBarOptions, palette, wrapLabel, type ChartSpec } from './chart-spec.ts';

/** Latest count-of-total figure per indicator and subject, "more is better" ones only. */
export function completionChart(figures: readonly Figure[], id: string): ChartSpec | null {
  const counts = latestPerIndicator(figures, (f) => f.indicator.kind === 'count-of-total' && f.indicator.direction === 'higher');
  if (counts.length === 0) return null;
  const phrase = (f: Figure): string => `${figureLabel(f)} ${formatFraction(f.value, f.denominator ?? 0)} ${f.indicator.unit}`;
  const first = counts[0]!;
  const remaining = (f: Figure): number => (f.denominator ?? 0) - f.value;
  return {
    id,
    title: counts.length === 1
      ? `${first.indicator.label}: ${formatFraction(first.value, first.denominator ?? 0)}, còn ${remaining(first)} ${first.indicator.unit}`
      : counts.map((f, i) => `${i === 0 ? f.indicator.label : f.indicator.label.toLowerCase()} ${formatFraction(f.value, f.denominator ?? 0)}`).join(', '),
    summary: `${counts.map(phrase).join('; ')}.`,
    table: {
      columns: ['Chỉ tiêu', 'Đạt', 'Tổng số', 'Còn lại'],
      rows: counts.map((f) => [figureLabel(f), String(f.value), String(f.denominator ?? ''), String(remaining(f))]),
    },
    figures: counts,
    valueFormat: 'count',
    config: {
      type: 'bar',
      data: {
        labels: counts.map((f) => wrapLabel(f.indicator.label)),
        datasets: [
          { label: 'Đạt, hoàn thành', data: counts.map((f) => f.value), backgroundColor: palette.done, barPercentage: 0.6 },
          { label: 'Còn lại', data: counts.map(remaining), backgroundColor: palette.remaining, barPercentage: 0.6 },
        ],
      },
      options: {
        ...horizontalBarOptions(Math.max(...counts.map((f) => f.denominator ?? 0)), true),
        plugins: { legend: { display: true, position: 'bottom' } },
      },
    },
  };
}
