/**
 * Writes a draft to a folder: notice.mdx (frontmatter in the format the build reads, with
 * `draft: true` and the `review:` list, so the build refuses it until a person has reviewed
 * it), figures.csv (the columns of src/domain/schemas/figure.ts), source.txt and import-report.md.
 * The folder check and the writing are shared with the status-report drafts (status-report/writer.ts).
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import Papa from 'papaparse';
import { figureRow } from '../domain/schemas/figure.ts';
import type { Draft } from './draft.ts';
import { ImportError } from './errors.ts';
import { renderReport } from './report.ts';

/** The notice.mdx text of a draft. */
export function renderNoticeMdx(draft: Draft): string {
  const front = yaml.dump(draft.frontmatter, { schema: yaml.CORE_SCHEMA, lineWidth: 100, noRefs: true });
  // Escaped so the words stay words in any Markdown or MDX reader (the portal itself renders the
  // narrative as Markdown with raw HTML off, src/site/narrative.ts).
  const narrative = draft.narrative.map((p) => p.replace(/[{}<]/g, (c) => `\\${c}`)).join('\n\n');
  return (
    '---\n' +
    '# BẢN NHÁP do `npm run import` tạo: đối chiếu với import-report.md và source.txt, sửa các mục\n' +
    '# trong review:, viết các topic còn null, rồi xóa draft: true và review: để công bố.\n' +
    `${front}---\n\n${narrative}\n`
  );
}

/** The figures.csv text of a draft: the columns and order of the build's schema. */
export function renderFiguresCsv(draft: Pick<Draft, 'figures'>): string {
  const columns = Object.keys(figureRow.shape);
  const rows = draft.figures.map((f) => {
    const cells: Record<string, string> = {};
    for (const c of columns) {
      const v = f[c as keyof typeof f];
      cells[c] = v === null ? '' : String(v);
    }
    return cells;
  });
  return `${Papa.unparse({ fields: columns, data: rows.map((r) => columns.map((c) => r[c] ?? '')) }, { newline: '\n' })}\n`;
}

/**
 * indicators-proposed.csv: the columns of content/indicators.csv, one row per new indicator the
 * importer proposes; direction and description are left blank for the editor.
 */
export function renderProposedIndicators(draft: Draft): string {
  const columns = ['id', 'label', 'unit', 'kind', 'direction', 'ratio_of', 'fund', 'description'];
  const rows = draft.proposedIndicators.map((p) => [p.id, p.label, p.unit, p.kind, '', '', '', '']);
  return `${Papa.unparse({ fields: columns, data: rows }, { newline: '\n' })}\n`;
}

/**
 * Makes `dir` ready for a draft: created if needed. A folder that already holds files (an earlier
 * draft, perhaps already edited) is never written into unless `force` is set.
 * @throws {ImportError} when `dir` is not empty and `force` is not set
 */
export function prepareDraftDir(dir: string, force = false): void {
  if (!force && existsSync(dir) && readdirSync(dir).length > 0) {
    throw new ImportError({
      file: dir,
      where: null,
      field: null,
      found: `một thư mục đã có tệp (${readdirSync(dir).sort().join(', ')})`,
      expected: 'một thư mục trống hoặc mới; chưa ghi gì. Thêm --force để thay bản nháp, hoặc --out <thư mục> để ghi vào nơi khác',
    });
  }
  mkdirSync(dir, { recursive: true });
}

/** Writes each `[name, text]` into `dir`; returns the paths written. */
export function writeDraftFiles(dir: string, files: readonly (readonly [string, string])[]): string[] {
  return files.map(([name, text]) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  });
}

/**
 * Writes the files of a draft notice (notice.mdx, figures.csv, indicators-proposed.csv when there are
 * new indicators to review, source.txt, import-report.md) into `dir` (see {@link prepareDraftDir}); returns their paths.
 * @throws {ImportError} when `dir` is not empty and `force` is not set
 */
export function writeNoticeDraft(draft: Draft, dir: string, inputFile: string, options: { force?: boolean } = {}): string[] {
  prepareDraftDir(dir, options.force);
  // A replaced draft keeps no file of the old one that the new one does not write.
  if (draft.proposedIndicators.length === 0) rmSync(join(dir, 'indicators-proposed.csv'), { force: true });
  return writeDraftFiles(dir, [
    ['notice.mdx', renderNoticeMdx(draft)],
    ['figures.csv', renderFiguresCsv(draft)],
    ...(draft.proposedIndicators.length > 0 ? [['indicators-proposed.csv', renderProposedIndicators(draft)] as const] : []),
    ['source.txt', draft.source],
    ['import-report.md', renderReport(draft, inputFile)],
  ]);
}
