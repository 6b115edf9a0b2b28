/**
 * Revenue against estimate: the share of each annual estimate collected (province-assigned,
 * district-assigned where the notice gives it), read against the share of the year elapsed
 * at the same date ("tiến độ thời gian").
 */
import type { Figure } from '../../domain/model.ts';
import { formatAmount, formatPercent } from '../../domain/vi-format.ts';
import { formatViDate, toIsoPartialDate, yearElapsedShare } from '../../domain/vi-date.ts';
import { sentenceCase, type ChartSpec } from './chart-spec.ts';
import { rateBars } from './bars.ts';

/** "dự toán tỉnh giao" from "Thu ngân sách so với dự toán tỉnh giao". */
const estimateName = (f: Figure): string => f.indicator.label.replace(/^Thu ngân sách so với /, '');

/**
 * The rates this chart draws: the latest dated rates of an amount (`ratio_of`), one per
 * estimate, at the same date. Any other rate is drawn by the rates chart (rates-chart.ts).
 */
export function revenueRates(figures: readonly Figure[]): Figure[] {
  const latest = figures.find((f) => f.indicator.ratio_of !== null && f.asOf !== null);
  if (!latest?.asOf) return [];
  const asOf = latest.asOf;
  const sameDate = (f: Figure): boolean => f.notice === latest.notice && f.locality === latest.locality && f.asOf !== null && toIsoPartialDate(f.asOf) === toIsoPartialDate(asOf);
  return figures.filter((f) => f.indicator.ratio_of === latest.indicator.ratio_of && sameDate(f));
}

/** The latest dated revenue rates (one per estimate) with their amount. Figures newest first. */
export function revenueChart(figures: readonly Figure[], id: string): ChartSpec | null {
  const rates = revenueRates(figures);
  const latest = rates[0];
  if (!latest?.asOf) return null;
  const asOf = latest.asOf;
  const amount = figures.find((f) => f.indicator.id === latest.indicator.ratio_of && f.notice === latest.notice && f.locality === latest.locality);
  const elapsed = yearElapsedShare(asOf);
  const date = formatViDate(asOf);
  const pace = (f: Figure): string => (f.value >= elapsed ? 'vượt' : 'chậm hơn');
  const mixed = new Set(rates.map(pace)).size > 1;
  const collected = amount ? `đạt ${formatAmount(amount.value)}, ` : '';
  const parts = rates.map((f) => `bằng ${formatPercent(f.value)} ${estimateName(f)}${mixed ? ` (${pace(f)} tiến độ)` : ''}`).join(', ');
  const elapsedText = formatPercent(elapsed, 2);
  return {
    id,
    title: mixed
      ? `Thu ngân sách ${rates.map((f) => `${pace(f)} tiến độ thời gian so với ${estimateName(f)}`).join(', ')}`
      : `Thu ngân sách ${pace(latest)} tiến độ thời gian`,
    summary: mixed
      ? `Thu ngân sách nhà nước trên địa bàn đến ${date} ${collected}${parts}; tiến độ thời gian ${elapsedText}.`
      : `Thu ngân sách nhà nước trên địa bàn đến ${date} ${collected}${parts}, ${pace(latest)} tiến độ thời gian (${elapsedText}).`,
    table: {
      columns: ['Nội dung', 'Số liệu'],
      rows: [
        ...(amount ? [[`Đã thu đến ${date}`, formatAmount(amount.value)]] : []),
        ...rates.map((f) => [`Tỷ lệ so với ${estimateName(f)}`, `${formatPercent(f.value)} (${pace(f)} tiến độ)`]),
        [`Tiến độ thời gian đến ${date}`, formatPercent(elapsed, 2)],
        ...rates.map((f) => [sentenceCase(estimateName(f)), amount?.target ? formatAmount(amount.target) : 'thông báo không nêu']),
      ],
    },
    figures: amount ? [amount, ...rates] : rates,
    // Shares of an estimate are never flagged as "very low": that is a judgement on plan rates.
    chart: rateBars(rates, rates.map((f) => `Đã thu so với ${estimateName(f)}`), 'Đã thu', [{ value: elapsed, label: `Tiến độ thời gian ${formatPercent(elapsed, 2)}` }]),
  };
}
