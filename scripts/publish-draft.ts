/**
 * Moves a reviewed draft into content/: npm run publish-draft -- drafts/<id> [--id <id>]
 * The whole content is checked with the notice in it first; with any error nothing is written
 * and every error is printed (exit 1). Then it says what a person should still look at.
 */
import { resolve } from 'node:path';
import { ImportError } from '../src/importer/errors.ts';
import { publishDraft } from '../src/importer/publish.ts';

const USAGE = 'usage: npm run publish-draft -- drafts/<id> [--id <id>]';
try {
  const args = process.argv.slice(2);
  const at = args.indexOf('--id');
  const id = at === -1 ? undefined : args.splice(at, 2)[1];
  if (at !== -1 && (id === undefined || id.startsWith('--'))) throw new Error(`--id needs a value. ${USAGE}`);
  const [draft, ...rest] = args;
  if (draft === undefined || rest.length > 0) throw new Error(USAGE);
  const result = publishDraft(resolve(draft), resolve('content'), id);
  if (result.errors.length > 0) {
    console.error(`not published: ${result.errors.length} error${result.errors.length === 1 ? '' : 's'}`);
    for (const e of result.errors) console.error(`  - ${e}`);
  } else console.log(`published: ${result.folder}`);
  if (result.toCheck.length > 0) console.log(`still to check:\n${result.toCheck.map((t) => `  - ${t}`).join('\n')}`);
  process.exit(result.errors.length > 0 ? 1 : 0);
} catch (e) {
  if (!(e instanceof ImportError || e instanceof Error)) throw e;
  console.error(e.message);
  process.exit(1);
}
