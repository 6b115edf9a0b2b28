/**
 * Validates `content/` without building the site: `npm run validate`.
 * Prints every error (file, row or field, value found, what was expected) and exits 1.
 */
import { ContentError } from '../src/data/errors.ts';
import { loadModel } from '../src/data/load-model.ts';

try {
  const model = loadModel();
  console.log(
    `content/ is valid: ${model.localities.length} localities, ${model.notices.length} notices, ` +
      `${model.figures.length} figures, ${model.directives.length} directives, ${model.proposals.length} proposals.`,
  );
} catch (e) {
  if (!(e instanceof ContentError)) throw e;
  console.error(e.message);
  process.exit(1);
}
