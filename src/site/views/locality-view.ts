/**
 * Everything a unit's page (/dia-phuong/<slug>/) and its printable briefing
 * (/ban-in/dia-phuong/<slug>/) show: one view for both, so the charts, the history sentences and
 * the lists they shorten are decided in one place.
 */
import type { DirectiveItem, Figure, FindingItem, Indicator, Locality, Model, Notice, NtmCriterion, ProposalItem } from '../../domain/model.ts';
import { formatViDate } from '../../domain/vi-date.ts';
import { vi } from '../../i18n/vi.ts';
import { briefingPeriod } from '../briefing.ts';
import type { ChartSpec } from '../charts/chart-spec.ts';
import { childComparisonCharts } from '../charts/child-comparison.ts';
import { localityCharts } from '../charts/locality-charts.ts';
import type { SiteData } from '../compute-site-data.ts';
import { figureSeries } from '../figure-series.ts';
import { historySentences } from '../locality-history.ts';
import type { LocalityRecord } from '../locality-records.ts';
import { LOCATOR_WIDTH } from '../map/locator-svg.ts';
import type { MapGeometry } from '../map/map-svg.ts';
import { slicesFor, type TableSlice } from '../open-data/downloads.ts';
import { BRIEFING } from '../paging.ts';
import { formerUnitLabel, historyOf, inheritedItems, type HistoryEntry, type InheritedItems } from '../reform-eras.ts';
import type { StatusOf } from '../tracker.ts';
import { followUpCounts, followUpLine, type FollowUpCounts } from '../follow-up.ts';
import { fullListUrl, preview, UNIT_LISTS, unitListUrl, type UnitListKey } from '../unit-lists.ts';
import { localitiesUrl, localityUrl } from '../urls.ts';
import { localityAlerts, localityRows, type AlertScope } from './alerts-view.ts';
import { contentsOf, type ContentsEntry, type PageHead } from './page-head.ts';

/** The line under a shortened list (components/MoreLink.astro): how many are shown, where the rest are. */
export interface More {
  shown: number;
  total: number;
  noun: string;
  href: string;
  about: string;
}

/** The line under a shortened list of a briefing (components/briefing/BriefingMore.astro). */
export interface BriefingMore {
  shown: number;
  total: number;
  noun: string;
  path: string;
}

/** A list as the page shows it: its latest items, and the line that says how many more. */
export interface Shortened<T> {
  items: readonly T[];
  more: More;
}

export interface LocalityView {
  record: LocalityRecord;
  locality: Locality;
  head: PageHead;
  /** `Cấp xã · Mã 06013`, or the words for a unit without a code; the parent is linked after it. */
  levelAndCode: string;
  parent: Locality | undefined;
  /** What became of the unit, what it was formed from (site/locality-history.ts). */
  history: string[];
  contents: ContentsEntry[];
  locator: MapGeometry;
  charts: ChartSpec[];
  /** Figures over time, two or more dates of one indicator, locality and subject. */
  readonly series: Figure[][];
  figures: Shortened<Figure>;
  findings: Shortened<FindingItem>;
  directives: Shortened<DirectiveItem>;
  proposals: Shortened<ProposalItem>;
  notices: Shortened<Notice>;
  descendantNotices: Shortened<Notice>;
  /** A unit since the reform: its predecessors' notices and figures, under their own names; null before it. */
  readonly predecessorHistory: HistoryEntry[] | null;
  /** The commune-level units of today under this unit, with the date they began; null when none. */
  currentUnits: { units: Locality[]; caption: string; since: string } | null;
  readonly childCharts: ChartSpec[];
  readonly downloads: TableSlice[];
  records: ReadonlyMap<string, LocalityRecord>;
  reform: Model['reform'];
  indicators: Indicator[];
  ntmCriteria: NtmCriterion[];
  statusOf: StatusOf;
  /** Its calendar of deadlines and its feed, where the build writes them. */
  alerts: AlertScope;
  /** The four-way count of the directives and proposals concerning it, and its predecessors' for a unit since the reform (site/follow-up.ts). */
  followUp: FollowUpCounts;
  /** Whom the count is of, for its caption: `về Xã Thất Khê và các đơn vị cũ`. */
  followUpOf: string;
  /** For a unit since the reform: whether the count includes its predecessors' items, and whose; null before it. */
  followUpScope: string | null;
  /** A unit since the reform: the directives and proposals its predecessors were given, each under the old unit (history); null before it. */
  readonly inherited: InheritedItems | null;
  readonly briefing: LocalityBriefing;
}

