/**
 * Lays out a bar chart as SVG at build time: the picture a reader gets without JavaScript,
 * and the one that prints (vector, so sharp at any size, with no canvas to resize). Each bar
 * has its label on the line above it, so long Vietnamese labels never squeeze the bars on a
 * phone, and its value written at its end, so the numbers survive grayscale print.
 */
import { scaleLinear } from 'd3-scale';
import { axisTicks, segmentText } from './axis-ticks.ts';
import { palette, wrapLabel, type BarChart } from './chart-spec.ts';

/**
 * viewBox units; the drawing scales to its container (at most 28rem wide, see components/ChartFigure.css), so
 * 14-unit text reads at about 12 px on a 360 px phone and 17 px on a wide screen.
 */
export const svgWidth = 360;
const fontSize = 14;
const lineHeight = 17;
const barHeight = 18;
const barGap = 12;
/** Room after the longest bar for its value label. */
const valueRoom = 92;
const labelChars = 42;

export interface SvgRect {
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  hatched: boolean;
  /** What the rectangle stands for, for the drawing's own <title>. */
  title: string;
}

export interface SvgText {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
}

export interface SvgLayout {
  width: number;
  height: number;
  fontSize: number;
  labels: SvgText[];
  rects: SvgRect[];
  values: SvgText[];
  /** Grid lines broken around the text they would cross, like the reference lines: no label needs a halo. */
  ticks: (SvgText & { segments: { top: number; bottom: number }[] })[];
  /**
   * Dashed reference lines (time elapsed, plan): drawn in pieces that stop short of every line of
   * text they would cross, so no label is struck through on paper.
   */
  references: { x: number; segments: { top: number; bottom: number }[]; label: SvgText }[];
  legend: { x: number; y: number; fill: string; label: string }[];
  axisTitle: SvgText | null;
}

export function svgChart(chart: BarChart): SvgLayout {
  const plotLeft = 2;
  const plotRight = svgWidth - valueRoom;
  const x = scaleLinear().domain([0, chart.max]).range([plotLeft, plotRight]);
  // Reference labels sit above the first bar, one line each.
  let y = chart.references.length * lineHeight + 6;
  const plotTop = y - 4;
  const labels: SvgText[] = [];
  const rects: SvgRect[] = [];
  const values: SvgText[] = [];
  chart.categories.forEach((category, i) => {
    for (const line of wrapLabel(category, labelChars)) {
      y += lineHeight;
      labels.push({ x: plotLeft, y: y - 4, text: line, anchor: 'start' });
    }
    let start = 0;
    chart.series.forEach((series, s) => {
      const value = series.values[i] ?? 0;
      const left = x(chart.stacked ? start : 0);
      // A very low rate keeps a sliver drawn, as on screen.
      const width = Math.max(x(chart.stacked ? start + value : value) - left, value > 0 && !chart.stacked ? 3 : 0);
      if (width > 0) {
        rects.push({
          x: left,
          y: y + 2,
          width,
          height: barHeight,
          fill: series.colors[i] ?? palette.primary,
          hatched: chart.flagged[i] === true,
          title: `${category} — ${segmentText(chart, s, i)}`,
        });
      }
      start += value;
    });
    const total = chart.stacked ? start : (chart.series[0]?.values[i] ?? 0);
    const barEnd = Math.max(x(Math.min(total, chart.max)), plotLeft + 3);
    values.push({ x: barEnd + 5, y: y + 2 + barHeight / 2 + fontSize * 0.35, text: chart.valueLabels[i] ?? '', anchor: 'start' });
    y += barHeight + barGap;
  });
  const plotBottom = y - barGap + 6;
  const ticks = axisTicks(chart).map((t) => ({
    x: x(t.value),
    y: plotBottom + lineHeight,
    text: t.text,
    // The first tick sits at the drawing's left edge: centred there, "0%" would lose its "0".
    anchor: t.value === 0 ? ('start' as const) : ('middle' as const),
    segments: [] as { top: number; bottom: number }[],
  }));
  y = plotBottom + lineHeight;
  const axisTitle = chart.axisTitle ? { x: (plotLeft + plotRight) / 2, y: (y += lineHeight), text: chart.axisTitle, anchor: 'middle' as const } : null;
  // Each legend entry starts after the previous one's swatch and label (~0.6 em per character).
  let legendX = plotLeft;
  const legend = chart.series.length > 1
    ? chart.series.map((s) => {
        const item = { x: legendX, y: y + lineHeight + 8, fill: s.colors[0] ?? palette.primary, label: s.label };
        legendX += 20 + s.label.length * fontSize * 0.6 + 14;
        return item;
      })
    : [];
  if (legend.length > 0) y += lineHeight + 8;
  const referenceLabels = chart.references.map((r, i) => {
    const at = x(r.value);
    // Labels near the right end are anchored at their end so they stay inside the drawing.
    const anchor = at > svgWidth * 0.6 ? ('end' as const) : ('start' as const);
    return { x: anchor === 'end' ? at - 4 : at + 4, y: (i + 1) * lineHeight, text: r.label, anchor };
  });
  const references = chart.references.map((r, i) => {
    const at = x(r.value);
    const crossed = [...labels, ...values, ...referenceLabels.filter((_, j) => j !== i)].filter((t) => spans(t, at));
    return { x: at, segments: gaps((i + 1) * lineHeight - 12, plotBottom, crossed), label: referenceLabels[i]! };
  });
  // A white halo (stroked text) would hide the lines instead, but Chromium prints stroked text as
  // Type 3 outlines: a briefing PDF six times larger and slower to print.
  for (const tick of ticks) tick.segments = gaps(plotTop, plotBottom, [...labels, ...values, ...referenceLabels].filter((t) => spans(t, tick.x)));
  return { width: svgWidth, height: Math.ceil(y + 6), fontSize, labels, rects, values, ticks, references, legend, axisTitle };
}

/** Approximate width of a line of text: 0.6 em a character errs on the wide side for Noto. */
const textWidth = (t: SvgText): number => t.text.length * fontSize * 0.6;

/** Whether the line of text `t` reaches across the vertical line at `x` (with 3 units to spare). */
function spans(t: SvgText, x: number): boolean {
  const w = textWidth(t);
  const left = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
  return x >= left - 3 && x <= left + w + 3;
}

/** The pieces of [top, bottom] left after taking out the band of each text line crossed. */
function gaps(top: number, bottom: number, crossed: readonly SvgText[]): { top: number; bottom: number }[] {
  const bands = crossed.map((t) => ({ top: t.y - fontSize, bottom: t.y + 4 })).sort((a, b) => a.top - b.top);
  const pieces: { top: number; bottom: number }[] = [];
  let from = top;
  for (const b of bands) {
    if (b.bottom <= from || b.top >= bottom) continue;
    if (b.top > from) pieces.push({ top: from, bottom: b.top });
    from = Math.max(from, b.bottom);
  }
  if (from < bottom) pieces.push({ top: from, bottom });
  return pieces.filter((p) => p.bottom - p.top >= 2);
}
