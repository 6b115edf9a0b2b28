/** Writes a table as CSV (RFC 4180, UTF-8, optionally with the BOM Excel needs) or JSON. */
import Papa from 'papaparse';
import type { Field, Row } from './tables.ts';

/** Byte order mark: Excel reads a CSV as UTF-8 only when it starts with one. */
export const BOM = '\uFEFF';

/** Header row of field names, then one line per row; a blank cell is empty, numbers stay canonical (`17420000000`, `35.16`). */
export function toCsv(fields: readonly Field[], rows: readonly Row[], options: { bom?: boolean } = {}): string {
  const columns = fields.map((f) => f.name);
  const data = rows.map((row) => columns.map((c) => (row[c] === null || row[c] === undefined ? '' : String(row[c]))));
  const csv = Papa.unparse({ fields: columns, data }, { newline: '\r\n' });
  return `${options.bom ? BOM : ''}${csv}\r\n`;
}

/** An array of objects keyed by field name; a blank is `null`. */
export function toJson(rows: readonly Row[]): string {
  return `${JSON.stringify(rows, null, 1)}\n`;
}
