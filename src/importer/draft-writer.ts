/**
 * Writes a draft to a folder: notice.mdx (frontmatter in the format the build reads, with
 * `draft: true` and the `review:` list, so the build refuses it until a person has reviewed
 * it), figures.csv (the columns of src/domain/schemas/figure.ts), source.txt and import-report.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import Papa from 'papaparse';
import { figureRow } from '../domain/schemas/figure.ts';
import type { Draft } from './draft.ts';
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
export function renderFiguresCsv(draft: Draft): string {
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

/** Writes the four files of a draft into `dir` (created if needed); returns their paths. */
export function writeDraft(draft: Draft, dir: string, inputFile: string): string[] {
  mkdirSync(dir, { recursive: true });
  const files: [string, string][] = [
    ['notice.mdx', renderNoticeMdx(draft)],
    ['figures.csv', renderFiguresCsv(draft)],
    ['source.txt', draft.source],
    ['import-report.md', renderReport(draft, inputFile)],
  ];
  return files.map(([name, text]) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  });
}
