/**
 * The agencies' pages: the list with each one's counts (/co-quan/), one agency's items in pages
 * (/co-quan/<id>/, trang-2/, …) and the notices of inspections it attended (/co-quan/<id>/thong-bao/).
 */
import type { Agency, Notice } from '../../domain/model.ts';
import { vi } from '../../i18n/vi.ts';
import type { SiteData } from '../compute-site-data.ts';
import { PREVIEW, pageSize, paginateList, type Page } from '../paging.ts';
import { ROLE_ORDER, type AgencyRole, type TrackerItem } from '../tracker.ts';
import { agenciesUrl, agencyUrl, trackerUrl } from '../urls.ts';
import { followUpCounts, type FollowUpCounts } from '../follow-up.ts';
import { agencyAncestors, agencyEraLabel, agencyEraShort, formerAgencyLabel, isFormerAgency } from '../agency-eras.ts';
import { agencyAlerts, type AlertScope } from './alerts-view.ts';
import type { PageHead } from './page-head.ts';

/** An item the agency is named in, with its roles there. */
export type AgencyItem = { item: TrackerItem; roles: AgencyRole[] };

/**
 * One row of the agencies' table: how many items name it, in all and in each role, their
 * four-way count, and notices attended. Each item counts with the agency its notice names (a
 * former agency's items are never counted again under its successor).
 */
export interface AgencyCounts {
  agency: Agency;
  total: number;
  byRole: { role: AgencyRole; count: number }[];
  followUp: FollowUpCounts;
  attended: number;
  /** Which era it belongs to, in a few words (site/agency-eras.ts); null for one that spans both. */
  era: string | null;
}

/** The list of agencies with their counts: those of today, then the former ones, each in the order of content/agencies.csv. */
export function agenciesView(site: SiteData): { head: PageHead; rows: AgencyCounts[]; former: AgencyCounts[]; bases: string[] } {
  const { model, itemsByAgency, noticesByAgency } = site;
  const rows = model.agencies.map((agency) => {
    const mine = itemsByAgency.get(agency.id) ?? [];
    return {
      agency,
      total: mine.length,
      byRole: ROLE_ORDER.map((role) => ({ role, count: mine.filter((m) => m.roles.includes(role)).length })),
      followUp: followUpCounts(mine.map((m) => m.item), site.asOf),
      attended: noticesByAgency.get(agency.id)?.length ?? 0,
      era: agencyEraShort(agency),
    };
  });
  return {
    head: {
      title: vi.nav.agencies,
      description: 'Các sở, ngành cấp tỉnh: được giao nhiệm vụ, kiến nghị nào, theo thông báo nào, trạng thái ra sao.',
      section: 'agencies',
      crumbs: [{ label: vi.nav.agencies }],
    },
    // The decisions that made the eras, each cited once above the tables.
    bases: [...new Set(model.agencies.flatMap((a) => a.successors.map((s) => s.basis)))],
    rows: rows.filter((r) => !isFormerAgency(r.agency)),
    former: rows.filter((r) => isFormerAgency(r.agency)),
  };
}

/** Every page of every agency: its items in pages of PAGE_SIZES.agencyItems (one page when it has none). */
export function agencyPages(site: SiteData): { agency: Agency; page: Page<AgencyItem> }[] {
  return site.model.agencies.flatMap((agency) =>
    paginateList(site.itemsByAgency.get(agency.id) ?? [], pageSize('agencyItems')).map((page) => ({ agency, page })));
}

/** A former agency on its successor's page: its items, as history, under its name and days. */
export interface AgencyHistory {
  agency: Agency;
  /** `Sở Kế hoạch và Đầu tư (đến 28/02/2025)`. */
  label: string;
  era: string | null;
  /** Its items not already listed among the successor's own (those are counted in `alsoAbove`). */
  items: AgencyItem[];
  alsoAbove: number;
  total: number;
  followUp: FollowUpCounts;
  /** The notices of inspections it attended, newest first (the latest; `attendedTotal` in all). */
  attended: Notice[];
  attendedTotal: number;
}

export interface AgencyView {
  agency: Agency;
  /** Which era it belongs to, and what it became or was made from (site/agency-eras.ts); null for one that spans both. */
  era: string | null;
  former: boolean;
  /** Page 1: the former agencies it continues, each with its items (history); empty when none. */
  history: AgencyHistory[];
  /** Whether its four-way count includes its predecessors' items (it does not: they are counted under their own names). */
  followUpScope: string | null;
  head: PageHead & { searchTerms: string[] };
  /** Every item naming it (this page shows `page.items`). */
  total: number;
  lede: string;
  page: Page<AgencyItem>;
  base: string;
  first: boolean;
  /** Its calendar of deadlines and its feed, where the build writes them. */
  alerts: AlertScope;
  /** The four-way count of every item naming it (site/follow-up.ts). */
  followUp: FollowUpCounts;
  /** Page 1: directives to every department that name no agency; the latest, and how many in all. */
  general: { items: TrackerItem[]; total: number };
  /** Page 1: the notices of inspections it attended; the latest, and how many in all. */
  attended: { items: Notice[]; total: number; href: string };
}

