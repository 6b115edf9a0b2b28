/**
 * Allocation and disbursement: each rate against its plan (100%), very low rates flagged
 * in words and in colour.
 */
import type { Figure } from '../../data/model.ts';
import { formatPercent } from '../vi-format.ts';
import { isVeryLowRate, latestPerIndicator } from '../figure-text.ts';
import { horizontalBarOptions, palette, referenceLine, wrapLabel, type ChartSpec } from './chart-spec.ts';

/** Latest figure of each plain rate indicator (percent, not a share of an amount). Newest first in. */
export function ratesChart(figures: readonly Figure[], id: string): ChartSpec | null {
  const rates = latestPerIndicator(figures, (f) => f.indicator.kind === 'percent' && f.indicator.ratio_of === null);
  if (rates.length === 0) return null;
  const low = rates.filter(isVeryLowRate);
  const describe = (f: Figure): string =>
    `${f.indicator.label.charAt(0).toLowerCase()}${f.indicator.label.slice(1)} đạt ${formatPercent(f.value)}${isVeryLowRate(f) ? ', rất thấp' : ''}`;
  const sentence = rates.map(describe).join('; ');
  return {
    id,
    title: low.length > 0
      ? `${low.map((f) => f.indicator.label).join(', ')} rất thấp: ${low.map((f) => formatPercent(f.value)).join(', ')} kế hoạch`
      : 'Phân bổ và giải ngân so với kế hoạch',
    summary: `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)} (so với kế hoạch 100%).`,
    table: {
      columns: ['Chỉ tiêu', 'Tỷ lệ so với kế hoạch', 'Đánh giá'],
      rows: rates.map((f) => [f.indicator.label, formatPercent(f.value), isVeryLowRate(f) ? 'Rất thấp' : f.value >= 100 ? 'Đạt kế hoạch' : 'Chưa đạt kế hoạch']),
    },
    figures: rates,
    valueFormat: 'percent',
    config: {
      type: 'bar',
      data: {
        labels: rates.map((f) => wrapLabel(f.indicator.label)),
        datasets: [{
          label: 'Tỷ lệ so với kế hoạch (%)',
          data: rates.map((f) => f.value),
          backgroundColor: rates.map((f) => (isVeryLowRate(f) ? palette.low : palette.primary)),
          barPercentage: 0.6,
          // 0,22% would be invisible against a 100% axis: keep a sliver drawn.
          minBarLength: 4,
        }],
      },
      options: {
        ...horizontalBarOptions(Math.max(100, ...rates.map((f) => Math.ceil(f.value / 10) * 10))),
        plugins: {
          legend: { display: false },
          annotation: { annotations: { plan: referenceLine(100, 'Kế hoạch 100%') } },
        },
      },
    },
  };
}
