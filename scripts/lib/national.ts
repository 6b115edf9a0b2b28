/**
 * A national edition (issue 14): one portal per province of the national register, each its own
 * content folder `<dir>/<code>/content`, built under its own folder of one merged site
 * (scripts/build-national.ts). Here: which provinces there are (those of the register,
 * src/load/gazetteer.ts), their folder names, how N synthetic notices are shared among them, and
 * writing their content folders (lib/synthetic-content.ts for each).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import Papa from 'papaparse';
import { slugifyVi } from '../../src/domain/slug.ts';
import { readGazetteer, registerProvinces } from '../../src/load/gazetteer.ts';
import { readReform, readSuccessions, successionOf } from './province-reform.ts';
import { writeSyntheticContent } from './synthetic-content.ts';

export interface NationalProvince {
  /** GSO code: `04`. */
  code: string;
  /** As the register writes it: `Tỉnh Cao Bằng`. */
  name: string;
  /** Its folder of the merged site, the name without diacritics: `tinh-cao-bang`. */
  slug: string;
  /** Units of the register of 1 March 2025 (the province, its districts and communes). */
  units: number;
  /** Units since 1 July 2025 that succeeded its communes (its `units-2025-07-01.csv`). */
  currentUnits: number;
  /** The province it is part of since 1 July 2025 (`Tỉnh Tuyên Quang` for Hà Giang), from content/gazetteer/. */
  partOf: string;
  /** Notices of its content folder. */
  notices: number;
}

/** `Tỉnh Cao Bằng` → `tinh-cao-bang`, `Thành phố Hà Nội` → `thanh-pho-ha-noi`. */
export const provinceSlug = (name: string): string => slugifyVi(name);

/**
 * `total` shared in proportion to `weights`, in whole numbers that add up to `total` (largest
 * remainders; a tie goes to the earlier one): the same shares every time.
 */
export function shareOut(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const shares = exact.map(Math.floor);
  const order = exact.map((e, i) => ({ i, rest: e - Math.floor(e) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  const left = total - shares.reduce((a, b) => a + b, 0);
  for (let k = 0; k < left; k++) shares[order[k]!.i]! += 1;
  return shares;
}

export interface NationalOptions {
  from: string;
  out: string;
  notices: number;
  seed: number;
  /** Only these provinces (GSO codes); all of the register otherwise. */
  only?: readonly string[];
  log?: (line: string) => void;
}

/**
 * Writes `<out>/<code>/content` for each province. The province of `from` keeps what `from` has
 * for it (real notices, boundaries, the registers of 1 July 2025); every other one is made from
 * the national register (lib/synthetic-content.ts, forProvince).
 */
export function writeNationalContent(options: NationalOptions): NationalProvince[] {
  const register = readGazetteer(options.from);
  const reform = readReform(options.from);
  const own = (yaml.load(readFileSync(join(options.from, 'portal.yaml'), 'utf8'), { schema: yaml.CORE_SCHEMA }) as { province: string }).province;
  let provinces = registerProvinces(register);
  if (options.only) {
    const unknown = options.only.filter((c) => !provinces.some((p) => p.code === c));
    if (unknown.length > 0) throw new Error(`--provinces: no province ${unknown.join(', ')} in the national register`);
    provinces = provinces.filter((p) => options.only!.includes(p.code));
  }
  const shares = shareOut(options.notices, provinces.map((p) => p.units));
  const started = performance.now();
  return provinces.map((p, k) => {
    const written = writeSyntheticContent({
      from: options.from,
      out: join(options.out, p.code, 'content'),
      ...(p.code === own ? {} : { province: p.code }),
      notices: shares[k]!,
      // Each province its own sequence, from the one seed.
      seed: [options.seed, Number(p.code)],
      register,
      reform,
      ...(options.log ? { log: options.log } : {}),
    });
    const seconds = (performance.now() - started) / 1000;
    options.log?.(`generate: province ${k + 1}/${provinces.length} ${p.code} ${p.name}: ${p.units} units, ${written.currentUnits} since 01/7/2025, ${written.notices} notices (${seconds.toFixed(0)} s)`);
    return { code: p.code, name: p.name, slug: provinceSlug(p.name), units: p.units, currentUnits: written.currentUnits, partOf: successionOf(reform, p.code).new_name, notices: written.notices };
  });
}

/**
 * The provinces of a national edition's folder (`<dir>/<code>/content`), in code order, read from
 * their content: the province row of units.csv, its units, its units since 1 July 2025, the
 * province it is part of since (its content/gazetteer/), its notices.
 */
export function editionProvinces(dir: string): NationalProvince[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^\d{2}$/.test(e.name) && existsSync(join(dir, e.name, 'content', 'portal.yaml')))
    .map((e) => e.name)
    .sort()
    .map((code) => {
      const content = join(dir, code, 'content');
      const { data } = Papa.parse<{ code: string; name: string; level: string }>(readFileSync(join(content, 'localities/units.csv'), 'utf8'), { header: true, skipEmptyLines: true });
      const province = data.find((r) => r.level === 'tinh' && r.code === code);
      if (!province) throw new Error(`${content}/localities/units.csv: no province ${code}`);
      const notices = readdirSync(join(content, 'notices'), { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('notice.mdx')).length;
      const current = join(content, 'localities/units-2025-07-01.csv');
      const currentUnits = existsSync(current) ? Papa.parse(readFileSync(current, 'utf8'), { header: true, skipEmptyLines: true }).data.length : 0;
      return { code, name: province.name, slug: provinceSlug(province.name), units: data.length, currentUnits, partOf: successionOf({ provinces: readSuccessions(content) }, code).new_name, notices };
    });
}
