/**
 * Validates `content/` (or the folder given as argument) without building the site:
 * `npm run validate [-- path/to/content]`.
 * Prints every error (file, row or field, value found, what was expected) and exits 1.
 */
import { resolve } from 'node:path';
import { ContentError } from '../src/load/errors.ts';
import { loadModel } from '../src/load/load-model.ts';

try {
  const model = loadModel(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(
    `content/ hợp lệ: ${model.localities.length} đơn vị hành chính, ${model.notices.length} thông báo, ` +
      `${model.figures.length} số liệu, ${model.directives.length} nhiệm vụ, ${model.proposals.length} kiến nghị.`,
  );
} catch (e) {
  if (!(e instanceof ContentError)) throw e;
  console.error(e.message);
  process.exit(1);
}
