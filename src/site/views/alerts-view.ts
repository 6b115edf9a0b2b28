/**
 * Which alert files the build writes (site/alerts.ts): for each agency and each unit with items,
 * a feed of what happened to them (with a public address only: RSS needs absolute links) and,
 * when one of them states a deadline, a calendar of the deadlines; and the feed of items newly
 * overdue. Pages link only to the files that exist.
 */
import type { Agency, Locality } from '../../domain/model.ts';
import { vi } from '../../i18n/vi.ts';
import { alertDate, alertsOf, deadlineCalendar, type Alert, type Whose } from '../alerts.ts';
import { formerUnitLabel, historyOf, inheritedItems } from '../reform-eras.ts';
import { agencyAncestors, formerAgencyLabel } from '../agency-eras.ts';
import { publicLink } from '../public-address.ts';
import { siteFeed } from '../feeds.ts';
import type { SiteData } from '../compute-site-data.ts';
import type { TrackerItem } from '../tracker.ts';
import { agencyUrl, calendarUrlOf, feedUrlOf, localityUrl } from '../urls.ts';

/** An agency or a unit whose items get alert files, with its page's address. */
export interface AlertScope {
  name: string;
  page: string;
  items: TrackerItem[];
  /** Those of `items` given to a former unit or agency it continues, as history, and whose they were. */
  whose: Whose;
  /** Addresses of its calendar and feed; null when the build writes none. */
  calendar: string | null;
  feed: string | null;
}

const scopeOf = (site: SiteData, name: string, page: string, items: TrackerItem[], whose: Whose = new Map()): AlertScope => ({
  name,
  page,
  items,
  whose,
  calendar: items.some((i) => i.deadline) ? calendarUrlOf(page) : null,
  feed: site.publicAddress && items.length > 0 ? feedUrlOf(page) : null,
});

/** The alert files of an agency: every item naming it, and every item naming a former agency it continues (named so). */
export function agencyAlerts(site: SiteData, agency: Agency): AlertScope {
  const own = (site.itemsByAgency.get(agency.id) ?? []).map((m) => m.item);
  const mine = new Set(own);
  const whose = new Map<TrackerItem, string>();
  for (const former of agencyAncestors(agency)) {
    for (const { item } of site.itemsByAgency.get(former.id) ?? []) if (!mine.has(item) && !whose.has(item)) whose.set(item, formerAgencyLabel(former));
  }
  return scopeOf(site, agency.name, agencyUrl(agency), [...own, ...whose.keys()], whose);
}

/**
 * The tracker rows of the directives and proposals concerning a unit: its own, and for a unit
 * since the reform those its predecessors were given (history, each once, under the old unit's
 * name: `whose`). Its page, its count, its briefing and its alert files all read these.
 */
export interface UnitRows {
  own: TrackerItem[];
  inherited: TrackerItem[];
  whose: Whose;
}

export function localityRows(site: SiteData, locality: Locality): UnitRows {
  const record = site.localities.get(locality.id);
  const own = record ? [...record.directives, ...record.proposals].map(site.rowOf) : [];
  if (locality.validFrom === null) return { own, inherited: [], whose: new Map() };
  const { directives, proposals } = inheritedItems(historyOf(locality, site.localities));
  const mine = new Set(own);
  const inherited = [...directives, ...proposals].map(({ item, from }) => ({ row: site.rowOf(item), from })).filter(({ row }) => !mine.has(row));
  return {
    own,
    inherited: inherited.map(({ row }) => row),
    whose: new Map(inherited.map(({ row, from }) => [row, formerUnitLabel(from, locality)])),
  };
}

/** The alert files of a unit: the directives and proposals concerning it and its predecessors (`rows`, when the caller has them). */
export const localityAlerts = (site: SiteData, locality: Locality, rows = localityRows(site, locality)): AlertScope =>
  scopeOf(site, locality.name, localityUrl(locality), [...rows.own, ...rows.inherited], rows.whose);

/** The calendar file of a scope. */
export function calendarResponse(site: SiteData, scope: AlertScope): Response {
  const body = deadlineCalendar(`Thời hạn: ${scope.name}`, scope.items, site.asOf, site.publicAddress, scope.whose);
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}

/** The feed of a list of alerts, at `self` (RSS needs the public address: the routes exist only with one). */
export function feedResponse(site: SiteData, title: string, description: string, page: string, self: string, alerts: readonly Alert[]): Promise<Response> {
  const address = site.publicAddress;
  if (!address) throw new Error(`${page}: a feed needs the public address (SITE_URL)`);
  return siteFeed(
    {
      title: `${title} — ${vi.siteName}`,
      description,
      page,
      self,
      // Absolute links are written as they are: they carry anchors (`…/bao-cao/<id>/#dong-25`), after which no slash may be added.
      items: alerts.slice(0, FEED_LENGTH).map((a) => ({ title: a.title, link: publicLink(a.link, address), description: a.description, pubDate: alertDate(a.date) })),
    },
    address,
  );
}

/** A feed holds the latest alerts only: a reader polls it, the pages hold the rest. */
const FEED_LENGTH = 50;

/** The feed of a scope: what happened to its items. */
export const scopeFeedResponse = (site: SiteData, scope: AlertScope): Promise<Response> =>
  feedResponse(site, `Nhiệm vụ, kiến nghị: ${scope.name}`, `Trạng thái được báo cáo và thời hạn đã qua của các nhiệm vụ, kiến nghị liên quan đến ${scope.name}.`, scope.page, feedUrlOf(scope.page), alertsOf(scope.items, scope.whose));
