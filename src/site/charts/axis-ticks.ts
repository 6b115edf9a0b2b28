/**
 * The value axis's ticks and the words of each bar, written once at build time in vi-VN for both
 * drawings: the static SVG (svg-chart.ts) and the Chart.js canvas (chartjs-config.ts), so the
 * screen and the print say the same numbers in the same words and the browser formats nothing.
 */
import { scaleLinear } from 'd3-scale';
import { formatViNumber } from '../../domain/vi-format.ts';
import type { BarChart, ValueFormat } from './chart-spec.ts';

export interface AxisTick {
  value: number;
  /** "25%", "10", "0,5". */
  text: string;
}

/** Tick labels: "25%", "10". */
export function formatTick(value: number, format: ValueFormat): string {
  return `${formatViNumber(value, 2)}${format === 'percent' ? '%' : ''}`;
}

/**
 * Round ticks from 0 to the axis end for about `count` intervals (d3's 1-2-5 steps: 0, 20 … 100%;
 * 0, 5, 10, 15 tỷ đồng). The axis end is a meaningful number (19 criteria): labelled when no tick
 * comes within a tenth of it. An end that only gives a value past 100% room (110%) stays unlabelled.
 */
function ticksFor(chart: BarChart, count: number): AxisTick[] {
  const values = scaleLinear().domain([0, chart.max]).ticks(count);
  const last = values.at(-1) ?? 0;
  const step = values.length > 1 ? last - values.at(-2)! : last;
  if (last < chart.max && (chart.max - last) / chart.max > 0.1) {
    // Two labels closer than half a step would touch (200 and 240): the end takes the last one's place.
    if (chart.max - last < step / 2 && values.length > 1) values.pop();
    values.push(chart.max);
  }
  return values.map((value) => ({ value, text: formatTick(value, chart.valueFormat) }));
}

/** The ticks the static drawing shows (and a wide screen). */
export const axisTicks = (chart: BarChart): AxisTick[] => ticksFor(chart, 4);

/**
 * Tick sets from the finest to the coarsest, each different: the canvas takes the first whose
 * labels fit side by side at the width the screen gives it (0, 20 … 100% on a desktop; 0, 50,
 * 100% beside long category labels on a 360 px phone).
 */
export function axisTickSets(chart: BarChart): AxisTick[][] {
  const sets: AxisTick[][] = [];
  for (const count of [4, 2, 1]) {
    const set = ticksFor(chart, count);
    const key = set.map((t) => t.value).join(' ');
    if (!sets.some((s) => s.map((t) => t.value).join(' ') === key)) sets.push(set);
  }
  return sets;
}

/** What a bar segment stands for, as its tooltip and the SVG rectangle's title say it: "Đạt: 9". */
export const segmentText = (chart: BarChart, series: number, bar: number): string => {
  const s = chart.series[series]!;
  return `${s.label}: ${formatTick(s.values[bar] ?? 0, chart.valueFormat)}`;
};
