/**
 * Draws the charts of a page from what the build serialized next to each canvas
 * (site/charts/chartjs-config.ts): the Chart.js configuration and the words of the chart, already
 * written in vi-VN (value labels, axis ticks, tooltips), the same as the static SVG's. Nothing
 * is formatted here. Only this module ships Chart.js, and only the parts the portal uses, so
 * pages without a chart load no chart code at all.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
  type ChartConfiguration,
  type Plugin,
  type Scale,
} from 'chart.js';
import { toFont } from 'chart.js/helpers';
import annotationPlugin from 'chartjs-plugin-annotation';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend, annotationPlugin);
const FAMILY = "'Noto Sans', system-ui, sans-serif";
Chart.defaults.font.family = FAMILY;
Chart.defaults.color = '#0b0c0c';

interface AxisTick {
  value: number;
  text: string;
}
/** The shape of site/charts/chartjs-config.ts's CanvasChart (this layer imports nothing of the site). */
interface CanvasChart {
  config: ChartConfiguration<'bar'>;
  valueLabels: string[];
  tickSets: AxisTick[][];
  tooltips: string[][];
}

/** The value labels' type: bold, as in the static drawing. */
const valueFont = (): string => toFont({ size: 12, weight: 'bold', family: FAMILY }).string;
/** Room between a bar's end and its label, and between two tick labels. */
const GAP = 6;
const TEXT = '#0b0c0c';

/** Relative luminance of a #rrggbb colour (WCAG 2). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
/** White or near-black, whichever reads better on `fill` (white on the blue bars, black on grey and green). */
const textOn = (fill: string): string => (/^#[0-9a-f]{6}$/i.test(fill) && 1.05 / (luminance(fill) + 0.05) > (luminance(fill) + 0.05) / 0.0545 ? '#ffffff' : TEXT);

interface DrawnBar {
  x: number;
  y: number;
  base: number;
  fill: string;
}

/**
 * Writes each bar's label at its end (the end of its stack), as the static drawing does: after
 * the bar, on a white ground that breaks any grid or reference line it crosses; inside the bar's
 * end, in a colour that reads on it, when the canvas has no room after it (a stack drawn to its
 * total, a rate past 100% on a phone).
 */
const valueLabels = (labels: readonly string[]): Plugin<'bar'> => ({
  id: 'tpValueLabels',
  afterDatasetsDraw(chart) {
    const { ctx, chartArea } = chart;
    ctx.save();
    ctx.font = valueFont();
    ctx.textBaseline = 'middle';
    labels.forEach((text, i) => {
      const bars = chart.data.datasets
        .map((_, d) => (chart.isDatasetVisible(d) ? (chart.getDatasetMeta(d).data[i] as unknown as (DrawnBar & { options: { backgroundColor: string } }) | undefined) : undefined))
        .filter((b) => b !== undefined)
        .map((b): DrawnBar => ({ x: b.x, y: b.y, base: b.base, fill: b.options.backgroundColor }));
      if (bars.length === 0) return;
      const end = Math.min(Math.max(...bars.map((b) => b.x)), chartArea.right);
      const { y } = bars[0]!;
      const width = ctx.measureText(text).width;
      if (end + GAP + width <= chart.width - 2) {
        ctx.fillStyle = 'rgba(255, 255, 255, 0.9)';
        ctx.fillRect(end + GAP - 2, y - 9, width + 4, 18);
        ctx.fillStyle = TEXT;
        ctx.textAlign = 'left';
        ctx.fillText(text, end + GAP, y);
      } else {
        const middle = end - GAP - width / 2;
        const under = bars.find((b) => Math.min(b.base, b.x) <= middle && middle <= Math.max(b.base, b.x)) ?? bars.at(-1)!;
        ctx.fillStyle = textOn(under.fill);
        ctx.textAlign = 'right';
        ctx.fillText(text, end - GAP, y);
      }
    });
    ctx.restore();
  },
});

/** The finest tick set whose labels fit side by side on the axis as wide as it is now. */
function fittingTicks(scale: Scale, sets: readonly AxisTick[][]): AxisTick[] {
  const { ctx } = scale;
  ctx.save();
  // The ticks' type is Chart.js's default one (no chart sets another).
  ctx.font = toFont(Chart.defaults.font).string;
  const fits = (set: readonly AxisTick[]): boolean =>
    set.every((tick, i) => {
      const next = set[i + 1];
      if (!next) return true;
      const apart = ((next.value - tick.value) / (scale.max - scale.min)) * scale.width;
      return apart >= (ctx.measureText(tick.text).width + ctx.measureText(next.text).width) / 2 + GAP;
    });
  const chosen = sets.find(fits) ?? sets.at(-1) ?? [];
  ctx.restore();
  return chosen;
}

/**
 * Draws one chart on its canvas from the spec the build wrote beside it (chart-loader.ts calls
 * it as the chart nears the screen, each chart in a task of its own).
 */
export function drawChart(canvas: HTMLCanvasElement): void {
  const source = document.getElementById(canvas.dataset['tpChart'] ?? '');
  if (!source?.textContent) return;
  // A fresh object per chart: Chart.js mutates the config it is given.
  const { config, valueLabels: labels, tickSets, tooltips } = JSON.parse(source.textContent) as CanvasChart;
  const options = (config.options ??= {});
  const x = options.scales?.['x'];
  if (x) {
    const textOf = new Map(tickSets.flat().map((t) => [t.value, t.text]));
    x.afterBuildTicks = (scale) => {
      scale.ticks = fittingTicks(scale, tickSets).map((t) => ({ value: t.value }));
    };
    x.ticks = { ...x.ticks, callback: (value) => textOf.get(Number(value)) ?? '' };
  }
  options.plugins = { ...options.plugins, tooltip: { callbacks: { label: (item) => tooltips[item.datasetIndex]?.[item.dataIndex] ?? '' } } };
  // Shown before drawing: a responsive chart measures its container.
  const box = canvas.closest<HTMLElement>('.tp-chart__canvas');
  // Its height comes as data, set through the CSSOM: a style attribute in the page would need
  // 'unsafe-inline' in the Content-Security-Policy.
  if (box?.dataset['tpHeight']) box.style.setProperty('--tp-chart-height', box.dataset['tpHeight']);
  box?.removeAttribute('hidden');
  new Chart(canvas, { ...config, plugins: [valueLabels(labels)] });
  // On screen the canvas now replaces the static SVG; print keeps the SVG (see print.css).
  canvas.closest('.tp-chart')?.classList.add('tp-chart--drawn');
}
