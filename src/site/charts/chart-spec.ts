/**
 * What every chart on the portal is made of: a finding as title, a one-sentence summary,
 * the same numbers as an HTML table, the source, and the bars themselves as plain data.
 * From that data the build draws a static SVG (read without JavaScript and in print) and
 * serializes a Chart.js configuration the browser may draw instead, on screen.
 */
import type { Figure } from '../../domain/model.ts';

export interface ChartTable {
  columns: string[];
  rows: string[][];
}

/** How axis and value numbers are written. */
export type ValueFormat = 'percent' | 'count';

export interface BarSeries {
  /** Legend and tooltip name: "Đạt", "Còn lại". */
  label: string;
  /** One value per bar. */
  values: number[];
  /** One colour per bar (a flagged bar differs). */
  colors: string[];
}

/** A reference line across the bars: the plan (100%), the share of the year elapsed. */
export interface ReferenceLine {
  value: number;
  label: string;
}

/** Horizontal bars, one per category, optionally stacked: all the portal's charts. */
export interface BarChart {
  /** Full category labels (wrapped only when drawn). */
  categories: string[];
  series: BarSeries[];
  stacked: boolean;
  /** End of the value axis: 100% for rates, the total for counts. */
  max: number;
  valueFormat: ValueFormat;
  /** Axis title where the unit is not obvious from the values ("tiêu chí", "tỷ đồng"). */
  axisTitle: string | null;
  references: ReferenceLine[];
  /** Text written at the end of each bar in the static drawing ("0,22% · rất thấp"). */
  valueLabels: string[];
  /** Bars to flag: drawn hatched as well as coloured, so the flag survives grayscale print. */
  flagged: boolean[];
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
  chart: BarChart;
  /** Sentences that belong under the chart but not in it ("Vốn đối ứng chưa cân đối: …"). */
  notes?: string[];
}

/**
 * Okabe–Ito colours: distinguishable with the common colour-vision deficiencies, and of
 * different lightness so they stay apart in grayscale print (flagged bars are also hatched).
 */
export const palette = {
  primary: '#0072B2',
  low: '#D55E00',
  done: '#009E73',
  remaining: '#D9D9D9',
  reference: '#000000',
} as const;

/**
 * Splits a long label into lines of at most `width` characters, at spaces, so labels stay
 * whole on a 360 px phone.
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

/**
 * The value axis end: `floor` (100%, the total) unless a value passes it; then the largest
 * value rounded up to the next tenth of its order of magnitude (100,65% → 110%).
 */
export function axisMax(values: readonly number[], floor: number): number {
  const top = Math.max(0, ...values);
  if (top <= floor) return floor;
  const step = 10 ** (Math.floor(Math.log10(top)) - 1);
  return Math.round(Math.ceil(top / step) * step * 1e6) / 1e6;
}

/** Capitalizes a label used at the start of a sentence. */
export const sentenceCase = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
/** Lower-cases the first letter of a label used inside a sentence. */
export const inSentence = (text: string): string => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
