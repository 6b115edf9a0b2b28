/** One indicator of one locality over time: a bar per date, oldest first. */
import type { Figure } from '../../domain/model.ts';
import { formatViDate } from '../../domain/vi-date.ts';
import { formatFigureValue, figureLabel } from '../figure-text.ts';
import { rankedBars } from './comparison-chart.ts';
import { sentenceCase, type ChartSpec } from './chart-spec.ts';

/**
 * Series are oldest first (see figureSeries in site/records.ts). A figure without its own date
 * is placed, and labelled, at its notice's date.
 */
export function seriesChart(series: readonly Figure[], id: string): ChartSpec | null {
  if (series.length < 2) return null;
  const first = series[0]!;
  const last = series.at(-1)!;
  const date = (f: Figure): string => (f.asOf ? formatViDate(f.asOf) : `thông báo ${formatViDate(f.notice.date)}`);
  const change = last.value > first.value ? 'tăng' : last.value < first.value ? 'giảm' : 'không đổi';
  return {
    id,
    title: change === 'không đổi'
      ? `${figureLabel(first)} không đổi: ${formatFigureValue(last)} từ ${date(first)} đến ${date(last)}`
      : `${figureLabel(first)} ${change} từ ${formatFigureValue(first)} (${date(first)}) ${change === 'tăng' ? 'lên' : 'xuống'} ${formatFigureValue(last)} (${date(last)})`,
    summary: `${figureLabel(first)} theo thời gian: ${series.map((f) => `${date(f)}: ${formatFigureValue(f)}`).join('; ')}.`,
    table: { columns: ['Ngày số liệu', 'Số liệu'], rows: series.map((f) => [date(f), formatFigureValue(f)]) },
    figures: [...series],
    chart: rankedBars(series, (f) => (f.asOf ? `Đến ${date(f)}` : sentenceCase(date(f)))),
  };
}
