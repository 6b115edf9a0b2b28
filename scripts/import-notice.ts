/**
 * Imports a notice or a status report from its text or .docx into a draft for review:
 *   npm run import -- <file.txt|file.docx> [--out <dir>] [--force] [--compare <hand-encoded notice dir>]
 * A notice (THÔNG BÁO …/TB-) gives notice.mdx (draft: true), figures.csv, source.txt and
 * import-report.md; a status report (BÁO CÁO, …/BC-) gives report.yaml (draft: true), source.txt
 * and import-report.md. Written to --out, by default drafts/<id>/ — outside content/, so a draft
 * is never published by accident. A folder that already holds files is left alone unless --force
 * is given. --compare (notices only) prints how many fields match a hand-encoded notice of
 * content/ ("N/M fields exact").
 */
import { basename, relative, resolve } from 'node:path';
import { ContentError } from '../src/load/errors.ts';
import { readContent } from '../src/load/read-content.ts';
import { ImportError, importFile, writeDraft } from '../src/importer/index.ts';
import { compareDraft, formatComparison } from '../src/importer/compare.ts';

const USAGE = 'usage: npm run import -- <file.txt|file.docx> [--out <dir>] [--force] [--compare <content/notices/<year>/<id>>]';

function option(args: string[], name: string): string | null {
  const i = args.indexOf(name);
  if (i === -1) return null;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a value. ${USAGE}`);
  args.splice(i, 2);
  return value;
}

try {
  const args = process.argv.slice(2);
  const out = option(args, '--out');
  const compare = option(args, '--compare');
  const forceAt = args.indexOf('--force');
  const force = forceAt !== -1;
  if (force) args.splice(forceAt, 1);
  const unknown = args.find((a) => a.startsWith('--'));
  if (unknown !== undefined) throw new Error(`unknown option ${unknown}. ${USAGE}`);
  const input = args[0];
  if (input === undefined || args.length > 1) throw new Error(USAGE);
  const draft = await importFile(resolve(input), resolve('content'), input);
  if (draft.kind === 'report' && compare !== null) throw new Error(`--compare compares a notice with its hand-encoded folder; ${input} is a status report (BÁO CÁO). ${USAGE}`);
  const dir = resolve(out ?? `drafts/${draft.id}`);
  const files = writeDraft(draft, dir, input, { force });
  const count = (kind: string): number => draft.notes.filter((n) => n.kind === kind).length;
  console.log(`${draft.kind === 'report' ? 'status report (BÁO CÁO)' : 'notice (THÔNG BÁO)'} imported; draft written: ${files.map((f) => relative(process.cwd(), f)).join(', ')}`);
  if (draft.kind === 'report') {
    const d = draft.data;
    console.log(
      `answers ${d.answers.notice ?? '(notice not found)'}; ${d.entries.length} entries (${d.entries.filter((e) => e.item === null).length} without an item), ` +
        `${draft.figures.length} figures listed; ${d.review.length} review items (see import-report.md)`,
    );
  } else {
    console.log(
      `${draft.figures.length} figures, ${draft.frontmatter.directives.length} directives, ${draft.frontmatter.proposals.length} proposals, ` +
        `${draft.frontmatter.legalReferences.length} legal references; to review: ${count('fuzzy')} fuzzy matches, ` +
        `${count('uncertain')} uncertain, ${count('missing')} missing, ${count('anomaly')} flaws of the notice (see import-report.md)`,
    );
  }
  if (compare !== null) {
    const { content, issues } = readContent(resolve('content'));
    if (issues.length > 0) throw new ContentError(issues);
    const id = basename(resolve(compare));
    const notice = content.notices.find((n) => n.id === id);
    if (!notice) throw new Error(`--compare ${compare}: no notice "${id}" in content/notices`);
    if (draft.kind === 'notice') console.log(formatComparison(compareDraft(draft, notice)));
  }
} catch (e) {
  if (!(e instanceof ImportError || e instanceof ContentError || e instanceof Error)) throw e;
  console.error(e.message);
  process.exit(1);
}
