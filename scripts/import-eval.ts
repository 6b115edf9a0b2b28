/**
 * Precision and recall of the importer on real texts read by hand:
 *   npm run import:eval [-- <folder with expected.json>]
 * Default folder: tests/fixtures/import-real. Prints a table per file and per set (texts the
 * importer was tuned on, texts it never saw) and every miss; exit 0 (it measures, it does not judge).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadModel } from '../src/load/load-model.ts';
import { readGazetteer } from '../src/load/gazetteer.ts';
import { formatScores, scoreFile, type ExpectedFile } from '../src/importer/evaluate.ts';
import { referenceOf } from '../src/importer/reference-lists.ts';
import { normalizeSourceText } from '../src/importer/read-input.ts';

const dir = resolve(process.argv[2] ?? 'tests/fixtures/import-real');
const { files } = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { files: ExpectedFile[] };
const reference = referenceOf(loadModel(resolve('content')), readGazetteer(resolve('content')));
const scores = files.map((f) => scoreFile(normalizeSourceText(readFileSync(join(dir, f.file), 'utf8')), f, reference));
console.log(formatScores(scores));
