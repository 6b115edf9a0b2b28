/** The tracker rows and open-data tables of this build, computed once and shared by every page. */
import { buildDate } from './build-info.ts';
import { siteUrl } from './site-url.ts';
import { getModel } from '../load/load-model.ts';
import { slicesByScope, tableSlices, type TableSlice } from './open-data/downloads.ts';
import type { Context } from './open-data/tables.ts';
import { trackerItems } from './tracker.ts';

type DataContext = Context & { slices: TableSlice[]; byScope: ReadonlyMap<string, TableSlice[]> };

let cached: DataContext | undefined;

export function getDataContext(): DataContext {
  if (cached) return cached;
  const model = getModel();
  const ctx = { model, items: trackerItems(model, buildDate), site: siteUrl(undefined).href };
  const slices = tableSlices(ctx);
  cached = { ...ctx, slices, byScope: slicesByScope(slices) };
  return cached;
}
