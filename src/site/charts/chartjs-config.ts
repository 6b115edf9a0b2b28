/**
 * The Chart.js configuration of a bar chart: plain JSON (no functions), serialized into the
 * page with the words the build wrote for it (value labels, axis ticks, tooltips, in vi-VN) and
 * handed to Chart.js by src/client/charts.ts, which draws those words and formats no number.
 */
import type { ChartConfiguration } from 'chart.js';
import { axisTickSets, segmentText, type AxisTick } from './axis-ticks.ts';
import { palette, wrapLabel, type BarChart } from './chart-spec.ts';

/** What a page serializes beside a canvas for src/client/charts.ts. */
export interface CanvasChart {
  config: ChartConfiguration<'bar'>;
  /** Written at each bar's end, the same words as the static drawing's ("35,16%", "09/19 · còn 10"). */
  valueLabels: string[];
  /** Axis ticks, finest set first: the canvas takes the first that fits its width (axis-ticks.ts). */
  tickSets: AxisTick[][];
  /** The tooltip of each bar segment, by series then bar: "Đạt, hoàn thành: 9". */
  tooltips: string[][];
}

/** The configuration and words of the canvas drawing of `chart`. */
export function canvasChart(chart: BarChart): CanvasChart {
  return {
    config: chartJsConfig(chart),
    valueLabels: chart.valueLabels,
    tickSets: axisTickSets(chart),
    tooltips: chart.series.map((series, s) => series.values.map((_, i) => segmentText(chart, s, i))),
  };
}

/** A vertical reference line (chartjs-plugin-annotation) at `value` on the value axis. */
function referenceAnnotation(value: number, label: string) {
  return {
    type: 'line' as const,
    xMin: value,
    xMax: value,
    borderColor: palette.reference,
    borderWidth: 2,
    borderDash: [6, 4],
    // Written above the plot (in the padding chartJsConfig reserves), never across a bar.
    label: { display: true, content: label, position: 'end' as const, yAdjust: -24, backgroundColor: 'rgba(255,255,255,0.9)', color: '#000', font: { size: 12 } },
  };
}

export function chartJsConfig(chart: BarChart): ChartConfiguration<'bar'> {
  const annotations = Object.fromEntries(chart.references.map((r, i) => [`ref${i}`, referenceAnnotation(r.value, r.label)]));
  return {
    type: 'bar',
    data: {
      labels: chart.categories.map((c) => wrapLabel(c)),
      datasets: chart.series.map((s) => ({
        label: s.label,
        data: s.values,
        backgroundColor: s.colors,
        barPercentage: 0.6,
        // 0,22% would be invisible against a 100% axis: keep a sliver drawn.
        minBarLength: chart.stacked ? 0 : 4,
      })),
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      layout: { padding: { top: chart.references.length > 0 ? 28 : 0, right: 8 } },
      scales: {
        x: {
          min: 0,
          max: chart.max,
          stacked: chart.stacked,
          grid: { color: '#e5e5e5' },
          // Only the build's ticks (charts.ts picks the set), all of them, level.
          ticks: { autoSkip: false, maxRotation: 0 },
          ...(chart.axisTitle ? { title: { display: true, text: chart.axisTitle } } : {}),
        },
        // Every bar keeps its label: Chart.js would otherwise skip labels that do not fit.
        y: { stacked: chart.stacked, grid: { display: false }, ticks: { autoSkip: false } },
      },
      plugins: {
        legend: { display: chart.series.length > 1, position: 'bottom' },
        // Labels sit above the plot area, outside the clip Chart.js would otherwise apply.
        annotation: { clip: false, annotations },
      },
    },
  };
}

/** Canvas height in rem that fits every bar with its wrapped label, plus axis and legend. */
export function canvasHeightRem(chart: BarChart): number {
  const lines = chart.categories.reduce((n, c) => n + Math.max(2, wrapLabel(c).length), 0);
  return Math.max(7, lines * 1.2 + (chart.series.length > 1 ? 5.5 : 4) + (chart.references.length > 0 ? 1.8 : 0));
}
