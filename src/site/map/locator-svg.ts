/** A small standalone SVG of the province with one district filled: the locator map image. */
import type { MapGeometry } from './map-svg.ts';

/** Width of the locator image in SVG units (it is shown about 10rem wide). */
export const LOCATOR_WIDTH = 200;

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function locatorSvg(geometry: MapGeometry, code: string, title: string): string {
  const paths = geometry.paths
    .map((p) => `<path d="${p.d}" fill="${p.code === code ? '#8b1a1a' : '#e8e8e8'}"/>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${geometry.width} ${geometry.height}" width="${geometry.width}" height="${geometry.height}"><title>${escape(title)}</title><g stroke="#fff" stroke-width="1">${paths}</g></svg>\n`;
}
