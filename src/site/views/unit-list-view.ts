/**
 * A unit's list in full, in pages (/dia-phuong/<slug>/<list>/, trang-2/, …; site/unit-lists.ts):
 * its figures, findings, directives, proposals, notices, or the notices about the units below it.
 * Only lists longer than the unit's page shows get these pages.
 */
import { vi } from '../../i18n/vi.ts';
import type { SiteData } from '../compute-site-data.ts';
import type { LocalityRecord } from '../locality-records.ts';
import { slicesFor } from '../open-data/downloads.ts';
import { pageSize, paginateList, type Page } from '../paging.ts';
import type { StatusOf } from '../tracker.ts';
import { isCapped, UNIT_LISTS, unitListUrl, unitLists, type UnitList } from '../unit-lists.ts';
import { dataFileUrl, localitiesUrl, localityUrl } from '../urls.ts';
import type { PageHead } from './page-head.ts';

/** Every page of every capped list of every unit. */
export function unitListPages(site: SiteData): { record: LocalityRecord; list: UnitList; page: Page<unknown> }[] {
  return [...site.localities.values()].flatMap((record) =>
    unitLists(record).filter(isCapped).flatMap((list) =>
      paginateList<unknown>(list.items, pageSize('unitList')).map((page) => ({ record, list, page }))));
}

// The open-data table holding the whole list, where one does (per unit: /du-lieu/dia-phuong/<slug>/).
const TABLE = { 'so-lieu': 'so-lieu', 'ket-luan': 'ket-luan', 'nhiem-vu': 'nhiem-vu', 'kien-nghi': 'kien-nghi', 'thong-bao': 'thong-bao', 'thong-bao-don-vi-truc-thuoc': null } as const;

export interface UnitListView {
  record: LocalityRecord;
  head: PageHead;
  /** `Tất cả số liệu: Huyện Tràng Định`. */
  heading: string;
  meta: (typeof UNIT_LISTS)[UnitList['key']];
  /** Items in the whole list. */
  total: number;
  /** This page's items, of the same list. */
  shown: UnitList;
  page: Page<unknown>;
  base: string;
  /** The whole list as open data (CSV for Excel, JSON), when the unit has a file of it. */
  downloads: { csv: string; json: string } | null;
  statusOf: StatusOf;
}

/** One page of a unit's list. */
export function unitListView(site: SiteData, record: LocalityRecord, list: UnitList, page: Page<unknown>): UnitListView {
  const { locality: l, ancestors } = record;
  const meta = UNIT_LISTS[list.key];
  const table = TABLE[list.key];
  const scope = { kind: 'locality', slug: l.slug } as const;
  const hasDownload = table !== null && slicesFor(site.byScope, scope).some((s) => s.table.name === table);
  const title = `${meta.title}: ${l.name}`;
  return {
    record,
    head: {
      title: page.number > 1 ? `${title} (trang ${page.number}/${page.count})` : title,
      description: `${meta.title} về ${l.name} trong các thông báo kết luận kiểm tra (${list.items.length} ${meta.noun}).`,
      section: 'localities',
      crumbs: [{ href: localitiesUrl, label: vi.nav.localities }, ...ancestors.map((a) => ({ href: localityUrl(a), label: a.name })), { href: localityUrl(l), label: l.name }, { label: meta.title }],
    },
    heading: title,
    meta,
    total: list.items.length,
    shown: { ...list, items: list.items.slice(page.start, page.start + page.items.length) } as UnitList,
    page,
    base: unitListUrl(l, list.key),
    downloads: hasDownload ? { csv: dataFileUrl(scope, table, 'csv-excel'), json: dataFileUrl(scope, table, 'json') } : null,
    statusOf: site.statusOf,
  };
}
