/**
 * Every open-data file the site publishes: each table whole, and cut per locality and per
 * notice where it has rows, in three formats. Stable URLs come from site/urls.ts.
 */
import { dataFilePath, dataFileUrl, dataScopeDir, type DataFormat, type DataScope } from '../urls.ts';
import { csvLine, csvParts, jsonItem, jsonParts } from './table-files.ts';
import { tableRows, TABLES, type Context, type Row, type TableDef } from './tables.ts';
import { excelEdition } from './excel-edition.ts';
import type { Model, Notice } from '../../domain/model.ts';

export const FORMATS: DataFormat[] = ['csv', 'csv-excel', 'json'];

export interface TableSlice {
  table: TableDef;
  scope: DataScope;
  rows: Row[];
}

/**
 * The whole tables, then per locality (units with rows), then per notice. One pass over each
 * table's rows groups them by locality and by notice, so the work grows with the rows, not
 * with rows × units.
 */
export function tableSlices(ctx: Context): TableSlice[] {
  const whole = TABLES.map((table) => ({ table, scope: { kind: 'all' } as DataScope, rows: tableRows(table, ctx) }));
  const grouped = whole.map(({ table, rows }) => {
    const byLocality = new Map<string, Row[]>();
    const byNotice = new Map<string, Row[]>();
    const add = (map: Map<string, Row[]>, key: string, row: Row): void => {
      const list = map.get(key);
      if (list) list.push(row);
      else map.set(key, [row]);
    };
    for (const row of rows) {
      if (table.localitiesOf) for (const id of new Set(table.localitiesOf(row))) add(byLocality, id, row);
      const notice = table.noticeOf?.(row) ?? null;
      if (notice !== null) add(byNotice, notice, row);
    }
    return { table, byLocality, byNotice };
  });
  const slices: TableSlice[] = [...whole];
  for (const l of ctx.model.localities) {
    for (const { table, byLocality } of grouped) {
      const mine = byLocality.get(l.id);
      if (mine) slices.push({ table, scope: { kind: 'locality', slug: l.slug }, rows: mine });
    }
  }
  for (const n of ctx.model.notices) {
    for (const { table, byNotice } of grouped) {
      const mine = byNotice.get(n.id);
      if (mine) slices.push({ table, scope: { kind: 'notice', id: n.id }, rows: mine });
    }
  }
  return slices;
}

/** The slices of each scope, keyed by the scope's folder, built once for every page to look up. */
export function slicesByScope(slices: readonly TableSlice[]): ReadonlyMap<string, TableSlice[]> {
  const index = new Map<string, TableSlice[]>();
  for (const s of slices) {
    const key = dataScopeDir(s.scope);
    const list = index.get(key);
    if (list) list.push(s);
    else index.set(key, [s]);
  }
  return index;
}

/** Slices for one scope (a locality's or notice's downloads section). */
export function slicesFor(index: ReadonlyMap<string, TableSlice[]>, scope: DataScope): TableSlice[] {
  return index.get(dataScopeDir(scope)) ?? [];
}

/**
 * Each row's text in each format, made once for all the files of its table: a row is in its
 * table whole, in its notice's file and in each of its localities' (a commune's, its
 * district's). Rows are the slices' own objects (tableSlices shares them), so a row is its own key.
 */
export type RowTexts = Map<string, Map<Row, string>>;

export const rowTexts = (): RowTexts => new Map();

/** The table's columns in a format and the text of a row in it. */
function rowFormat(table: TableDef, format: DataFormat, model: Model): { columns: string[]; text: (row: Row) => string } {
  if (format === 'json') return { columns: [], text: jsonItem };
  if (format === 'csv') {
    const columns = table.fields.map((f) => f.name);
    return { columns, text: (row) => csvLine(columns.map((c) => row[c] ?? null)) };
  }
  const excel = excelEdition(table, model);
  const columns = excel.fields.map((f) => f.name);
  return {
    columns,
    text: (row) => {
      const edition = excel.rowOf(row);
      return csvLine(columns.map((c) => edition[c] ?? null), { excel: true });
    },
  };
}

/**
 * The file of a slice in a format, as its pieces in order; the Excel edition has Vietnamese
 * headers and names (excel-edition.ts). With `texts`, each row's text is looked up there first
 * and kept.
 */
export function fileParts(slice: TableSlice, format: DataFormat, model: Model, texts?: RowTexts): string[] {
  const { columns, text } = rowFormat(slice.table, format, model);
  let made: (row: Row) => string = text;
  if (texts) {
    const key = `${slice.table.name} ${format}`;
    let known = texts.get(key);
    if (!known) texts.set(key, (known = new Map()));
    made = (row) => {
      let line = known.get(row);
      if (line === undefined) known.set(row, (line = text(row)));
      return line;
    };
  }
  const lines = slice.rows.map(made);
  return format === 'json' ? jsonParts(lines) : csvParts(columns, lines, { excel: format === 'csv-excel' });
}

/** The file of a slice in a format, whole (for `astro dev`, which answers one file a request). */
export function fileBody(slice: TableSlice, format: DataFormat, model: Model): string {
  return fileParts(slice, format, model).join('');
}

/** The address pages link to. */
export function fileUrl(slice: TableSlice, format: DataFormat): string {
  return dataFileUrl(slice.scope, slice.table.name, format);
}

/** Where the file sits relative to the site's root (dist/), whatever the base path. */
export function filePath(slice: TableSlice, format: DataFormat): string {
  return dataFilePath(slice.scope, slice.table.name, format);
}

/** A notice's original text as published: its source.txt, NFC, one line per line, one final newline. */
export function sourceTextBody(notice: Pick<Notice, 'sourceLines'>): string {
  return `${notice.sourceLines.join('\n').replace(/\n+$/, '')}\n`;
}
