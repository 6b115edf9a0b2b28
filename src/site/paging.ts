/**
 * Long lists in pages a phone can load: a list is cut into pages of a fixed size, page 1 at the
 * list's own address and page n at `<address>trang-n/` (no diacritics). Summaries above a list
 * are computed by the pages over the whole list, never over one page. Each page links every
 * other (components/Pager.astro), and the complete list is one click away as open data.
 *
 * Not Astro's `paginate()`: it names page n by the bare number (`/nhiem-vu/2/`), where the
 * portal's addresses say what they are in Vietnamese (`/nhiem-vu/trang-2/`), and the pages here
 * must also be known outside their route (a directive's link on an agency page goes to the page
 * of the tracker that holds it: `pageOfIndex`).
 */
import { trackerUrl } from './urls.ts';

/**
 * Items per page, by list. Sized so that a page of real notices (longer texts than the generated
 * ones, which compress better) stays well within the 30 KB gzip HTML budget.
 */
export const PAGE_SIZES = {
  /** Directives and proposals on /nhiem-vu/ (about 0.4 KB gzip each). */
  tracker: 40,
  /** Rows of an indicator's table of every figure, /chi-tieu/<id>/ (page 1 also holds its charts). */
  indicatorFigures: 40,
  /** Rows of a unit's own list pages, /dia-phuong/<slug>/<list>/. */
  unitList: 40,
  /** Notices on /thong-bao/ and briefings on /ban-in/. */
  notices: 100,
  /** An agency's items and notices, /co-quan/<id>/. */
  agencyItems: 40,
} as const;
export type PagedList = keyof typeof PAGE_SIZES;

/**
 * How many items of each list a unit's page shows before "Xem tất cả N …" (the latest first),
 * and the limits of charts that would otherwise grow with the archive.
 */
export const PREVIEW = {
  figures: 15,
  findings: 10,
  directives: 10,
  proposals: 10,
  notices: 10,
  /** Bars (points in time) of a chart of one indicator over time: the latest ones. */
  seriesPoints: 8,
  /** Charts over time on an indicator's page (one per locality could be hundreds); the others are linked. */
  seriesCharts: 4,
} as const;

/**
 * How many of each list a printed briefing (/ban-in/dia-phuong/…) shows, the latest first, so that
 * it stays on one or two A4 pages; a line says how many more there are and at which address.
 */
export const BRIEFING = {
  shortcomings: 3,
  directives: 7,
  proposals: 3,
  notices: 1,
  /** Communes in the province briefing's chart of criteria and works met (and 1 per district in its table). */
  communeBars: 10,
  communesPerDistrict: 1,
} as const;

/**
 * Page size of a list: `TP_PAGE_SIZE` (any positive integer) overrides every list's size, so a
 * test can page a small generated archive; otherwise PAGE_SIZES.
 */
export function pageSize(list: PagedList, env: Record<string, string | undefined> = process.env): number {
  const override = Number(env['TP_PAGE_SIZE']);
  return Number.isInteger(override) && override > 0 ? override : PAGE_SIZES[list];
}

export interface Page<T> {
  /** 1-based. */
  number: number;
  /** How many pages the list has (at least 1, even when the list is empty). */
  count: number;
  items: T[];
  /** Index in the whole list of this page's first item (0-based). */
  start: number;
  /** Items in the whole list. */
  total: number;
}

/** Cuts a list into pages of `size` items, in its order; an empty list is one empty page. */
export function paginateList<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`Page size must be a positive integer, not ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    count,
    items: items.slice(i * size, (i + 1) * size),
    start: i * size,
    total: items.length,
  }));
}

/** The page of the item at `index` (0-based) in a list cut into pages of `size`. */
export const pageOfIndex = (index: number, size: number): number => Math.floor(index / size) + 1;

/** The address of page `n` of the list at `base` (which ends with a slash): page 1 is `base` itself. */
export const pagePath = (base: string, n: number): string => (n <= 1 ? base : `${base}trang-${n}/`);

/** The rest parameter of a paged route (`[...trang].astro`): none for page 1, `trang-n` after. */
export const pageParam = (n: number): string | undefined => (n <= 1 ? undefined : `trang-${n}`);

/**
 * The page numbers a pager links, in order, with `null` where numbers are left out: every page
 * when there are few, else the first, the last, and two either side of the current one.
 */
export function pagerNumbers(current: number, count: number, around = 2): (number | null)[] {
  if (count <= 2 * around + 5) return Array.from({ length: count }, (_, i) => i + 1);
  const shown = new Set([1, count]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= count) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  return sorted.flatMap((n, i) => (i > 0 && n - sorted[i - 1]! > 1 ? [null, n] : [n]));
}

/** A directive or proposal on its page of the tracker (see trackerItems: `page` is set there). */
export const trackerItemPageUrl = (item: { anchor: string; page: number }): string => `${pagePath(trackerUrl, item.page)}#${item.anchor}`;
