/**
 * The bars every chart family draws, built in one place: rates against a plan (very low ones
 * flagged in colour, hatching and words), counts met against their totals (stacked with what
 * remains, "09/19 · còn 10"), and plain amounts or quantities on an axis in their unit.
 */
import type { Figure, Indicator } from '../../domain/model.ts';
import { formatFigureValue, isVeryLowRate } from '../figure-text.ts';
import { formatAmount, formatFraction, formatPercent } from '../../domain/vi-format.ts';
import { axisMax, palette, type BarChart, type ReferenceLine } from './chart-spec.ts';

/** One bar per rate figure, the axis reaching at least 100%. */
export function rateBars(figures: readonly Figure[], categories: string[], seriesLabel: string, references: ReferenceLine[]): BarChart {
  return {
    categories,
    series: [{ label: seriesLabel, values: figures.map((f) => f.value), colors: figures.map((f) => (isVeryLowRate(f) ? palette.low : palette.primary)) }],
    stacked: false,
    max: axisMax(figures.map((f) => f.value), 100),
    valueFormat: 'percent',
    axisTitle: null,
    references,
    valueLabels: figures.map((f) => `${formatPercent(f.value)}${isVeryLowRate(f) ? ' · rất thấp' : ''}`),
    flagged: figures.map(isVeryLowRate),
  };
}

/** One stacked bar per count-of-total figure: met, then what remains to its total. */
export function countBars(figures: readonly Figure[], categories: string[], axisTitle: string | null): BarChart {
  const total = (f: Figure): number => f.denominator ?? 0;
  const remaining = (f: Figure): number => total(f) - f.value;
  return {
    categories,
    series: [
      { label: 'Đạt, hoàn thành', values: figures.map((f) => f.value), colors: figures.map(() => palette.done) },
      { label: 'Còn lại', values: figures.map(remaining), colors: figures.map(() => palette.remaining) },
    ],
    stacked: true,
    // Bars of different totals share one axis; each is read with its own total at its end.
    max: Math.max(...figures.map(total)),
    valueFormat: 'count',
    axisTitle,
    references: [],
    valueLabels: figures.map((f) => `${formatFraction(f.value, total(f))}${remaining(f) > 0 ? ` · còn ${remaining(f)}` : ''}`),
    flagged: figures.map(() => false),
  };
}

/** The unit an amount axis is drawn in: the largest of tỷ/triệu đồng below the top value. */
export function amountAxis(top: number): { divisor: number; title: string } {
  if (top >= 1e9) return { divisor: 1e9, title: 'tỷ đồng' };
  if (top >= 1e6) return { divisor: 1e6, title: 'triệu đồng' };
  return { divisor: 1, title: 'đồng' };
}

/** One bar per amount or quantity of one indicator, on an axis in tỷ/triệu đồng or the quantity's unit. */
export function valueBars(figures: readonly Figure[], categories: string[], indicator: Indicator): BarChart {
  const amounts = indicator.kind === 'amount';
  const axis = amounts ? amountAxis(Math.max(...figures.map((f) => f.value))) : { divisor: 1, title: indicator.unit };
  const values = figures.map((f) => f.value / axis.divisor);
  return {
    categories,
    series: [{ label: indicator.label, values, colors: figures.map(() => palette.primary) }],
    stacked: false,
    max: axisMax(values, 0),
    valueFormat: 'count',
    axisTitle: axis.title,
    references: [],
    valueLabels: figures.map((f) => (amounts ? formatAmount(f.value) : formatFigureValue(f))),
    flagged: figures.map(() => false),
  };
}
