/**
 * The static chart's SVG content, from the layout of svg-chart.ts: what a reader sees without
 * JavaScript and what prints. Every value written into the markup goes through escape-goat's
 * `htmlEscape` tag (text and attributes: `& < > " '` escaped), so a label from a notice is text,
 * never markup.
 *
 * Written as a string rather than an Astro template because a drawing is the page's densest
 * markup (40 to 150 elements) and each element and expression of a template costs a step of
 * Astro's renderer: as templates, the drawings took about a sixth of the pages' rendering
 * (docs/deployment.md, "Sizes to plan with").
 */
import { htmlEscape } from 'escape-goat';
import type { BarChart } from './chart-spec.ts';
import { svgChart, type SvgText } from './svg-chart.ts';

/** A line of text of the drawing, at its place. */
const text = (t: SvgText, fill: string): string => htmlEscape`<text x="${t.x}" y="${t.y}" text-anchor="${t.anchor}" fill="${fill}">${t.text}</text>`;

/** A vertical line drawn in pieces: grid and reference lines stop short of the text they would cross. */
const pieces = (x: number, segments: readonly { top: number; bottom: number }[], stroke: string): string[] =>
  segments.map((p) => htmlEscape`<line x1="${x}" x2="${x}" y1="${p.top}" y2="${p.bottom}" `.concat(stroke, '></line>'));

const GRID = 'stroke="#d0d0d0" stroke-width="1"';
const REFERENCE = 'stroke="#000" stroke-width="2" stroke-dasharray="6 4"';

/** The drawing's size and its content: the <svg> element itself is StaticChart.astro's. */
export interface SvgDrawing {
  width: number;
  height: number;
  fontSize: number;
  /** What goes inside the <svg>, every value escaped. */
  markup: string;
}

/**
 * The drawing of `chart`, its hatch pattern named after `id` (unique on the page). Made for each
 * page: kept for the briefings, 5,001 notices' drawings took 250 MB more memory.
 */
export function svgDrawing(chart: BarChart, id: string): SvgDrawing {
  const layout = svgChart(chart);
  const hatch = `${id}-hatch`;
  const markup = [
    htmlEscape`<defs><pattern id="${hatch}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">`,
    '<rect width="6" height="6" fill="#fff" fill-opacity="0.0"></rect><line x1="0" y1="0" x2="0" y2="6" stroke="#000" stroke-width="2"></line></pattern></defs>',
    ...layout.ticks.map((t) => ['<g class="tp-svg-tick">', ...pieces(t.x, t.segments, GRID), text(t, '#333'), '</g>'].join('')),
    ...layout.rects.map(
      (r) =>
        htmlEscape`<g><rect x="${r.x}" y="${r.y}" width="${r.width}" height="${r.height}" fill="${r.fill}"><title>${r.title}</title></rect>` +
        (r.hatched ? htmlEscape`<rect x="${r.x}" y="${r.y}" width="${r.width}" height="${r.height}" fill="url(#${hatch})"></rect>` : '') +
        '</g>',
    ),
    ...layout.references.flatMap((r) => pieces(r.x, r.segments, REFERENCE)),
    ...layout.labels.map((l) => text(l, '#0b0c0c')),
    ...layout.values.map((v) => htmlEscape`<text class="tp-svg-value" x="${v.x}" y="${v.y}" text-anchor="${v.anchor}" font-weight="700" fill="#0b0c0c">${v.text}</text>`),
    ...layout.references.map((r) => text(r.label, '#000')),
    layout.axisTitle ? text(layout.axisTitle, '#333') : '',
    ...layout.legend.map(
      (item) =>
        htmlEscape`<g><rect x="${item.x}" y="${item.y - 11}" width="14" height="14" fill="${item.fill}" stroke="#767676" stroke-width="0.5"></rect><text x="${item.x + 20}" y="${item.y}">${item.label}</text></g>`,
    ),
  ].join('\n');
  return { width: layout.width, height: layout.height, fontSize: layout.fontSize, markup };
}
