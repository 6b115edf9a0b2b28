/**
 * Writes a table as CSV (RFC 4180, UTF-8, optionally the Excel edition) or JSON, a line (or
 * JSON item) per row: a row's text is the same in every file it is in, so a build makes it once
 * (downloads.ts) and joins it into the table whole, its localities' and its notice's files.
 */
import Papa from 'papaparse';
import type { Cell, Field, Row } from './tables.ts';

/** Byte order mark: Excel reads a CSV as UTF-8 only when it starts with one. */
export const BOM = '\uFEFF';

/**
 * One CSV line: a blank cell is empty, numbers stay canonical (`17420000000`, `35.16`).
 *
 * The plain CSV keeps every text exactly as published. The Excel edition (`excel: true`),
 * because a spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage
 * return as a formula, writes such a text cell with a leading `'` (papaparse's
 * `escapeFormulae`). Numbers are passed as numbers, so `-5` stays a number.
 */
export function csvLine(cells: readonly Cell[], options: { excel?: boolean } = {}): string {
  return Papa.unparse([cells.map((c) => c ?? '')], { newline: '\r\n', escapeFormulae: options.excel === true });
}

/**
 * Header row of column names, then the rows' lines (an empty table is its header line alone);
 * the Excel edition starts with a BOM. As the pieces of the file in order, for a writer that
 * copies them out one by one (write-files.ts) rather than joining megabytes into one string.
 */
export function csvParts(columns: readonly string[], lines: readonly string[], options: { excel?: boolean } = {}): string[] {
  const parts = [`${options.excel ? BOM : ''}${Papa.unparse([columns], { newline: '\r\n' })}\r\n`];
  for (const line of lines) parts.push(line, '\r\n');
  return parts;
}

/** The CSV of `rows`, a column per field. */
export function toCsv(fields: readonly Field[], rows: readonly Row[], options: { excel?: boolean } = {}): string {
  const columns = fields.map((f) => f.name);
  return csvParts(columns, rows.map((row) => csvLine(columns.map((c) => row[c] ?? null), options)), options).join('');
}

/** One row as an item of the JSON array, indented as the array holds it; a blank is `null`. */
export function jsonItem(row: Row): string {
  return ` ${JSON.stringify(row, null, 1).replace(/\n/g, '\n ')}`;
}

/** An array of objects keyed by field name, one space of indent a level (as `JSON.stringify(rows, null, 1)`), in pieces. */
export function jsonParts(items: readonly string[]): string[] {
  if (items.length === 0) return ['[]\n'];
  const parts = ['[\n'];
  items.forEach((item, i) => parts.push(i === 0 ? '' : ',\n', item));
  parts.push('\n]\n');
  return parts;
}

/** The JSON of `rows`. */
export function toJson(rows: readonly Row[]): string {
  return jsonParts(rows.map(jsonItem)).join('');
}
