/** Writes a table as CSV (RFC 4180, UTF-8, optionally the Excel edition) or JSON. */
import Papa from 'papaparse';
import type { Field, Row } from './tables.ts';

/** Byte order mark: Excel reads a CSV as UTF-8 only when it starts with one. */
export const BOM = '\uFEFF';

/**
 * Header row of field names, then one line per row (an empty table is its header line alone);
 * a blank cell is empty, numbers stay canonical (`17420000000`, `35.16`).
 *
 * The plain CSV keeps every text exactly as published. The Excel edition (`excel: true`)
 * starts with a BOM and, because a spreadsheet runs a cell that starts with `=`, `+`, `-`,
 * `@`, a tab or a carriage return as a formula, writes such a text cell with a leading `'`
 * (papaparse's `escapeFormulae`). Numbers are passed as numbers, so `-5` stays a number.
 */
export function toCsv(fields: readonly Field[], rows: readonly Row[], options: { excel?: boolean } = {}): string {
  const columns = fields.map((f) => f.name);
  const data = rows.map((row) => columns.map((c) => row[c] ?? ''));
  const lines = [Papa.unparse([columns], { newline: '\r\n' })];
  if (data.length > 0) lines.push(Papa.unparse(data, { newline: '\r\n', escapeFormulae: options.excel === true }));
  return `${options.excel ? BOM : ''}${lines.join('\r\n')}\r\n`;
}

/** An array of objects keyed by field name; a blank is `null`. */
export function toJson(rows: readonly Row[]): string {
  return `${JSON.stringify(rows, null, 1)}\n`;
}
