/**
 * Reads a CSV file of `content/` with papaparse and validates each row against a zod schema,
 * keeping the line number of every row so that errors and figures can point back to it.
 */
import Papa from 'papaparse';
import type { z } from 'astro/zod';
import type { ContentIssue } from './errors.ts';
import { issuesFromZod, parseContent } from './zod-issues.ts';
import { normalizeViText } from '../domain/vi-number.ts';

/** What papaparse reports about quotes and delimiters (its messages are English), in Vietnamese, by its error code. */
const CSV_ERRORS: Readonly<Record<string, string>> = {
  MissingQuotes: 'một ô mở bằng dấu ngoặc kép nhưng không có dấu ngoặc kép đóng',
  InvalidQuotes: 'dấu ngoặc kép của một ô đặt sai chỗ: ô mở bằng dấu ngoặc kép phải đóng bằng dấu ngoặc kép ngay trước dấu phẩy hoặc cuối dòng',
  UndetectableDelimiter: 'không nhận ra dấu phân cách giữa các cột (các cột phải phân cách bằng dấu phẩy)',
};

/** A validated row and the line of the file it starts on (the header is line 1). */
export interface CsvRow<T> {
  line: number;
  data: T;
}

/** What a CSV file gave: its valid rows, its issues, and the cells of each row that was reported. */
export interface CsvResult<T> {
  rows: CsvRow<T>[];
  issues: ContentIssue[];
  /**
   * The cells of every row that was reported, by column, so that later checks can tell a
   * reference to a reported row from a reference to nothing; null when the header was wrong.
   */
  rejected: Record<string, string>[] | null;
}

/**
 * Parses `text` (the contents of `file`) and validates every row. Returns the valid rows and
 * the issues; a row with any issue is reported, never silently dropped or coerced.
 */
export function readCsv<S extends z.ZodObject>(
  text: string,
  file: string,
  schema: S,
): CsvResult<z.output<S>> {
  const issues: ContentIssue[] = [];
  const rejected: Record<string, string>[] = [];
  const rows: CsvRow<z.output<S>>[] = [];
  const raw: { line: number; cells: string[] }[] = [];
  const body = text.replace(/^\uFEFF/, '');
  // Line numbers are counted as the parser moves on, so long files stay linear.
  let offset = 0;
  let newlines = 0;
  Papa.parse<string[]>(body, {
    skipEmptyLines: 'greedy',
    step: (result) => {
      // A row starts at the first non-blank character after the previous row; its line is
      // one more than the newlines before that. (The last row's cursor may include the final
      // newline, so counting up to the cursor would put it a line too far.)
      let start = offset;
      while (start < body.length && /\s/.test(body[start] ?? '')) start += 1;
      newlines += countNewlines(body, offset, start);
      const line = newlines + 1;
      newlines += countNewlines(body, start, result.meta.cursor);
      offset = result.meta.cursor;
      for (const e of result.errors) {
        issues.push({ file, where: `dòng ${line}`, field: null, found: null, expected: `tệp CSV đúng định dạng (${CSV_ERRORS[e.code] ?? e.message})` });
      }
      raw.push({ line, cells: result.data });
    },
  });
  const header = raw.shift();
  if (!header) {
    return { rows, issues: [{ file, where: null, field: null, found: '', expected: 'một dòng tiêu đề' }], rejected: null };
  }
  const columns = Object.keys(schema.shape);
  const names = header.cells.map((c) => c.trim());
  if (names.join(',') !== columns.join(',')) {
    issues.push({ file, where: 'dòng 1 (tiêu đề)', field: null, found: names.join(','), expected: `các cột ${columns.join(',')}` });
    return { rows, issues, rejected: null };
  }
  for (const { line, cells } of raw) {
    if (cells.length !== columns.length) {
      rejected.push(Object.fromEntries(columns.map((c, i) => [c, normalizeViText(cells[i] ?? '')])));
      issues.push({ file, where: `dòng ${line}`, field: null, found: `${cells.length} ô`, expected: `${columns.length} ô, mỗi cột một ô` });
      continue;
    }
    const record = Object.fromEntries(columns.map((c, i) => [c, normalizeViText(cells[i] ?? '')]));
    const parsed = parseContent(schema, record);
    if (parsed.success) rows.push({ line, data: parsed.data });
    else {
      rejected.push(record);
      issues.push(...issuesFromZod(parsed.error, file, `dòng ${line}`, record));
    }
  }
  return { rows, issues, rejected };
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
