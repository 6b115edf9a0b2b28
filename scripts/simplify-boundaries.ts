/**
 * Copies the district boundaries of Lạng Sơn into content/geo/, simplified for a build-time SVG.
 *
 *   node scripts/simplify-boundaries.ts <lang-son-boundaries-2025-03-01.geojson> [percent]
 *
 * Keeps the 11 district-level units (drops the province outline, which their union draws),
 * simplifies with mapshaper (Visvalingam, shapes kept, shared borders kept shared), rounds
 * coordinates to 4 decimals (~11 m), winds exterior rings clockwise as d3-geo expects (the
 * source winds them the other way; d3 would then fill the rest of the globe), and writes content/geo/lang-son-districts-2025-03-01.geojson.
 * Run by hand when the source changes; the build only reads the output.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import mapshaper from 'mapshaper';
import rewind from '@turf/rewind';
import type { FeatureCollection } from 'geojson';

const [input, percent = '12%'] = process.argv.slice(2);
if (!input) {
  console.error('usage: node scripts/simplify-boundaries.ts <boundaries.geojson> [percent kept, default 12%]');
  process.exit(2);
}
const output = resolve('content/geo/lang-son-districts-2025-03-01.geojson');
const commands = [
  '-i in.geojson',
  "-filter 'level === \"district\"'",
  `-simplify ${percent} keep-shapes`,
  '-o out.geojson precision=0.0001',
].join(' ');
const result = await mapshaper.applyCommands(commands, { 'in.geojson': readFileSync(input, 'utf8') });
const simplified = JSON.parse(String(result['out.geojson'])) as FeatureCollection;
const wound = rewind(simplified, { reverse: true }) as FeatureCollection;
const count = wound.features.length;
// One feature per line: small diffs when the source changes.
const text = `{"type":"FeatureCollection","features":[\n${wound.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
if (count !== 11) throw new Error(`${input}: expected 11 district-level units, found ${count}`);
writeFileSync(output, text);
console.log(`${input}: ${statSync(input).size} bytes → ${output}: ${statSync(output).size} bytes (${count} districts, ${percent} of vertices kept)`);
