/** The tracker rows and open-data tables of this build, computed once and shared by every page. */
import { buildDate } from '../lib/build-info.ts';
import { siteUrl } from '../lib/site-url.ts';
import { getModel } from './load-model.ts';
import { tableSlices, type TableSlice } from './downloads.ts';
import type { Context } from './open-data.ts';
import { trackerItems } from './tracker.ts';

let cached: (Context & { slices: TableSlice[] }) | undefined;

export function getDataContext(): Context & { slices: TableSlice[] } {
  if (cached) return cached;
  const model = getModel();
  const ctx = { model, items: trackerItems(model, buildDate), site: siteUrl(undefined).href };
  cached = { ...ctx, slices: tableSlices(ctx) };
  return cached;
}
