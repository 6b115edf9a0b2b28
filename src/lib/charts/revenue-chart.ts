/**
 * Revenue against estimate: the share of the annual estimate collected, read against the
 * share of the year elapsed at the same date ("tiến độ thời gian").
 */
import type { Figure } from '../../data/model.ts';
import { formatAmount, formatPercent } from '../vi-format.ts';
import { formatViDate, yearElapsedShare } from '../vi-date.ts';
import { horizontalBarOptions, palette, referenceLine, wrapLabel, type ChartSpec } from './chart-spec.ts';

/** Pairs each dated revenue rate with its amount. Figures must be newest first. */
export function revenueChart(figures: readonly Figure[], id: string): ChartSpec | null {
  const rate = figures.find((f) => f.indicator.ratio_of !== null && f.asOf !== null);
  if (!rate?.asOf) return null;
  const amount = figures.find(
    (f) => f.indicator.id === rate.indicator.ratio_of && f.noticeId === rate.noticeId && f.localityId === rate.localityId,
  );
  const elapsed = yearElapsedShare(rate.asOf);
  const date = formatViDate(rate.asOf);
  const ahead = rate.value >= elapsed;
  const pace = `${ahead ? 'vượt' : 'chậm hơn'} tiến độ thời gian (${formatPercent(elapsed, 2)})`;
  const rateLabel = rate.indicator.label.replace(/^Thu ngân sách so với /, '');
  const collected = amount ? `đạt ${formatAmount(amount.value)}, ` : '';
  return {
    id,
    title: `Thu ngân sách ${ahead ? 'vượt' : 'chậm hơn'} tiến độ thời gian`,
    summary: `Thu ngân sách nhà nước trên địa bàn đến ${date} ${collected}bằng ${formatPercent(rate.value)} ${rateLabel}, ${pace}.`,
    table: {
      columns: ['Nội dung', 'Số liệu'],
      rows: [
        ...(amount ? [[`Đã thu đến ${date}`, formatAmount(amount.value)]] : []),
        [`Tỷ lệ so với ${rateLabel}`, formatPercent(rate.value)],
        [`Tiến độ thời gian đến ${date}`, formatPercent(elapsed, 2)],
        [rateLabel.charAt(0).toUpperCase() + rateLabel.slice(1), amount?.target ? formatAmount(amount.target) : 'thông báo không nêu'],
      ],
    },
    figures: amount ? [amount, rate] : [rate],
    valueFormat: 'percent',
    config: {
      type: 'bar',
      data: {
        labels: [wrapLabel(`Đã thu (% ${rateLabel})`)],
        datasets: [{ label: 'Đã thu', data: [rate.value], backgroundColor: palette.primary, barPercentage: 0.6 }],
      },
      options: {
        ...horizontalBarOptions(Math.max(100, Math.ceil(rate.value / 10) * 10)),
        plugins: {
          legend: { display: false },
          annotation: { annotations: { elapsed: referenceLine(elapsed, `Tiến độ thời gian ${formatPercent(elapsed, 2)}`) } },
        },
      },
    },
  };
}
