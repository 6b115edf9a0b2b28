/**
 * Turns district shapes into SVG path data at build time (d3-geo): one projection fitted to the
 * province, so the large map and every small locator map line up.
 */
import { geoMercator, geoPath } from 'd3-geo';
import type { DistrictShape } from '../../domain/model.ts';

export interface MapPath {
  code: string;
  name: string;
  d: string;
  /** Where a label sits: the shape's centroid, in SVG units. */
  centroid: [number, number];
}

export interface MapGeometry {
  width: number;
  height: number;
  paths: MapPath[];
}

/** Paths for every district, fitted into `width` (height follows the province's shape). */
export function districtPaths(shapes: readonly DistrictShape[], width: number): MapGeometry {
  const collection = { type: 'FeatureCollection' as const, features: [...shapes] };
  const probe = geoMercator().fitWidth(width, collection);
  const [[, y0], [, y1]] = geoPath(probe).bounds(collection);
  const height = Math.ceil(y1 - y0);
  const projection = geoMercator().fitSize([width, height], collection);
  const path = geoPath(projection).digits(1);
  return {
    width,
    height,
    paths: shapes.map((s) => {
      const [cx, cy] = path.centroid(s);
      return { code: s.properties.code, name: s.properties.name, d: path(s) ?? '', centroid: [Math.round(cx), Math.round(cy)] };
    }),
  };
}
