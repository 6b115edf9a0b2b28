/**
 * From draft to published (issue 11, point 7): moves a reviewed draft into
 * `content/notices/<year>/<id>/` once the whole content, with it, passes every check of the
 * build. Nothing is written to content/ while any error remains: the errors are returned, each
 * with its file, field, value found and what is expected.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import yaml from 'js-yaml';
import { ContentError, formatIssue } from '../load/errors.ts';
import { loadModel } from '../load/load-model.ts';
import { ImportError } from './errors.ts';

/** The files of a draft that make a notice; the report and proposals stay in drafts/. */
const NOTICE_FILES = ['notice.mdx', 'figures.csv', 'source.txt', 'criteria.csv'];

export interface PublishResult {
  /** Where the notice now is, relative to the project: content/notices/2024/2024-04-trang-dinh. */
  folder: string | null;
  id: string;
  /** Every error that stops publication (empty when published). */
  errors: string[];
  /** What a person should still look at, published or not. */
  toCheck: string[];
}

/**
 * Publishes `draftDir` into `contentDir` under `id` (default: the draft folder's name).
 * @throws {ImportError} when the draft folder has no notice.mdx or frontmatter
 */
export function publishDraft(draftDir: string, contentDir = resolve('content'), id = basename(resolve(draftDir))): PublishResult {
  const shown = (p: string): string => relative(process.cwd(), p) || '.';
  const mdxPath = shown(join(draftDir, 'notice.mdx'));
  if (!existsSync(join(draftDir, 'notice.mdx'))) throw new ImportError({ file: draftDir, where: null, field: null, found: 'a folder without notice.mdx', expected: 'a draft folder written by npm run import' });
  const front = /^---\r?\n([\s\S]*?)\r?\n---/u.exec(readFileSync(join(draftDir, 'notice.mdx'), 'utf8'))?.[1];
  if (front === undefined) throw new ImportError({ file: mdxPath, where: 'line 1', field: null, found: null, expected: 'YAML frontmatter between two "---" lines' });
  const data = (yaml.load(front, { schema: yaml.CORE_SCHEMA }) ?? {}) as Record<string, unknown>;
  const date = typeof data['date'] === 'string' ? data['date'] : null;
  const year = date?.slice(0, 4) ?? null;
  const toCheck: string[] = [];
  const errors: string[] = [];
  if (Array.isArray(data['review']) && data['review'].length > 0) {
    errors.push(`${mdxPath}, field "review": found ${data['review'].length} items; expected none: resolve each, then delete review:`);
    toCheck.push(...(data['review'] as unknown[]).map((r) => `review: ${String(r)}`));
  }
  if (year === null) errors.push(`${mdxPath}, field "date": found ${JSON.stringify(data['date'] ?? null)}; expected the issue date (YYYY, YYYY-MM or YYYY-MM-DD): it names the year folder`);
  if (date !== null && /^\d{4}-\d{2}/u.test(date) && !id.startsWith(date.slice(0, 7))) {
    toCheck.push(`the folder name "${id}" does not start with the month of issue ${date.slice(0, 7)}: give --id <yyyy-mm-place> if it should`);
  }
  if (existsSync(join(draftDir, 'indicators-proposed.csv'))) {
    toCheck.push(`${shown(join(draftDir, 'indicators-proposed.csv'))}: add the indicators you keep to content/indicators.csv (README "Add an indicator")`);
  }
  const target = year === null ? null : join(contentDir, 'notices', year, id);
  if (target !== null && existsSync(target)) errors.push(`${shown(target)}: found a published notice with this id; expected a new id (--id <id>)`);
  if (errors.length > 0 || target === null) return { folder: null, id, errors, toCheck };

  // Check the whole content with the notice in it, in a copy: content/ is touched only if all is well.
  const trial = join(mkdtempSync(join(tmpdir(), 'tp-publish-')), 'content');
  cpSync(contentDir, trial, { recursive: true });
  const files = NOTICE_FILES.filter((f) => existsSync(join(draftDir, f)));
  const place = (root: string): string => join(root, 'notices', year!, id);
  mkdirSync(place(trial), { recursive: true });
  for (const f of files) cpSync(join(draftDir, f), join(place(trial), f));
  try {
    loadModel(trial);
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    errors.push(...e.issues.map(formatIssue));
  } finally {
    rmSync(dirname(trial), { recursive: true, force: true });
  }
  if (errors.length > 0) return { folder: null, id, errors, toCheck };
  mkdirSync(target, { recursive: true });
  for (const f of files) cpSync(join(draftDir, f), join(target, f));
  const left = readdirSync(draftDir).filter((f) => !files.includes(f));
  toCheck.push(
    `npm run build, then read /thong-bao/${id}/ and its briefing /ban-in/thong-bao/${id}/ against the original document`,
    'add a line to CHANGELOG.md and commit the new folder',
    ...(left.length > 0 ? [`${shown(draftDir)} still holds ${left.join(', ')} (not published): keep import-report.md with the review, or delete the draft folder`] : []),
  );
  return { folder: relative(dirname(contentDir), target), id, errors, toCheck };
}
