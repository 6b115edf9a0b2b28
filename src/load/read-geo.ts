/**
 * Reads the district boundaries in content/geo/ and checks them against the register: every
 * district-level unit has exactly one shape and every shape is a district. Bad input is
 * reported like any content error: the file, the feature and what was expected.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { geoArea } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import type { DistrictShape, Locality } from '../domain/model.ts';
import type { ContentIssue } from './errors.ts';
import { readContentText } from './read-file.ts';

/** The boundaries file, inside the content folder. */

/** Shapes of the active district-level units among `localities`; problems go to `issues`. */
/** `boundaries` is the file named in content/portal.yaml, relative to content/. */
export function readDistrictShapes(contentDir: string, projectDir: string, boundaries: string, localities: readonly Locality[], issues: ContentIssue[]): DistrictShape[] {
  const path = join(contentDir, boundaries);
  const file = relative(projectDir, path);
  const fail = (where: string, found: unknown, expected: string): void => {
    issues.push({ file, where, field: null, found: typeof found === 'string' ? found : JSON.stringify(found) ?? String(found), expected });
  };
  if (!existsSync(path)) {
    fail('file', null, 'the district boundaries (see content/geo/SOURCES.md)');
    return [];
  }
  const text = readContentText(path, file, contentDir, issues);
  if (text === null) return [];
  let data: FeatureCollection;
  try {
    data = JSON.parse(text) as FeatureCollection;
  } catch (e) {
    fail('file', null, `valid JSON (${(e as Error).message})`);
    return [];
  }
  if (data.type !== 'FeatureCollection' || !Array.isArray(data.features)) {
    fail('type', data.type, '"FeatureCollection"');
    return [];
  }
  const districts = localities.filter((l) => l.level === 'huyen' && l.status === 'active');
  const codes = new Set(districts.flatMap((d) => (d.code ? [d.code] : [])));
  const seen = new Set<string>();
  const shapes: DistrictShape[] = [];
  data.features.forEach((f, i) => {
    const code: unknown = f.properties?.['code'];
    const name: unknown = f.properties?.['name'];
    if (typeof code !== 'string' || !codes.has(code)) {
      fail(`feature ${i + 1}, property code`, code, `the GSO code of a district-level unit in units.csv (${[...codes].join(', ')})`);
      return;
    }
    if (typeof name !== 'string' || name === '') {
      fail(`feature ${i + 1} (${code}), property name`, name, 'the name of the unit');
      return;
    }
    if (seen.has(code)) fail(`feature ${i + 1}, property code`, code, 'one shape per district');
    seen.add(code);
    const geometry = f.geometry;
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
      fail(`feature ${i + 1} (${code}), geometry.type`, geometry.type, 'Polygon or MultiPolygon');
      return;
    }
    // d3-geo reads rings on the sphere: an exterior ring wound the other way covers the rest of the globe.
    if (geoArea(f) > 2 * Math.PI) fail(`feature ${i + 1} (${code}), ring winding`, 'a shape covering most of the sphere', 'clockwise exterior rings (re-run scripts/simplify-boundaries.ts)');
    shapes.push({ type: 'Feature', properties: { code, name }, geometry });
  });
  for (const d of districts) if (d.code && !seen.has(d.code)) fail('features', `no shape for ${d.code} ${d.name}`, 'one shape per district-level unit of units.csv');
  return shapes;
}
