/**
 * The directive and proposal tracker: every directive and proposal of every notice as one row
 * a reader can scan, with who must act in which role, the deadline and the status over time.
 * Pages (tracker, agency pages) read these rows; nothing here is rendered.
 */
import type { PartialDate } from '../domain/vi-date.ts';
import { parseIsoPartialDate } from '../domain/vi-date.ts';
import { pageOfIndex, pageSize } from './paging.ts';
import { isStalled } from './repeats.ts';
import type { AgencyRole, CurrentStatus, DirectiveItem, Locality, Model, Notice, Party, ProposalItem, ReportedStatus } from '../domain/model.ts';

export type { AgencyRole };


/** Status as the tracker filters it: the reported one, or `qua-han` when overdue is computed. */
export type TrackerStatus = CurrentStatus;

export interface Overdue {
  /** The deadline's last day (a year-only deadline ends on 31/12). */
  deadlineEnd: PartialDate;
  /** The date the data stands at: overdue is computed against it, never against "now". */
  asOf: PartialDate;
}

export interface TrackerItem {
  kind: 'directive' | 'proposal';
  /** Unique across the site and URL-safe: `2024-04-trang-dinh-nv-2-1-dd`. */
  anchor: string;
  /** The item's id in its notice (`2.1-đ`, `de-xuat-1`) and its anchor on the notice page. */
  id: string;
  noticeAnchor: string;
  notice: Notice;
  /** `2.1 đ)`, `2.2`, or `Kiến nghị 1`. */
  label: string;
  topic: string;
  /** The directive's words, or the proposal's request (verbatim). */
  text: string;
  /** The notice's answer to a proposal (verbatim); null for directives. */
  response: string | null;
  /** To whom, as printed (directives) or who asked (proposals). */
  addressee: string | null;
  requester: Party | null;
  lead: Party[];
  coordinating: Party[];
  consolidating: Party[];
  /** Units the item concerns (addressed, asking, or named), without their ancestors. */
  localities: Locality[];
  /** Agencies named, each with its roles. */
  agencies: { id: string; roles: AgencyRole[] }[];
  deadline: { date: PartialDate; printed: string } | null;
  /** The earlier directives it repeats, and the later ones that repeat it (none for proposals). */
  repeats: DirectiveItem[];
  repeatedBy: DirectiveItem[];
  /** What reports said of it, oldest first, each with its report and sentence. */
  changes: ReportedStatus[];
  /** Last reported status; `chua-bao-cao` when none was reported. */
  reported: CurrentStatus;
  /** Set when the deadline has passed at the data date and no completion was reported. */
  overdue: Overdue | null;
  year: number;
  /** The page of the tracker that lists it (site/paging.ts; 1 while the list fits on one page). */
  page: number;
  source: DirectiveItem | ProposalItem;
}

/**
 * The status of a directive or proposal, computed once (with the tracker rows) and shown the same
 * on every page that shows the item: commune and district pages, the notice page, the tracker,
 * agency pages and the briefings.
 */
export type ItemStatus = Pick<TrackerItem, 'reported' | 'overdue' | 'changes' | 'notice'>;

/** Looks up the status of a directive or proposal of the model (see site-data.ts `statusOf`). */
export type StatusOf = (item: DirectiveItem | ProposalItem) => ItemStatus;

/** The tracker row of a directive or proposal of the model (its status, deadline, reports). */
export type RowOf = (item: DirectiveItem | ProposalItem) => TrackerItem;

/** The lookup of every item's tracker row, and so of its status. */
export function statusLookup(items: readonly TrackerItem[]): RowOf {
  const bySource = new Map<DirectiveItem | ProposalItem, TrackerItem>(items.map((i) => [i.source, i]));
  return (item) => {
    const row = bySource.get(item);
    if (!row) throw new Error(`No tracker row for ${item.notice.id} ${item.id}`);
    return row;
  };
}

/** The anchor an item has on its notice's page (components/DirectiveList.astro, ProposalList.astro). */
export const noticeItemAnchor = (item: DirectiveItem | ProposalItem): string => ('request' in item ? item.id : `nhiem-vu-${item.id}`);

