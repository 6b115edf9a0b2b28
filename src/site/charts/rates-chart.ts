/**
 * Allocation and disbursement: each rate against its plan (100%), grouped by fund type
 * (investment, recurrent, counterpart), very low rates flagged in words, colour and hatching.
 * Counterpart money not yet found is an amount, not a rate: it is said under the chart.
 */
import type { Figure } from '../../domain/model.ts';
import type { FundType } from '../../domain/schemas/indicator.ts';
import { formatPercent, formatAmount } from '../../domain/vi-format.ts';
import { formatViDate, toIsoPartialDate, yearElapsedShare } from '../../domain/vi-date.ts';
import { isVeryLowRate, latestPerIndicator } from '../figure-text.ts';
import { vi } from '../../i18n/vi.ts';
import { inSentence, sentenceCase, type ChartSpec, type ReferenceLine } from './chart-spec.ts';
import { rateBars } from './bars.ts';
import { revenueRates } from './revenue-chart.ts';

const fundOrder: (FundType | null)[] = ['dau-tu', 'su-nghiep', 'doi-ung', null];
const fundName = (f: Figure): string => (f.indicator.fund ? vi.fund[f.indicator.fund] : vi.fundNotStated);

/**
 * Latest figure of each rate indicator the revenue chart does not draw: rates of a plan, and
 * rates of an amount (`ratio_of`) without a date or of another family. Newest first in.
 */
export function ratesChart(figures: readonly Figure[], id: string): ChartSpec | null {
  const elsewhere = new Set(revenueRates(figures).map((f) => f.indicator.id));
  const rates = latestPerIndicator(figures, (f) => f.indicator.kind === 'percent' && !elsewhere.has(f.indicator.id))
    .sort((a, b) => fundOrder.indexOf(a.indicator.fund) - fundOrder.indexOf(b.indicator.fund));
  if (rates.length === 0) return null;
  const low = rates.filter(isVeryLowRate);
  const counterpart = latestPerIndicator(figures, (f) => f.indicator.kind === 'amount' && f.indicator.fund === 'doi-ung');
  const describe = (f: Figure): string => `${inSentence(f.indicator.label)} đạt ${formatPercent(f.value)}${isVeryLowRate(f) ? ', rất thấp' : ''}`;
  // The expected pace is known only when every rate is dated, and at the same date.
  const dates = new Set(rates.map((f) => (f.asOf ? toIsoPartialDate(f.asOf) : null)));
  const [onlyDate] = dates;
  const paceDate = dates.size === 1 && onlyDate ? rates[0]!.asOf : null;
  const references: ReferenceLine[] = [{ value: 100, label: 'Kế hoạch 100%' }];
  if (paceDate) references.push({ value: yearElapsedShare(paceDate), label: `Tiến độ thời gian ${formatPercent(yearElapsedShare(paceDate), 2)} (${formatViDate(paceDate)})` });
  return {
    id,
    title: low.length > 0
      ? `${low.map((f) => f.indicator.label).join(', ')} rất thấp: ${low.map((f) => formatPercent(f.value)).join(', ')} kế hoạch`
      : 'Phân bổ và giải ngân so với kế hoạch',
    summary: `${sentenceCase(rates.map(describe).join('; '))} (so với kế hoạch 100%).`,
    table: {
      columns: ['Chỉ tiêu', 'Loại vốn', 'Tỷ lệ so với kế hoạch', 'Đánh giá'],
      rows: rates.map((f) => [f.indicator.label, fundName(f), formatPercent(f.value), isVeryLowRate(f) ? 'Rất thấp' : f.value >= 100 ? 'Đạt kế hoạch' : 'Chưa đạt kế hoạch']),
    },
    figures: [...rates, ...counterpart],
    chart: rateBars(rates, rates.map((f) => `${f.indicator.label} (${inSentence(fundName(f))})`), 'Tỷ lệ so với kế hoạch', references),
    notes: counterpart.map((f) => `${f.indicator.label}: ${formatAmount(f.value)}.`),
  };
}
