/**
 * The Chart.js configuration of a bar chart: plain JSON (no functions), serialized into the
 * page and handed to Chart.js by src/client/charts.ts, which adds the vi-VN number callbacks.
 */
import type { ChartConfiguration } from 'chart.js';
import { palette, wrapLabel, type BarChart } from './chart-spec.ts';

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
