/**
 * Synthetic notices for benchmarks and scale tests — never for content/. Copies a content
 * folder and adds N notices that pass every check of `npm run validate`
 * (lib/synthetic-content.ts says what they hold). Deterministic: the same seed gives the same files.
 *
 *   npm run generate -- --notices 1000 [--seed 1] [--from content] --out /tmp/tp-bench/content
 *   npm run generate -- --notices 1000 --province 04 --out /tmp/x/content
 *   npm run generate -- --national --notices 1000 [--provinces 20,04] --out /tmp/tp-national
 *
 * `--province <code>` makes it another province's content (its units of the national register,
 * its part of the 2025 reform, its People's Committee, no real notice, no map). `--national`
 * writes a national edition: `<out>/<code>/content` for every province of the national register
 * (63, as before 1 July 2025), or those `--provinces` lists, with the N notices spread over them
 * in proportion to their units (lib/national.ts); the province of `--from` (Lạng Sơn for
 * content/) keeps its real notices, its boundaries and its registers of 1 July 2025; every other
 * gets the units since 1 July 2025 that succeeded its communes and the links old → new, from the
 * national files of content/gazetteer/ (lib/province-reform.ts) — none is made up.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeNationalContent } from './lib/national.ts';
import { writeSyntheticContent } from './lib/synthetic-content.ts';

const { values } = parseArgs({
  options: {
    notices: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    from: { type: 'string', default: 'content' },
    out: { type: 'string' },
    // Another province of the national register (its GSO code): its units, no real notice, no map.
    province: { type: 'string' },
    // Every province of the national register, each in <out>/<code>/content.
    national: { type: 'boolean', default: false },
    // With --national: only these provinces (GSO codes, comma-separated).
    provinces: { type: 'string' },
  },
});
if (!values.out) throw new Error('usage: npm run generate -- --notices N [--seed S] [--from content] [--province <code> | --national [--provinces 20,04]] --out <folder outside content/>');
const from = resolve(values.from);
const out = resolve(values.out);
if (out === resolve('content') || out.startsWith(`${resolve('content')}/`)) throw new Error(`--out ${out}: synthetic notices never go into content/`);
const count = Number(values.notices);
const seed = Number(values.seed);
if (!Number.isInteger(count) || count < 0 || !Number.isInteger(seed)) throw new Error('--notices and --seed are whole numbers');

if (values.national) {
  const only = values.provinces?.split(',').map((c) => c.trim()).filter((c) => c !== '');
  const provinces = writeNationalContent({ from, out, notices: count, seed, ...(only ? { only } : {}), log: (line) => console.log(line) });
  const notices = provinces.reduce((sum, p) => sum + p.notices, 0);
  console.log(`generate: national edition of ${provinces.length} provinces, ${count} synthetic notices (seed ${seed}), ${notices} in all, written to ${out}/<code>/content`);
} else {
  writeSyntheticContent({ from, out, province: values.province, notices: count, seed, log: (line) => console.log(line) });
  console.log(`generate: ${count} synthetic notices (seed ${values.seed}) written to ${out}/notices, beside a copy of ${from}`);
}
