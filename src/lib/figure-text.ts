/** How a figure reads on a page: its value in vi-VN form with its unit, and its date. */
import type { Figure } from '../data/model.ts';
import { formatViDate } from './vi-date.ts';
import { formatAmount, formatFraction, formatPercent, formatViNumber } from './vi-format.ts';

/** `17,42 tỷ đồng`, `35,16%`, `09/19 tiêu chí`, `khoảng 10 km`. */
export function formatFigureValue(f: Pick<Figure, 'value' | 'denominator' | 'qualifier' | 'indicator'>): string {
  const { kind, unit } = f.indicator;
  const text =
    kind === 'amount'
      ? formatAmount(f.value)
      : kind === 'percent'
        ? formatPercent(f.value)
        : kind === 'count-of-total'
          ? `${formatFraction(f.value, f.denominator ?? 0)} ${unit}`
          : `${formatViNumber(f.value)} ${unit}`;
  return f.qualifier ? `${f.qualifier} ${text}` : text;
}

/** `31/3/2024`, or a plain statement that the notice gives no date for the figure. */
export function formatAsOf(f: Pick<Figure, 'asOf'>, noticeDate: string): string {
  return f.asOf ? formatViDate(f.asOf) : `không nêu (thông báo ${noticeDate})`;
}
