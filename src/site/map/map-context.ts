/** District shapes projected once per build, for the province map and the locator maps. */
import { districtPaths, type MapGeometry } from './map-svg.ts';
import { getModel } from '../../load/load-model.ts';
import { loadDistrictShapes } from '../../load/read-geo.ts';

const cache = new Map<number, MapGeometry>();

/** Paths of every district fitted into `width` SVG units. */
export function getMapGeometry(width: number): MapGeometry {
  let g = cache.get(width);
  if (!g) {
    g = districtPaths(loadDistrictShapes(getModel()), width);
    cache.set(width, g);
  }
  return g;
}
