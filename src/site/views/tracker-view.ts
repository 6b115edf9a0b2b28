/**
 * The tracker (/nhiem-vu/, trang-2/, …): every directive and proposal, complete without
 * JavaScript, in pages; page 1 opens with the counts by status over the whole list. The filters
 * filter the page they are on and list what it holds, with how many of each.
 */
import { vi } from '../../i18n/vi.ts';
import type { SiteData } from '../compute-site-data.ts';
import { pageSize, paginateList, type Page } from '../paging.ts';
import { filterStatuses, localityFilterIds, type TrackerItem, type TrackerStatus } from '../tracker.ts';
import type { FollowUpCounts } from '../follow-up.ts';
import { overdueFeedUrl } from '../urls.ts';
import type { PageHead } from './page-head.ts';

/** What the filters read of an item (data attributes of its entry). */
export interface ItemFilterData {
  localities: string[];
  agencies: string[];
  statuses: TrackerStatus[];
  year: number;
}

/** One option of a filter: the value it filters on, what it is called and how many items of this page it has. */
export interface FilterOption {
  value: string;
  name: string;
  count: number;
}

/** The tracker in pages of PAGE_SIZES.tracker. */
export function trackerPages(site: SiteData): Page<TrackerItem>[] {
  return paginateList(site.items, pageSize('tracker'));
}

export interface TrackerView {
  head: PageHead;
  page: Page<TrackerItem>;
  paged: boolean;
  /** Items in the whole list, notices they come from, and the counts by kind and status. */
  total: number;
  notices: number;
  counts: SiteData['trackerCounts'];
  /** Every status in the order of vi.status, with its row label and count over the whole list. */
  statusRows: { status: TrackerStatus; label: string; count: number }[];
  /** The feed of items newly overdue, under a public address (RSS needs one). */
  overdueFeed: string | null;
  /** The four-way count over the whole list (site/follow-up.ts). */
  followUp: FollowUpCounts;
  /** `Tải danh sách:`, or of every page when there are several. */
  downloads: string;
  /** The filter data of each item of this page, in order. */
  filterData: ItemFilterData[];
  filters: { localities: FilterOption[]; agencies: FilterOption[]; statuses: FilterOption[]; years: FilterOption[]; pageNote: string | undefined };
}

const filterOf = (item: TrackerItem): ItemFilterData => ({
  localities: localityFilterIds(item),
  agencies: item.agencies.map((a) => a.id),
  statuses: filterStatuses(item),
  year: item.year,
});

const countOf = <T>(values: T[]): Map<T, number> => values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<T, number>());

/** One page of the tracker. */
export function trackerView(site: SiteData, page: Page<TrackerItem>): TrackerView {
  const { model, items: all, trackerCounts: counts } = site;
  const paged = page.count > 1;
  // The filters list what this page holds (they filter this page); the counts by status are the whole list's.
  const filterData = page.items.map(filterOf);
  const byLocality = countOf(filterData.flatMap((f) => f.localities));
  const byAgency = countOf(filterData.flatMap((f) => f.agencies));
  const byStatus = countOf(filterData.flatMap((f) => f.statuses));
  const byYear = countOf(filterData.map((f) => f.year));
  const statusOrder = Object.keys(vi.status) as TrackerStatus[];
  return {
    head: {
      title: page.number > 1 ? `${vi.tracker.title} (trang ${page.number}/${page.count})` : vi.tracker.title,
      description: `Mọi nhiệm vụ và kiến nghị trong các thông báo kết luận kiểm tra của ${vi.siteOwner(model.province.name)}: giao cho ai, ai chủ trì, phối hợp, thời hạn và trạng thái.`,
      section: 'tracker',
      crumbs: [{ label: vi.nav.tracker }],
    },
    page,
    paged,
    total: all.length,
    notices: model.notices.length,
    counts,
    statusRows: statusOrder.map((s) => ({ status: s, label: s === 'qua-han' ? `${vi.status[s]} (báo cáo hoặc tính toán)` : vi.status[s], count: counts.byStatus.get(s) ?? 0 })),
    followUp: site.trackerFollowUp,
    overdueFeed: site.publicAddress ? overdueFeedUrl : null,
    downloads: `${paged ? 'Tải toàn bộ danh sách (mọi trang)' : 'Tải danh sách'}:`,
    filterData,
    filters: {
      localities: model.localities.filter((l) => byLocality.has(l.id)).map((l) => ({ value: l.id, name: l.name, count: byLocality.get(l.id)! })),
      agencies: model.agencies.filter((a) => byAgency.has(a.id)).map((a) => ({ value: a.id, name: a.name, count: byAgency.get(a.id)! })),
      statuses: statusOrder.filter((s) => byStatus.has(s)).map((s) => ({ value: s, name: vi.status[s], count: byStatus.get(s)! })),
      years: [...byYear].sort((a, b) => b[0] - a[0]).map(([y, n]) => ({ value: String(y), name: String(y), count: n })),
      pageNote: paged ? `Bộ lọc chỉ lọc ${page.items.length} mục của trang này (trang ${page.number}/${page.count}). Để xem theo một cơ quan trong toàn bộ danh sách, mở trang ${vi.nav.agencies}; theo một địa phương, mở trang của địa phương đó; mọi mục: tải toàn bộ danh sách (CSV) ở đầu trang.` : undefined,
    },
  };
}
