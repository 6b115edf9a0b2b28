/**
 * Copies the district boundaries of Lạng Sơn into content/geo/, simplified for a build-time SVG.
 *
 *   npx node scripts/simplify-boundaries.ts <lang-son-boundaries-2025-03-01.geojson> [share kept, default 0.12]
 *
 * Keeps the 11 district-level units (drops the province outline, which their union draws),
 * builds a topology so that a border two districts share is simplified once and stays shared
 * (topojson-server), keeps the given share of the points by Visvalingam weight
 * (topojson-simplify), rounds coordinates to 4 decimals (~11 m), winds exterior rings clockwise
 * as d3-geo expects (the source winds them the other way; d3 would then fill the rest of the
 * globe), and writes content/geo/lang-son-districts-2025-03-01.geojson, one feature per line.
 * Run by hand when the source changes; the build only reads the output.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import rewind from '@turf/rewind';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';

const [input, shareText = '0.12'] = process.argv.slice(2);
const share = Number(shareText);
if (!input || !(share > 0 && share <= 1)) {
  console.error('usage: npx node scripts/simplify-boundaries.ts <boundaries.geojson> [share of points kept, 0–1, default 0.12]');
  process.exit(2);
}
const output = resolve('content/geo/lang-son-districts-2025-03-01.geojson');
const source = JSON.parse(readFileSync(input, 'utf8')) as FeatureCollection;
const districts: FeatureCollection<Geometry, { code: string; name: string }> = {
  type: 'FeatureCollection',
  features: source.features
    .filter((f) => f.properties?.['level'] === 'district')
    .map((f) => ({ type: 'Feature', geometry: f.geometry, properties: { code: String(f.properties?.['code']), name: String(f.properties?.['name']) } })),
};
if (districts.features.length !== 11) throw new Error(`${input}: expected 11 features with level "district", found ${districts.features.length}`);

// topology() is typed with nullable properties; these features all have theirs.
const topo = presimplify(topology({ districts }) as Topology<Objects<{ code: string; name: string }>>);
// quantile(t, p): the smallest weight among the top p share of points, i.e. the weight to keep p.
const simplified = simplify(topo, quantile(topo, share));
const back = feature(simplified, simplified.objects['districts'] as GeometryCollection) as FeatureCollection;

const round = (p: Position): Position => [Math.round(p[0]! * 1e4) / 1e4, Math.round(p[1]! * 1e4) / 1e4];
const roundGeometry = (g: Geometry): Geometry =>
  g.type === 'Polygon' ? { ...g, coordinates: g.coordinates.map((ring) => ring.map(round)) }
  : g.type === 'MultiPolygon' ? { ...g, coordinates: g.coordinates.map((poly) => poly.map((ring) => ring.map(round))) }
  : g;
const features: Feature[] = back.features.map((f) => ({ type: 'Feature', properties: f.properties, geometry: roundGeometry(f.geometry) }));
const wound = rewind({ type: 'FeatureCollection', features }, { reverse: true }) as FeatureCollection;
writeFileSync(output, `{"type":"FeatureCollection","features":[\n${wound.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`);
console.log(`${input}: ${statSync(input).size} bytes → ${output}: ${statSync(output).size} bytes (${features.length} districts, ${share * 100}% of points kept)`);
