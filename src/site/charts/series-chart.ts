/** One indicator of one locality over time: a bar per date, oldest first. */
import type { Figure } from '../../domain/model.ts';
import { formatViDate } from '../../domain/vi-date.ts';
import { formatFigureValue, figureLabel } from '../figure-text.ts';
import { rankedBars } from './comparison-chart.ts';
import { sentenceCase, type ChartSpec } from './chart-spec.ts';
import { PREVIEW } from '../paging.ts';

/**
 * Series are oldest first (see figureSeries in site/figure-series.ts). A figure without its own date
 * is placed, and labelled, at its notice's date. A long series draws its latest `max` points
 * (the title still says where the whole series started, and a note says how many are left out):
 * a bar per notice would grow with the archive.
 */
export function seriesChart(all: readonly Figure[], id: string, max: number = PREVIEW.seriesPoints): ChartSpec | null {
  if (all.length < 2) return null;
  const first = all[0]!;
  const last = all.at(-1)!;
  const series = all.length > max ? all.slice(-max) : all;
  const date = (f: Figure): string => (f.asOf ? formatViDate(f.asOf) : `thông báo ${formatViDate(f.notice.date)}`);
  const change = last.value > first.value ? 'tăng' : last.value < first.value ? 'giảm' : 'không đổi';
  return {
    id,
    title: change === 'không đổi'
      ? `${figureLabel(first)} không đổi: ${formatFigureValue(last)} từ ${date(first)} đến ${date(last)}`
      : `${figureLabel(first)} ${change} từ ${formatFigureValue(first)} (${date(first)}) ${change === 'tăng' ? 'lên' : 'xuống'} ${formatFigureValue(last)} (${date(last)})`,
    summary: `${figureLabel(first)} theo thời gian: ${series.map((f) => `${date(f)}: ${formatFigureValue(f)}`).join('; ')}.`,
    table: { columns: ['Ngày số liệu', 'Số liệu'], rows: series.map((f) => [date(f), formatFigureValue(f)]) },
    ...(series.length < all.length
      ? { notes: [`Biểu đồ và bảng chỉ thể hiện ${series.length} lần gần nhất trong ${all.length} lần có số liệu (từ ${date(series[0]!)}); mọi số liệu ở bảng “Tất cả số liệu” và trong dữ liệu tải về.`] }
      : {}),
    figures: [...series],
    chart: rankedBars(series, (f) => (f.asOf ? `Đến ${date(f)}` : sentenceCase(date(f)))),
  };
}
