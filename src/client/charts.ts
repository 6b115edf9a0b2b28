/**
 * Draws the charts of a page from the JSON configs the build serialized next to each canvas.
 * Only this module ships Chart.js, and only the parts the portal uses, so pages without a
 * chart load no chart code at all.
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
} from 'chart.js';
import annotationPlugin from 'chartjs-plugin-annotation';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend, annotationPlugin);
Chart.defaults.font.family = "'Noto Sans', system-ui, sans-serif";
Chart.defaults.color = '#0b0c0c';

const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

for (const canvas of document.querySelectorAll<HTMLCanvasElement>('canvas[data-tp-chart]')) {
  const source = document.getElementById(canvas.dataset['tpChart'] ?? '');
  if (!source?.textContent) continue;
  // A fresh object per chart: Chart.js mutates the config it is given.
  const config = JSON.parse(source.textContent) as ChartConfiguration<'bar'>;
  const suffix = canvas.dataset['tpFormat'] === 'percent' ? '%' : '';
  const format = (v: number | string): string => `${number.format(Number(v))}${suffix}`;
  const options = (config.options ??= {});
  const x = options.scales?.['x'];
  // Counts are whole numbers: no 0,5 ticks.
  if (x) x.ticks = { ...x.ticks, callback: (v) => format(v), ...(suffix ? {} : { precision: 0 }) };
  options.plugins = {
    ...options.plugins,
    tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${format(item.parsed.x ?? 0)}` } },
  };
  // Shown before drawing: a responsive chart measures its container.
  const box = canvas.closest<HTMLElement>('.tp-chart__canvas');
  // Its height comes as data, set through the CSSOM: a style attribute in the page would need
  // 'unsafe-inline' in the Content-Security-Policy.
  if (box?.dataset['tpHeight']) box.style.setProperty('--tp-chart-height', box.dataset['tpHeight']);
  box?.removeAttribute('hidden');
  new Chart(canvas, config);
  // On screen the canvas now replaces the static SVG; print keeps the SVG (see print.css).
  canvas.closest('.tp-chart')?.classList.add('tp-chart--drawn');
}
