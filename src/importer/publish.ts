/**
 * From draft to published (issue 11, point 7; issue 22 for reports): moves a reviewed draft into
 * `content/notices/<year>/<id>/` (a notice) or `content/reports/<year>/<id>/` (a status report)
 * once the whole content, with it, passes every check of the build. Nothing is written to
 * content/ while any error remains: the errors are returned, each with its file, field, value
 * found and what is expected.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import yaml from 'js-yaml';
import { ContentError, formatIssue, type ContentIssue } from '../load/errors.ts';
import { loadModel } from '../load/load-model.ts';
import { ImportError } from './errors.ts';
import { REPORT_DRAFT } from './status-report/publish.ts';

/** What differs between publishing a notice and a report. */
export interface DraftKind {
  /** The file holding the draft's data: `notice.mdx`, `report.yaml`. */
  dataFile: string;
  /** The files that are published; import-report.md and the rest stay in drafts/. */
  files: readonly string[];
  /** Its folder under content/: `notices`, `reports`. */
  folder: string;
  /** What it is, in messages (Vietnamese, as every content error): `thông báo`, `báo cáo`. */
  noun: string;
  /** The shape of its folder name, in messages: `yyyy-mm-place`. */
  idShape: string;
  /** The YAML text of the data file (a notice's frontmatter), or undefined when it has none. */
  yamlOf(text: string): string | undefined;
  /** What to look at before publishing, in the draft folder (shown: a path as printed). */
  before(draftDir: string, shown: (p: string) => string): string[];
  /** What to look at once published. */
  after(id: string): string[];
}

/** A notice: notice.mdx (frontmatter), figures.csv, source.txt, criteria.csv. */
export const NOTICE_DRAFT: DraftKind = {
  dataFile: 'notice.mdx',
  files: ['notice.mdx', 'figures.csv', 'source.txt', 'criteria.csv'],
  folder: 'notices',
  noun: 'thông báo',
  idShape: 'yyyy-mm-place',
  yamlOf: (text) => /^---\r?\n([\s\S]*?)\r?\n---/u.exec(text)?.[1],
  before: (draftDir, shown) =>
    existsSync(join(draftDir, 'indicators-proposed.csv'))
      ? [`${shown(join(draftDir, 'indicators-proposed.csv'))}: add the indicators you keep to content/indicators.csv (README "Add an indicator")`]
      : [],
  after: (id) => [`npm run build, then read /thong-bao/${id}/ and its briefing /ban-in/thong-bao/${id}/ against the original document`],
};

export interface PublishResult {
  /** Where it now is, relative to the project: content/notices/2024/2024-04-trang-dinh. */
  folder: string | null;
  id: string;
  /** Every error that stops publication (empty when published), one line each. */
  errors: string[];
  /** The same errors with their parts (file, where, field, value found, what is expected), for a form to show each at its place. */
  issues: ContentIssue[];
  /** What a person should still look at, published or not. */
  toCheck: string[];
}

/**
 * Publishes `draftDir` (a notice's draft, or a report's when it holds report.yaml) into
 * `contentDir` under `id` (default: the draft folder's name).
 * @throws {ImportError} when the draft folder has neither data file, or a notice.mdx without frontmatter
 */
