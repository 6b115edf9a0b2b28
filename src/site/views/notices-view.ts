/** The list of notices (/thong-bao/, trang-2/, …): newest first, grouped by year within a page. */
import type { Notice } from '../../domain/model.ts';
import { vi } from '../../i18n/vi.ts';
import type { SiteData } from '../compute-site-data.ts';
import { pageSize, paginateList, type Page } from '../paging.ts';
import type { PageHead } from './page-head.ts';

/** Every notice, newest first, in pages of PAGE_SIZES.notices. */
export function noticePages(site: SiteData): Page<Notice>[] {
  return paginateList(site.model.notices, pageSize('notices'));
}

/** One page of the list of notices. */
export function noticesView(site: SiteData, page: Page<Notice>): { head: PageHead; total: number; page: Page<Notice>; years: { year: number; notices: Notice[] }[] } {
  const { model } = site;
  return {
    head: {
      title: page.number > 1 ? `${vi.nav.notices} (trang ${page.number}/${page.count})` : vi.nav.notices,
      description: `Danh sách thông báo kết luận kiểm tra của ${vi.siteOwner(model.province.name)}, mới nhất trước.`,
      section: 'notices',
      crumbs: [{ label: vi.nav.notices }],
    },
    total: model.notices.length,
    page,
    years: [...new Set(page.items.map((n) => n.date.year))].map((year) => ({ year, notices: page.items.filter((n) => n.date.year === year) })),
  };
}
