/**
 * Everything pages show that is computed from the whole model, each part on first use and once
 * per build: the records of every locality and indicator, the tracker rows, the open-data
 * slices, the maps and the briefings. Pages reach it through getSiteData() (site-data.ts) and
 * hand components what they need as props; components never fetch data themselves.
 */
import type { Indicator, Model, Notice, Report } from '../domain/model.ts';
import type { PartialDate } from '../domain/vi-date.ts';
import { allBriefings, type BriefingRef } from './briefing.ts';
import { dataDate } from '../load/data-date.ts';
import { mappableIndicators } from './map/map-data.ts';
import { districtPaths, type MapGeometry } from './map/map-svg.ts';
import { slicesByScope, tableSlices, type TableSlice } from './open-data/downloads.ts';
import { indicatorRecords, type IndicatorRecord } from './indicator-records.ts';
import { localityRecords, type LocalityRecord } from './locality-records.ts';
import { publicAddressOf } from './public-address.ts';
import { generalDirectives, itemsByAgency, noticesByAgency, statusLookup, trackerCounts, trackerItems, type AgencyRole, type RowOf, type StatusOf, type TrackerCounts, type TrackerItem } from './tracker.ts';
import { followUpCounts, type FollowUpCounts } from './follow-up.ts';

export interface SiteData {
  model: Model;
  /** The public address of the site, or null when none is configured (see public-address.ts). */
  publicAddress: URL | null;
  /** What concerns each locality, by locality id. */
  localities: ReadonlyMap<string, LocalityRecord>;
  /** Every figure of each indicator, by indicator id. */
  indicators: ReadonlyMap<string, IndicatorRecord>;
  /** Every directive and proposal as a tracker row (overdue computed against the data date). */
  items: TrackerItem[];
  /** The whole tracker's counts by kind and status. */
  trackerCounts: TrackerCounts;
  /** The whole tracker's four-way count (on time, late, in time, overdue): every tracker page shows it. */
  trackerFollowUp: FollowUpCounts;
  /** The status of any directive or proposal, as every page shows it (reported, computed overdue). */
  statusOf: StatusOf;
  /** The tracker row of any directive or proposal (its deadline, reports and status). */
  rowOf: RowOf;
  /** The reports answering a notice, newest first. */
  reportsOf: (notice: Notice) => readonly Report[];
  /** The data date (content/data-date.txt): statuses and overdue are computed against it. */
  asOf: PartialDate;
  /** Directives to every department without naming one (site/tracker.ts). */
  generalDirectives: TrackerItem[];
  /** The notices each agency attended, by agency id, newest first. */
  noticesByAgency: ReadonlyMap<string, Notice[]>;
  /** Tracker rows by agency id, with the agency's roles. */
  itemsByAgency: ReadonlyMap<string, { item: TrackerItem; roles: AgencyRole[] }[]>;
  /** Open-data files: each table whole, per locality and per notice. */
  slices: TableSlice[];
  /** The slices of each scope, keyed by the scope's folder. */
  byScope: ReadonlyMap<string, TableSlice[]>;
  /** Indicators the province map can show. */
  mappable: Indicator[];
  briefings: BriefingRef[];
  /** District shapes projected into `width` SVG units (the large map, the locator maps). */
  mapGeometry: (width: number) => MapGeometry;
}

/** Computes a value on first use only: a page that needs no downloads never builds them. */
function lazy<T>(compute: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: compute() }).v;
}

/** The site data of one model; nothing is computed until a page asks for it. */
export function computeSiteData(model: Model): SiteData {
  const localities = lazy(() => localityRecords(model));
  const indicators = lazy(() => indicatorRecords(model));
  const asOf = dataDate();
  const reportsByNotice = lazy(() => Map.groupBy(model.reports, (r) => r.notice));
  const items = lazy(() => trackerItems(model, asOf));
  const counts = lazy(() => trackerCounts(items()));
  const followUp = lazy(() => followUpCounts(items(), asOf));
  const byAgency = lazy(() => itemsByAgency(model, items()));
  const general = lazy(() => generalDirectives(items()));
  const attended = lazy(() => noticesByAgency(model));
  const statuses = lazy(() => statusLookup(items()));
  const publicAddress = publicAddressOf(undefined);
  const slices = lazy(() => tableSlices({ model, items: items(), site: publicAddress }));
  const byScope = lazy(() => slicesByScope(slices()));
  const mappable = lazy(() => mappableIndicators(model));
  const briefings = lazy(() => allBriefings(localities(), model.notices));
  const geometries = new Map<number, MapGeometry>();
  return {
    model,
    publicAddress,
    get localities() { return localities(); },
    get indicators() { return indicators(); },
    get items() { return items(); },
    get trackerCounts() { return counts(); },
    get trackerFollowUp() { return followUp(); },
    get itemsByAgency() { return byAgency(); },
    get generalDirectives() { return general(); },
    get noticesByAgency() { return attended(); },
    statusOf: (item) => statuses()(item),
    rowOf: (item) => statuses()(item),
    reportsOf: (notice) => reportsByNotice().get(notice) ?? [],
    asOf,
    get slices() { return slices(); },
    get byScope() { return byScope(); },
    get mappable() { return mappable(); },
    get briefings() { return briefings(); },
    mapGeometry: (width) => {
      let g = geometries.get(width);
      if (!g) {
        g = districtPaths(model.districtShapes, width);
        geometries.set(width, g);
      }
      return g;
    },
  };
}