export function publishDraft(draftDir: string, contentDir = resolve('content'), id = basename(resolve(draftDir))): PublishResult {
  const kind = existsSync(join(draftDir, REPORT_DRAFT.dataFile)) ? REPORT_DRAFT : NOTICE_DRAFT;
  const shown = (p: string): string => relative(process.cwd(), p) || '.';
  const dataPath = shown(join(draftDir, kind.dataFile));
  if (!existsSync(join(draftDir, kind.dataFile))) throw new ImportError({ file: draftDir, where: null, field: null, found: 'một thư mục không có notice.mdx hay report.yaml', expected: 'một thư mục bản nháp do npm run import tạo ra' });
  const front = kind.yamlOf(readFileSync(join(draftDir, kind.dataFile), 'utf8'));
  if (front === undefined) throw new ImportError({ file: dataPath, where: 'dòng 1', field: null, found: null, expected: 'phần đầu YAML (frontmatter) giữa hai dòng "---"' });
  const data = (yaml.load(front, { schema: yaml.CORE_SCHEMA }) ?? {}) as Record<string, unknown>;
  const date = typeof data['date'] === 'string' ? data['date'] : null;
  const year = date?.slice(0, 4) ?? null;
  const toCheck: string[] = [];
  const errors: string[] = [];
  const issues: ContentIssue[] = [];
  // Each error twice: one line (formatIssue, as the loader's) and its parts, for the desk's form.
  const refuse = (issue: ContentIssue): void => {
    errors.push(formatIssue(issue));
    issues.push(issue);
  };
  if (Array.isArray(data['review']) && data['review'].length > 0) {
    refuse({ file: dataPath, where: null, field: 'review', found: `${data['review'].length} mục`, expected: 'không còn mục nào: xử lý từng mục rồi xóa review:' });
    toCheck.push(...(data['review'] as unknown[]).map((r) => `review: ${String(r)}`));
  }
  if (year === null) {
    refuse({ file: dataPath, where: null, field: 'date', found: JSON.stringify(data['date'] ?? null), expected: 'ngày ban hành (YYYY, YYYY-MM hoặc YYYY-MM-DD): ngày này cho biết thư mục năm' });
  }
  if (date !== null && /^\d{4}-\d{2}/u.test(date) && !id.startsWith(date.slice(0, 7))) {
    toCheck.push(`the folder name "${id}" does not start with the month of issue ${date.slice(0, 7)}: give --id <${kind.idShape}> if it should`);
  }
  toCheck.push(...kind.before(draftDir, shown));
  const target = year === null ? null : join(contentDir, kind.folder, year, id);
  const taken = (at: string): ContentIssue => ({ file: shown(at), where: null, field: null, found: `một ${kind.noun} đã công bố có mã này`, expected: 'một mã mới (--id <mã>)' });
  if (target !== null && existsSync(target)) refuse(taken(target));
  if (errors.length > 0 || target === null) return { folder: null, id, errors, issues, toCheck };

  // Check the whole content with the draft in it, in a copy: content/ is touched only if all is well.
  const trial = join(mkdtempSync(join(tmpdir(), 'tp-publish-')), 'content');
  cpSync(contentDir, trial, { recursive: true });
  const files = kind.files.filter((f) => existsSync(join(draftDir, f)));
  const place = (root: string): string => join(root, kind.folder, year!, id);
  mkdirSync(place(trial), { recursive: true });
  for (const f of files) cpSync(join(draftDir, f), join(place(trial), f));
  try {
    loadModel(trial);
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    errors.push(...e.issues.map(formatIssue));
    issues.push(...e.issues);
  } finally {
    rmSync(dirname(trial), { recursive: true, force: true });
  }
  if (errors.length > 0) return { folder: null, id, errors, issues, toCheck };
  // Nothing half-written: the files go to a folder beside content/ (the same file system), which
  // is then renamed into place in one step. A folder that appeared meanwhile is not replaced
  // (rename refuses a non-empty target) and nothing is written.
  const stage = mkdtempSync(join(dirname(contentDir), '.tp-publish-'));
  try {
    for (const f of files) cpSync(join(draftDir, f), join(stage, f));
    mkdirSync(dirname(target), { recursive: true });
    if (existsSync(target)) throw Object.assign(new Error('target exists'), { code: 'EEXIST' });
    renameSync(stage, target);
  } catch (e) {
    rmSync(stage, { recursive: true, force: true });
    const code = (e as { code?: string }).code;
    if (code !== 'EEXIST' && code !== 'ENOTEMPTY') throw e;
    refuse(taken(target));
    return { folder: null, id, errors, issues, toCheck };
  }
  const left = readdirSync(draftDir).filter((f) => !files.includes(f));
  toCheck.push(
    ...kind.after(id),
    'add a line to CHANGELOG.md and commit the new folder',
    ...(left.length > 0 ? [`${shown(draftDir)} still holds ${left.join(', ')} (not published): keep import-report.md with the review, or delete the draft folder`] : []),
  );
  return { folder: relative(dirname(contentDir), target), id, errors, issues, toCheck };
}
