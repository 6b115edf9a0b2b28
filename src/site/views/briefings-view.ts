/**
 * The list of printable briefings (/ban-in/, trang-2/, …): the localities' on page 1, the
 * notices', newest first, in pages of PAGE_SIZES.notices.
 */
import type { BriefingRef } from '../briefing.ts';
import type { SiteData } from '../compute-site-data.ts';
import { pageSize, paginateList, type Page } from '../paging.ts';
import { briefingsUrl } from '../urls.ts';
import type { PageHead } from './page-head.ts';

/** The notices' briefings in pages (the localities' are all on page 1). */
export function briefingPages(site: SiteData): Page<BriefingRef>[] {
  return paginateList(site.briefings.filter((b) => b.url.startsWith(`${briefingsUrl}thong-bao/`)), pageSize('notices'));
}

/** One page of the list of briefings. */
export function briefingsView(site: SiteData, page: Page<BriefingRef>): { head: PageHead; byLocality: BriefingRef[]; page: Page<BriefingRef> } {
  return {
    head: {
      title: page.number > 1 ? `Bản in (trang ${page.number}/${page.count})` : 'Bản in',
      description: 'Bản tóm tắt in khổ A4 cho từng địa phương và từng thông báo kết luận kiểm tra, kèm tệp PDF.',
      crumbs: [{ label: 'Bản in' }],
    },
    byLocality: site.briefings.filter((b) => b.url.startsWith(`${briefingsUrl}dia-phuong/`)),
    page,
  };
}
