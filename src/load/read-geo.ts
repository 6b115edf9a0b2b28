/**
 * Reads the district boundaries in content/geo/ and checks them against the register: every
 * district-level unit has exactly one shape and every shape is a district. Bad input stops
 * the build with the file, the feature and what was expected.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Model } from '../domain/model.ts';

export const BOUNDARIES_FILE = 'content/geo/lang-son-districts-2025-03-01.geojson';

export type DistrictShape = Feature<Polygon | MultiPolygon, { code: string; name: string }>;

export function loadDistrictShapes(model: Pick<Model, 'localities'>, file = BOUNDARIES_FILE): DistrictShape[] {
  const fail = (where: string, found: unknown, expected: string): never => {
    throw new Error(`${file}: ${where}: found ${JSON.stringify(found)}; expected ${expected}`);
  };
  const data = JSON.parse(readFileSync(resolve(file), 'utf8')) as FeatureCollection;
  if (data.type !== 'FeatureCollection') fail('type', data.type, '"FeatureCollection"');
  const districts = model.localities.filter((l) => l.level === 'huyen' && l.status === 'active');
  const codes = new Set(districts.map((d) => d.code));
  const seen = new Set<string>();
  data.features.forEach((f, i) => {
    const code = f.properties?.['code'];
    if (typeof code !== 'string' || !codes.has(code)) fail(`feature ${i + 1}, property code`, code, `the GSO code of a district-level unit in units.csv (${[...codes].join(', ')})`);
    if (seen.has(code)) fail(`feature ${i + 1}, property code`, code, 'one shape per district');
    seen.add(code);
    if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') fail(`feature ${i + 1} (${code}), geometry.type`, f.geometry.type, 'Polygon or MultiPolygon');
    // d3-geo reads rings on the sphere: an exterior ring wound the other way covers the rest of the globe.
    if (geoArea(f) > 2 * Math.PI) fail(`feature ${i + 1} (${code}), ring winding`, 'a shape covering most of the sphere', 'clockwise exterior rings (re-run scripts/simplify-boundaries.ts)');
  });
  for (const d of districts) if (!seen.has(d.code!)) fail('features', `no shape for ${d.code} ${d.name}`, 'one shape per district-level unit of units.csv');
  return data.features as DistrictShape[];
}
