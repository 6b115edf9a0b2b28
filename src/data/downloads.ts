/**
 * Every open-data file the site publishes: each table whole, and cut per locality and per
 * notice where it has rows, in three formats. Stable URLs come from lib/urls.ts.
 */
import { dataFileUrl, type DataFormat, type DataScope } from '../lib/urls.ts';
import { toCsv, toJson } from '../lib/table-files.ts';
import { tableRows, TABLES, type Context, type Row, type TableDef } from './open-data.ts';

export const FORMATS: DataFormat[] = ['csv', 'csv-excel', 'json'];

export interface TableSlice {
  table: TableDef;
  scope: DataScope;
  rows: Row[];
}

/** The whole tables, then per locality (units with rows), then per notice. */
export function tableSlices(ctx: Context): TableSlice[] {
  const whole = TABLES.map((table) => ({ table, scope: { kind: 'all' } as DataScope, rows: tableRows(table, ctx) }));
  const slices: TableSlice[] = [...whole];
  for (const l of ctx.model.localities) {
    for (const { table, rows } of whole) {
      if (!table.localitiesOf) continue;
      const mine = rows.filter((r) => table.localitiesOf!(r).includes(l.id));
      if (mine.length > 0) slices.push({ table, scope: { kind: 'locality', slug: l.slug }, rows: mine });
    }
  }
  for (const n of ctx.model.notices) {
    for (const { table, rows } of whole) {
      if (!table.noticeOf) continue;
      const mine = rows.filter((r) => table.noticeOf!(r) === n.id);
      if (mine.length > 0) slices.push({ table, scope: { kind: 'notice', id: n.id }, rows: mine });
    }
  }
  return slices;
}

/** Slices for one scope (a locality's or notice's downloads section). */
export function slicesFor(slices: readonly TableSlice[], scope: DataScope): TableSlice[] {
  return slices.filter((s) => JSON.stringify(s.scope) === JSON.stringify(scope));
}

/** The file body of a slice in a format. */
export function fileBody(slice: TableSlice, format: DataFormat): string {
  return format === 'json' ? toJson(slice.rows) : toCsv(slice.table.fields, slice.rows, { bom: format === 'csv-excel' });
}

export function fileUrl(slice: TableSlice, format: DataFormat): string {
  return dataFileUrl(slice.scope, slice.table.name, format);
}
