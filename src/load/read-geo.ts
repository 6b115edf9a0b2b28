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
    fail('tệp', null, 'ranh giới các đơn vị cấp huyện (xem content/geo/SOURCES.md)');
    return [];
  }
  const text = readContentText(path, file, contentDir, issues);
  if (text === null) return [];
  let data: FeatureCollection;
  try {
    data = JSON.parse(text) as FeatureCollection;
  } catch (e) {
    fail('tệp', null, `JSON đúng cú pháp (trình đọc JSON báo: ${(e as Error).message})`);
    return [];
  }
  if (data.type !== 'FeatureCollection' || !Array.isArray(data.features)) {
    fail('thuộc tính type', data.type, '"FeatureCollection"');
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
      fail(`đối tượng ${i + 1}, thuộc tính code`, code, `mã của một đơn vị cấp huyện trong units.csv (${[...codes].join(', ')})`);
      return;
    }
    if (typeof name !== 'string' || name === '') {
      fail(`đối tượng ${i + 1} (${code}), thuộc tính name`, name, 'tên của đơn vị');
      return;
    }
    if (seen.has(code)) fail(`đối tượng ${i + 1}, thuộc tính code`, code, 'mỗi huyện chỉ một hình');
    seen.add(code);
    const geometry = f.geometry;
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
      fail(`đối tượng ${i + 1} (${code}), geometry.type`, geometry.type, 'Polygon hoặc MultiPolygon');
      return;
    }
    // d3-geo reads rings on the sphere: an exterior ring wound the other way covers the rest of the globe.
    if (geoArea(f) > 2 * Math.PI) fail(`đối tượng ${i + 1} (${code}), chiều của vòng`, 'một hình phủ gần hết quả cầu', 'vòng ngoài theo chiều kim đồng hồ (chạy lại scripts/simplify-boundaries.ts)');
    shapes.push({ type: 'Feature', properties: { code, name }, geometry });
  });
  for (const d of districts) if (d.code && !seen.has(d.code)) fail('danh sách features', `không có hình cho ${d.code} ${d.name}`, 'mỗi đơn vị cấp huyện trong units.csv một hình');
  return shapes;
}
