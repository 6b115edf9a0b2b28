/** A small standalone SVG of the province with one district filled: the locator map image. */
import type { MapGeometry } from './map-svg.ts';

/** Width of the locator image in SVG units (it is shown about 10rem wide). */
export const LOCATOR_WIDTH = 200;
/**
 * The locator image is square whatever the province's shape (the map centred in it), so the page
 * reserves its box before it arrives with one CSS rule (`aspect-ratio: 1`, components/LocatorMap.css)
 * and its width and height attributes are its real size.
 */
export const LOCATOR_SIZE = LOCATOR_WIDTH;

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function locatorSvg(geometry: MapGeometry, code: string, title: string): string {
  const paths = geometry.paths
    .map((p) => `<path d="${p.d}" fill="${p.code === code ? '#8b1a1a' : '#e8e8e8'}"/>`)
    .join('');
  // The map's box, widened to a square around it: its width (LOCATOR_WIDTH) unless it is taller.
  const side = Math.max(geometry.width, geometry.height);
  const round = (n: number): number => Math.round(n * 10) / 10;
  const viewBox = [round(-(side - geometry.width) / 2), round(-(side - geometry.height) / 2), side, side].join(' ');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" width="${LOCATOR_SIZE}" height="${LOCATOR_SIZE}"><title>${escape(title)}</title><g stroke="#fff" stroke-width="1">${paths}</g></svg>\n`;
}
