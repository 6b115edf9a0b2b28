/**
 * What every chart on the portal is made of: a finding as title, a one-sentence summary,
 * the same numbers as an HTML table, the source, and a Chart.js configuration that the
 * browser may draw. Everything but the drawing reads without JavaScript.
 */
import type { ChartConfiguration } from 'chart.js';
import type { Figure } from '../../data/model.ts';

export interface ChartTable {
  columns: string[];
  rows: string[][];
}

export interface ChartSpec {
  /** Unique on the page: used for the canvas and its config. */
  id: string;
  /** A finding, not a label: "Thu ngân sách vượt tiến độ thời gian". */
  title: string;
  /** One sentence a screen reader or a reader without JavaScript gets instead of the picture. */
  summary: string;
  table: ChartTable;
  /** Figures the chart shows, for the source line and links to the text. */
  figures: Figure[];
  /** How axis and tooltip numbers are written: percent or a count. */
  valueFormat: 'percent' | 'count';
  /** Plain JSON (no functions): serialized into the page and handed to Chart.js. */
  config: ChartConfiguration<'bar'>;
}

/**
 * Okabe–Ito colours: distinguishable with the common colour-vision deficiencies, and of
 * different lightness so they stay apart in grayscale print.
 */
export const palette = {
  primary: '#0072B2',
  low: '#D55E00',
  done: '#009E73',
  remaining: '#D9D9D9',
  reference: '#000000',
} as const;

/** A vertical reference line (chartjs-plugin-annotation) at `value` on the x axis. */
export function referenceLine(value: number, label: string) {
  return {
    type: 'line' as const,
    xMin: value,
    xMax: value,
    borderColor: palette.reference,
    borderWidth: 2,
    borderDash: [6, 4],
    label: { display: true, content: label, position: 'start' as const, backgroundColor: 'rgba(255,255,255,0.9)', color: '#000', font: { size: 12 } },
  };
}

/**
 * Splits a long axis label into lines of at most `width` characters (Chart.js draws an array
 * as several lines), so labels stay whole on a 360 px phone.
 */
export function wrapLabel(text: string, width = 18): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + word.length + 1 <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Canvas height in rem that fits every bar with its (wrapped) label, plus axis and legend. */
export function chartHeightRem(spec: Pick<ChartSpec, 'config'>): number {
  const labels = (spec.config.data.labels ?? []) as (string | string[])[];
  const lines = labels.reduce<number>((n, l) => n + Math.max(2, Array.isArray(l) ? l.length : 1), 0);
  return Math.max(7, lines * 1.2 + 4);
}

/** Options shared by the portal's horizontal bar charts. */
export function horizontalBarOptions(max: number, stacked = false) {
  return {
    indexAxis: 'y' as const,
    responsive: true,
    maintainAspectRatio: false,
    animation: false as const,
    scales: {
      x: { min: 0, max, stacked, grid: { color: '#e5e5e5' } },
      // Every bar keeps its label: Chart.js would otherwise skip labels that do not fit.
      y: { stacked, grid: { display: false }, ticks: { autoSkip: false } },
    },
  };
}