/** `2.1 đ)`, `2.2`, or `Kiến nghị 1`: how every page names a directive or proposal. */
export const itemLabel = (item: DirectiveItem | ProposalItem): string =>
  'request' in item ? `Kiến nghị ${item.notice.proposals.findIndex((q) => q.id === item.id) + 1}` : `${item.section}${item.label ? ` ${item.label})` : ''}`;

/** Item anchors without diacritics or dots: `2.1-đ` → `2-1-dd` (đ spelled dd, so 2.1-d stays distinct). */
export function itemSlug(id: string): string {
  return id.replace(/đ/g, 'dd').replace(/\./g, '-');
}

/** The last day a partial deadline covers: `2024` → 31/12/2024, `2024-06` → 30/06/2024. */
export function deadlineEnd(d: PartialDate): PartialDate {
  if (d.month === null) return { year: d.year, month: 12, day: 31 };
  if (d.day === null) return { year: d.year, month: d.month, day: new Date(Date.UTC(d.year, d.month, 0)).getUTCDate() };
  return d;
}

const isoDay = (d: PartialDate): string =>
  `${d.year}-${String(d.month ?? 12).padStart(2, '0')}-${String(d.day ?? 31).padStart(2, '0')}`;

/** Overdue when the deadline ended before `asOf` and the item is neither done nor withdrawn. */
export function computeOverdue(deadline: PartialDate | null, reported: CurrentStatus, asOf: PartialDate): Overdue | null {
  if (!deadline || reported === 'hoan-thanh' || reported === 'khong-con-ap-dung') return null;
  const end = deadlineEnd(deadline);
  return isoDay(end) < isoDay(asOf) ? { deadlineEnd: end, asOf } : null;
}

/**
 * The statuses an item is found under: its reported status, and `qua-han` too when overdue is
 * computed (an unreported overdue item is both "chưa có báo cáo" and "quá hạn").
 */
export function filterStatuses(item: Pick<TrackerItem, 'reported' | 'overdue'>): TrackerStatus[] {
  return item.overdue && item.reported !== 'qua-han' ? [item.reported, 'qua-han'] : [item.reported];
}

/** The whole tracker's counts (the head of its first page), counted once, not on every page. */
export interface TrackerCounts {
  directives: number;
  proposals: number;
  overdue: number;
  /** Items repeated in two or more later notices (site/repeats.ts). */
  stalled: number;
  /** Items by status, an overdue item counted under its reported status and "qua-han". */
  byStatus: ReadonlyMap<TrackerStatus, number>;
}

export function trackerCounts(items: readonly TrackerItem[]): TrackerCounts {
  const byStatus = new Map<TrackerStatus, number>();
  let directives = 0;
  let overdue = 0;
  let stalled = 0;
  for (const item of items) {
    if (isStalled(item)) stalled += 1;
    if (item.kind === 'directive') directives += 1;
    if (item.overdue) overdue += 1;
    for (const s of filterStatuses(item)) byStatus.set(s, (byStatus.get(s) ?? 0) + 1);
  }
  return { directives, proposals: items.length - directives, overdue, stalled, byStatus };
}

function agencyRoles(parties: Record<AgencyRole, readonly Party[]>): { id: string; roles: AgencyRole[] }[] {
  const byId = new Map<string, AgencyRole[]>();
  for (const role of Object.keys(parties) as AgencyRole[]) {
    for (const p of parties[role]) if ('agency' in p) byId.set(p.agency.id, [...(byId.get(p.agency.id) ?? []), role]);
  }
  return [...byId].map(([id, roles]) => ({ id, roles }));
}

/**
 * Every directive, then every proposal, of every notice (newest notice first), as tracker rows,
 * each with the page of the tracker that lists it when the list is cut into pages of `size`.
 */