/** One page of agency `agency`'s items. */
export function agencyView(site: SiteData, agency: Agency, page: Page<AgencyItem>): AgencyView {
  const { model, itemsByAgency, generalDirectives: general, noticesByAgency } = site;
  const mine = itemsByAgency.get(agency.id) ?? [];
  const attended = noticesByAgency.get(agency.id) ?? [];
  const base = agencyUrl(agency);
  const own = new Set(mine.map((m) => m.item));
  const history = agencyAncestors(agency).map((former): AgencyHistory => {
    const theirs = itemsByAgency.get(former.id) ?? [];
    return {
      agency: former,
      label: formerAgencyLabel(former),
      era: agencyEraLabel(former),
      items: theirs.filter((m) => !own.has(m.item)),
      alsoAbove: theirs.filter((m) => own.has(m.item)).length,
      total: theirs.length,
      followUp: followUpCounts(theirs.map((m) => m.item), site.asOf),
      attended: (noticesByAgency.get(former.id) ?? []).slice(0, PREVIEW.notices),
      attendedTotal: noticesByAgency.get(former.id)?.length ?? 0,
    };
  });
  const inherited = history.filter((h) => h.total > 0);
  const lede = mine.length > 0
    ? `${mine.length} nhiệm vụ, kiến nghị nêu tên ${agency.name} trong ${new Set(mine.map((m) => m.item.notice.id)).size} thông báo kết luận.`
    : `Chưa có nhiệm vụ hay kiến nghị nào nêu tên ${agency.name} trong các thông báo đã công bố.`;
  return {
    agency,
    era: agencyEraLabel(agency),
    former: isFormerAgency(agency),
    history,
    followUpScope: history.length === 0 ? null : inherited.length === 0
      ? vi.history.countExcludes(vi.history.formers(history.map((h) => h.agency.name), 'cơ quan cũ'))
      : vi.history.agencyCountExcludes(inherited.reduce((n, h) => n + h.total, 0), vi.history.formers(inherited.map((h) => h.agency.name), 'cơ quan cũ')),
    head: {
      title: page.number === 1 ? agency.name : `${agency.name} (trang ${page.number}/${page.count})`,
      description: `${agency.name}: ${mine.length} nhiệm vụ, kiến nghị được giao trong các thông báo kết luận kiểm tra của ${vi.siteOwner(model.province.name)}.`,
      section: 'agencies',
      crumbs: [{ href: trackerUrl, label: vi.nav.tracker }, { href: agenciesUrl, label: vi.nav.agencies }, { label: agency.name }],
      searchTerms: [agency.short_name],
    },
    total: mine.length,
    lede: inherited.length === 0 ? lede : `${lede} ${vi.history.agencyLede(inherited.reduce((n, h) => n + h.total, 0), vi.history.formers(inherited.map((h) => h.agency.name), 'cơ quan cũ'))}`,
    page,
    base,
    first: page.number === 1,
    followUp: followUpCounts(mine.map((m) => m.item), site.asOf),
    alerts: agencyAlerts(site, agency),
    general: { items: general.slice(0, PREVIEW.directives), total: general.length },
    attended: { items: attended.slice(0, PREVIEW.notices), total: attended.length, href: `${base}thong-bao/` },
  };
}

/** The pages of the notices an agency attended: only for an agency whose own page cannot show them all. */
export function agencyNoticePages(site: SiteData): { agency: Agency; page: Page<Notice> }[] {
  return site.model.agencies.flatMap((agency) => {
    const attended = site.noticesByAgency.get(agency.id) ?? [];
    if (attended.length <= PREVIEW.notices) return [];
    return paginateList(attended, pageSize('notices')).map((page) => ({ agency, page }));
  });
}

/** One page of the notices agency `agency` attended. */
export function agencyNoticesView(agency: Agency, page: Page<Notice>): { head: PageHead; title: string; base: string; page: Page<Notice> } {
  const title = `Thông báo có ${agency.name} dự kiểm tra`;
  return {
    head: {
      title: page.number > 1 ? `${title} (trang ${page.number}/${page.count})` : title,
      description: `${title}: ${page.total} thông báo kết luận kiểm tra, mới nhất trước.`,
      section: 'agencies',
      crumbs: [{ href: trackerUrl, label: vi.nav.tracker }, { href: agenciesUrl, label: vi.nav.agencies }, { href: agencyUrl(agency), label: agency.name }, { label: 'Thông báo dự kiểm tra' }],
    },
    title,
    base: `${agencyUrl(agency)}thong-bao/`,
    page,
  };
}
