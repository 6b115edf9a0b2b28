/** How a figure reads on a page: its value in vi-VN form with its unit, and its date. */
import type { Figure } from '../domain/model.ts';
import { formatViDate } from '../domain/vi-date.ts';
import { formatAmount, formatFraction, formatPercent, formatViNumber } from '../domain/vi-format.ts';

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

/** Below this share of plan a rate is called very low ("rất thấp") and flagged. */
export const VERY_LOW_RATE = 10;

/** A plan rate (a percent that is not a share of an amount) under {@link VERY_LOW_RATE}. */
export function isVeryLowRate(f: Pick<Figure, 'value' | 'indicator'>): boolean {
  return f.indicator.kind === 'percent' && f.indicator.ratio_of === null && f.value < VERY_LOW_RATE;
}

/** The label of a figure: its indicator, and what is counted when the notice says. */
export function figureLabel(f: Pick<Figure, 'subject' | 'indicator'>): string {
  return f.subject ? `${f.indicator.label}: ${f.subject}` : f.indicator.label;
}

/**
 * The latest figure of each indicator (and subject, for generic counts) among those `keep`
 * accepts. Figures must come newest first, as the model gives them.
 */
export function latestPerIndicator(figures: readonly Figure[], keep: (f: Figure) => boolean = () => true): Figure[] {
  const seen = new Set<string>();
  return figures.filter((f) => {
    const key = `${f.indicator.id}|${f.subject ?? ''}`;
    if (!keep(f) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `31/3/2024`, or a plain statement that the notice gives no date for the figure. */
export function formatAsOf(f: Pick<Figure, 'asOf'>, noticeDate: string): string {
  return f.asOf ? formatViDate(f.asOf) : `không nêu (thông báo ${noticeDate})`;
}