export function trackerItems(model: Model, asOf: PartialDate, size = pageSize('tracker')): TrackerItem[] {
  const directives = model.directives.map((d): TrackerItem => {
    const deadline = d.deadline ? { date: parseIsoPartialDate(d.deadline.date), printed: d.deadline.printed } : null;
    return {
      kind: 'directive',
      anchor: `${d.notice.id}-nv-${itemSlug(d.id)}`,
      id: d.id,
      noticeAnchor: noticeItemAnchor(d),
      notice: d.notice,
      label: itemLabel(d),
      topic: d.topic,
      text: d.text,
      response: null,
      addressee: d.addressee.printed,
      requester: null,
      lead: d.lead,
      coordinating: d.coordinating,
      consolidating: [],
      localities: [...new Set(d.addressee.localities)],
      agencies: agencyRoles({ addressee: d.addressee.agencies.map((agency) => ({ agency })), lead: d.lead, coordinating: d.coordinating, consolidating: [] }),
      deadline,
      repeats: d.repeats,
      repeatedBy: d.repeatedBy,
      changes: d.changes,
      reported: d.currentStatus,
      overdue: computeOverdue(deadline?.date ?? null, d.currentStatus, asOf),
      year: d.notice.date.year,
      page: 1,
      source: d,
    };
  });
  const proposals = model.proposals.map((p): TrackerItem => ({
    kind: 'proposal',
    anchor: `${p.notice.id}-kn-${itemSlug(p.id)}`,
    id: p.id,
    noticeAnchor: noticeItemAnchor(p),
    notice: p.notice,
    label: itemLabel(p),
    topic: p.topic,
    text: p.request,
    response: p.response,
    addressee: null,
    requester: p.from,
    lead: p.lead,
    coordinating: p.coordinating,
    consolidating: p.consolidating,
    localities: [...new Set([...('locality' in p.from ? [p.from.locality] : []), ...p.localities])],
    agencies: agencyRoles({ addressee: [], lead: p.lead, coordinating: p.coordinating, consolidating: p.consolidating }),
    deadline: null,
    repeats: [],
    repeatedBy: [],
    changes: p.changes,
    reported: p.currentStatus,
    overdue: null,
    year: p.notice.date.year,
    page: 1,
    source: p,
  }));
  return [...directives, ...proposals].map((item, i) => ({ ...item, page: pageOfIndex(i, size) }));
}

/** The item's units and all their ancestors: filtering by a district also finds its communes' items. */
export function localityFilterIds(item: Pick<TrackerItem, 'localities'>): string[] {
  return [...new Set(item.localities.flatMap((l) => [l.id, ...l.ancestors.map((a) => a.id)]))];
}

/** Roles in the order an agency's page lists its items: what it leads first, what it only assists last. */
export const ROLE_ORDER: readonly AgencyRole[] = ['lead', 'addressee', 'consolidating', 'coordinating'];
const roleRank = (roles: readonly AgencyRole[]): number => Math.min(...roles.map((r) => ROLE_ORDER.indexOf(r)));

/**
 * Items grouped by agency id, in the order of content/agencies.csv; each agency's items in the
 * order of its strongest role (leads, named addressee, consolidates, coordinates), then as the
 * tracker lists them.
 */
export function itemsByAgency(model: Model, items: readonly TrackerItem[]): Map<string, { item: TrackerItem; roles: AgencyRole[] }[]> {
  const map = new Map<string, { item: TrackerItem; roles: AgencyRole[] }[]>([...model.agencyById.keys()].map((id) => [id, []]));
  for (const item of items) for (const a of item.agencies) map.get(a.id)?.push({ item, roles: a.roles });
  for (const list of map.values()) list.sort((a, b) => roleRank(a.roles) - roleRank(b.roles));
  return map;
}

/** Directives addressed to "các sở, ngành" without naming any: every department is concerned, none by name. */
export const generalDirectives = (items: readonly TrackerItem[]): TrackerItem[] =>
  items.filter((i) => i.kind === 'directive' && i.localities.length === 0 && i.agencies.length === 0);

/** The notices of the inspections each agency attended, by agency id, in the model's order (newest first). */
export function noticesByAgency(model: Pick<Model, 'notices'>): Map<string, Notice[]> {
  const out = new Map<string, Notice[]>();
  for (const n of model.notices) {
    for (const a of new Set(n.agencies)) {
      const list = out.get(a.id);
      if (list) list.push(n);
      else out.set(a.id, [n]);
    }
  }
  return out;
}