/** The briefing: a province sets its districts side by side; any other unit has up to four sections. */
export interface LocalityBriefing {
  isProvince: boolean;
  description: string;
  subject: string;
  period: string;
  livePath: string;
  history: string[];
  /** The four-way count in one line; null when no item concerning it states a deadline. */
  followUp: string | null;
  /** Whether the count includes the predecessors' items (as on the page); null for a unit before the reform. */
  followUpScope: string | null;
  /** A unit since the reform: its predecessors' directives and proposals, each under the old unit's name. */
  inherited: { items: { item: DirectiveItem | ProposalItem; from: string }[]; more: BriefingMore } | null;
  /** The notices it is compiled from, all of them (`sources` lists the latest). */
  notices: Notice[];
  /** The sections shown, each with its number (I, II, … in this order; a section without items is left out). */
  numbered: Partial<Record<'so-lieu' | 'ton-tai' | 'nhiem-vu' | 'kien-nghi' | 'lich-su', string>>;
  shortcomings: { items: FindingItem[]; more: BriefingMore };
  directives: { items: DirectiveItem[]; more: BriefingMore };
  proposals: { items: ProposalItem[]; more: BriefingMore };
  sources: { items: Notice[]; more: BriefingMore };
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V'];

/** The view of the unit of `record`. */
export function localityView(site: SiteData, record: LocalityRecord): LocalityView {
  const { model, byScope, mapGeometry, statusOf, localities: records } = site;
  const { locality: l, ancestors, children, childRecords, notices, descendantNotices, figures, findings, directives, proposals } = record;
  const charts = localityCharts(figures);
  const codeText = l.code ? `${vi.code} ${l.code}` : vi.codeUnknown;
  // Each long list shows its latest items here and links to its own pages (site/unit-lists.ts).
  const shortened = <T>(key: UnitListKey, items: readonly T[], about = `về ${l.name}`): Shortened<T> => ({
    items: preview(key, items),
    more: { shown: Math.min(items.length, UNIT_LISTS[key].preview), total: items.length, noun: UNIT_LISTS[key].noun, href: unitListUrl(l, key), about },
  });
  const history = historySentences(l, model);
  const rows = localityRows(site, l);
  const followUp = followUpCounts([...rows.own, ...rows.inherited], site.asOf);
  const since = l.currentChildren[0]?.validFrom;
  const pastUnits = l.validFrom !== null ? historyOf(l, records) : null;
  const inherited = pastUnits ? inheritedItems(pastUnits) : null;
  const followUpScope = scopeOfCount(l, pastUnits, inherited);
  return {
    record,
    locality: l,
    head: {
      title: l.name,
      description: notices.length > 0
        ? `${l.name}: số liệu, kết luận, nhiệm vụ và kiến nghị từ ${notices.length} thông báo kết luận kiểm tra của ${vi.siteOwner(model.province.name)}.`
        : `${l.name} (${codeText}): chưa có thông báo kết luận kiểm tra nào được công bố.`,
      section: 'localities',
      crumbs: [{ href: localitiesUrl, label: vi.nav.localities }, ...ancestors.map((a) => ({ href: localityUrl(a), label: a.name })), { label: l.name }],
    },
    levelAndCode: `${vi.levelName[l.level]} · ${codeText}`,
    parent: ancestors.at(-1),
    history,
    // Sections in page order, for the contents list (only those the page shows).
    contents: notices.length === 0 ? [] : contentsOf([
      figures.length > 0 && { id: 'so-lieu', label: 'Số liệu chính' },
      charts.length > 0 && { id: 'bieu-do', label: 'Biểu đồ' },
      record.criteria.length > 0 && { id: 'tieu-chi-ntm', label: 'Tiêu chí nông thôn mới' },
      figures.length > 0 && { id: 'tat-ca-so-lieu', label: `Tất cả số liệu (${figures.length})` },
      findings.length > 0 && { id: 'nhan-dinh', label: 'Kết luận' },
      { id: 'nhiem-vu', label: `Nhiệm vụ được giao (${directives.length})` },
      proposals.length > 0 && { id: 'kien-nghi', label: `Kiến nghị, đề xuất (${proposals.length})` },
      { id: 'thong-bao', label: 'Thông báo liên quan' },
      { id: 'tai-du-lieu', label: 'Tải dữ liệu' },
      children.length > 0 && { id: 'don-vi-truc-thuoc', label: `Đơn vị trực thuộc (${children.length})` },
    ]),
    locator: mapGeometry(LOCATOR_WIDTH),
    charts,
    // What only one of the page and the briefing shows is computed when that one reads it.
    get series() {
      return figureSeries(figures);
    },
    figures: shortened('so-lieu', figures),
    findings: shortened('ket-luan', findings),
    directives: shortened('nhiem-vu', directives),
    proposals: shortened('kien-nghi', proposals),
    notices: shortened('thong-bao', notices),
    descendantNotices: shortened('thong-bao-don-vi-truc-thuoc', descendantNotices, `về các đơn vị trực thuộc ${l.name}`),
    predecessorHistory: pastUnits,
    inherited,
    currentUnits: l.currentChildren.length === 0 ? null : {
      units: l.currentChildren,
      caption: `Các đơn vị cấp xã của ${l.name}, từ ${since ? formatViDate(since) : ''}`,
      since: since ? formatViDate(since) : '',
    },
    get childCharts() {
      return childComparisonCharts(childRecords);
    },
    get downloads() {
      return slicesFor(byScope, { kind: 'locality', slug: l.slug });
    },
    records,
    reform: model.reform,
    indicators: model.indicators,
    ntmCriteria: model.ntmCriteria,
    statusOf,
    followUp,
    followUpOf: rows.inherited.length > 0 ? `về ${l.name} và các đơn vị cũ` : `về ${l.name}`,
    followUpScope,
    alerts: localityAlerts(site, l, rows),
    get briefing() {
      return localityBriefing(record, history, followUpLine(followUp, vi.followUp, formatViDate(site.asOf)), followUpScope, inherited);
    },
  };
}

/**
 * For a unit since the reform, the sentence under its four-way count: it counts its
 * predecessors' items too (how many, whose), or none of them had any. Null before the reform.
 */
function scopeOfCount(l: Locality, entries: readonly HistoryEntry[] | null, inherited: InheritedItems | null): string | null {
  if (!entries || !inherited || entries.length === 0 || !l.validFrom) return null;
  const when = `trước ${formatViDate(l.validFrom)}`;
  const n = inherited.directives.length + inherited.proposals.length;
  if (n === 0) return vi.history.countExcludes(vi.history.formers(entries.map((e) => e.unit.name), `đơn vị cũ, ${when}`));
  const from = [...new Set([...inherited.directives, ...inherited.proposals].map((x) => x.from.name))];
  return vi.history.countIncludes(n, vi.history.formers(from, `đơn vị cũ, ${when}`));
}

/** The briefing part of the view: each list its latest items, so it stays on one or two pages. */
function localityBriefing(
  record: LocalityRecord,
  history: string[],
  followUp: string | null,
  followUpScope: string | null,
  inherited: InheritedItems | null,
): LocalityBriefing {
  const { locality: l, notices, findings, directives, proposals } = record;
  const isProvince = l.level === 'tinh';
  // A unit since the reform is briefed on its own notices and, as history, its predecessors'.
  const sources = isProvince ? record.descendantNotices : [...new Set([...notices, ...record.predecessorNotices])];
  const past = inherited ? [...inherited.directives, ...inherited.proposals].map(({ item, from }) => ({ item, from: formerUnitLabel(from, l) })) : [];
  const shortcomings = findings.filter((f) => f.kind === 'shortcoming');
  const cut = <T>(items: readonly T[], limit: number, noun: string, key: UnitListKey): { items: T[]; more: BriefingMore } => ({
    items: items.slice(0, limit),
    more: { shown: Math.min(items.length, limit), total: items.length, noun, path: fullListUrl(record, key) },
  });
  return {
    isProvince,
    description: `Bản tóm tắt in khổ A4 về ${l.name}: số liệu, biểu đồ, tồn tại, nhiệm vụ, kiến nghị và nguồn.`,
    subject: isProvince ? `${l.name}: các huyện, thành phố` : l.name,
    period: briefingPeriod(sources),
    livePath: localityUrl(l),
    history: isProvince ? [] : history,
    followUp,
    followUpScope: followUp === null ? null : followUpScope,
    inherited: inherited === null || past.length === 0 ? null : {
      items: past.slice(0, BRIEFING.directives),
      more: { shown: Math.min(past.length, BRIEFING.directives), total: past.length, noun: 'nhiệm vụ, kiến nghị của đơn vị cũ', path: localityUrl(l) },
    },
    notices: sources,
    numbered: isProvince ? {} : Object.fromEntries(
      (['so-lieu', shortcomings.length > 0 && 'ton-tai', directives.length > 0 && 'nhiem-vu', proposals.length > 0 && 'kien-nghi', past.length > 0 && 'lich-su'] as const)
        .filter((key) => key !== false)
        .map((key, i) => [key, ROMAN[i]!]),
    ),
    shortcomings: cut(shortcomings, BRIEFING.shortcomings, 'tồn tại, hạn chế', 'ket-luan'),
    directives: cut(directives, BRIEFING.directives, 'nhiệm vụ', 'nhiem-vu'),
    proposals: cut(proposals, BRIEFING.proposals, 'kiến nghị', 'kien-nghi'),
    sources: cut(sources, BRIEFING.notices, 'thông báo', isProvince ? 'thong-bao-don-vi-truc-thuoc' : 'thong-bao'),
  };
}
