/**
 * Every published table read as a data user's tool reads it: the Frictionless Data Package
 * library for JavaScript (`datapackage` on npm, which casts each cell with `tableschema`)
 * loads datapackage.json, then every CSV under /du-lieu/ — whole tables, per-locality and
 * per-notice files, plain and Excel editions, empty ones included — is read and cast against
 * its table's schema. Rows out are counted against rows in, counted from content/ with
 * papaparse and js-yaml directly (not through the portal's loader).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import yaml from 'js-yaml';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { distDir } from '../helpers/dist-pages.ts';
// @ts-expect-error: datapackage ships no type declarations; its API is used as documented.
import { Package, Resource } from 'datapackage';

interface FrictionlessResource {
  name: string;
  descriptor: { schema: object };
  read(options: { keyed: boolean; cast: boolean }): Promise<Record<string, unknown>[]>;
}
interface FrictionlessPackage {
  valid: boolean;
  errors: Error[];
  resources: FrictionlessResource[];
}
const loadPackage = Package.load as (descriptor: string, options: { basePath: string }) => Promise<FrictionlessPackage>;
const loadResource = Resource.load as (descriptor: object, options: { basePath: string }) => Promise<FrictionlessResource>;

const dataDir = join(distDir, 'du-lieu');
const contentDir = 'content';

/** Rows of a CSV of content/, counted by papaparse (the header is not a row). */
function csvRows(path: string): number {
  const parsed = Papa.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  return parsed.data.length;
}

/** Each notice's frontmatter, read with js-yaml. */
interface Front {
  findings: unknown[];
  directives: { status?: unknown[] }[];
  proposals: { status?: unknown[] }[];
}
const noticeFiles = readdirSync(join(contentDir, 'notices'), { recursive: true, encoding: 'utf8' }).filter((p) => basename(p) === 'notice.mdx');
const fronts = noticeFiles.map((p) => {
  const text = readFileSync(join(contentDir, 'notices', p), 'utf8');
  return yaml.load(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '', { schema: yaml.CORE_SCHEMA }) as Front;
});
const figureFiles = noticeFiles.map((p) => join(contentDir, 'notices', p.replace(/notice\.mdx$/, 'figures.csv')));
const localities = join(contentDir, 'localities');
const successorFiles = readdirSync(localities).filter((f) => /^successors-.*\.csv$/.test(f));
// The registers of later dates (units-2025-07-01.csv: the units since 01/7/2025).
const laterRegisters = readdirSync(localities).filter((f) => /^units-.*\.csv$/.test(f));
const formerWithSuccessor = Papa.parse<Record<string, string>>(readFileSync(join(localities, 'former-units.csv'), 'utf8'), { header: true, skipEmptyLines: 'greedy' }).data.filter((r) => r['successor'] !== '').length;
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

/** Rows in: what content/ holds for each table. */
// Status reports: one folder each under content/reports/<year>/, one status per entry.
const reportsDir = join(contentDir, 'reports');
const reportFiles = existsSync(reportsDir) ? readdirSync(reportsDir, { recursive: true, encoding: 'utf8' }).filter((p) => basename(p) === 'report.yaml') : [];
const reportEntries = reportFiles.map((p) => (yaml.load(readFileSync(join(reportsDir, p), 'utf8'), { schema: yaml.CORE_SCHEMA }) as { entries: unknown[] }).entries.length);

const rowsIn: Record<string, number> = {
  'dia-phuong': csvRows(join(localities, 'units.csv')) + csvRows(join(localities, 'former-units.csv')) + sum(laterRegisters.map((f) => csvRows(join(localities, f)))),
  'ke-thua': sum(successorFiles.map((f) => csvRows(join(localities, f)))) + formerWithSuccessor,
  'co-quan': csvRows(join(contentDir, 'agencies.csv')),
  'chi-tieu': csvRows(join(contentDir, 'indicators.csv')),
  'thong-bao': noticeFiles.length,
  'so-lieu': sum(figureFiles.map(csvRows)),
  'ket-luan': sum(fronts.map((f) => f.findings.length)),
  'nhiem-vu': sum(fronts.map((f) => f.directives.length)),
  'kien-nghi': sum(fronts.map((f) => f.proposals.length)),
  'bao-cao': reportFiles.length,
  'trang-thai': sum(reportEntries),
};

describe('datapackage.json read by the Frictionless library', async () => {
  const pkg = await loadPackage(join(dataDir, 'datapackage.json'), { basePath: dataDir });

  it('is a valid data package', () => {
    expect(pkg.errors.map(String)).toEqual([]);
    expect(pkg.valid).toBe(true);
  });

  it('has one resource per table, and each reads and casts with as many rows as content/ holds', async () => {
    expect(pkg.resources.map((r) => r.name).sort()).toEqual(Object.keys(rowsIn).sort());
    const rowsOut: Record<string, number> = {};
    for (const r of pkg.resources) rowsOut[r.name] = (await r.read({ keyed: true, cast: true })).length;
    expect(rowsOut).toEqual(rowsIn);
  });

  // The Excel editions (Vietnamese headers, a name beside each code) are not this schema; their
  // rows, BOM and formula escaping are checked in open-data.test.ts.
  it('reads every plain CSV under /du-lieu/ (each scope, empty ones too) against its table schema', async () => {
    const schemas = new Map(pkg.resources.map((r) => [r.name, r.descriptor.schema]));
    const files = readdirSync(dataDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.csv') && !f.endsWith('-excel.csv'));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const table = basename(file).replace(/\.csv$/, '');
      const schema = schemas.get(table);
      expect(schema, file).toBeDefined();
      const resource = await loadResource({ name: table, path: file, profile: 'tabular-data-resource', encoding: 'utf-8', schema }, { basePath: dataDir });
      const rows = await resource.read({ keyed: true, cast: true }).catch((e: Error) => {
        throw new Error(`${file}: ${e.message}`);
      });
      const json = JSON.parse(readFileSync(join(dataDir, file.replace(/\.csv$/, '.json')), 'utf8')) as unknown[];
      expect(rows.length, file).toBe(json.length);
    }
  });
});
