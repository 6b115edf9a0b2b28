/** The open-data page (/du-lieu/): every table whole, the units and notices with files of their own, each field. */
import type { Locality, Notice } from '../../domain/model.ts';
import { vi } from '../../i18n/vi.ts';
import type { SiteData } from '../compute-site-data.ts';
import { slicesFor, type TableSlice } from '../open-data/downloads.ts';
import { PREVIEW } from '../paging.ts';
import type { PageHead } from './page-head.ts';

export interface DataView {
  head: PageHead;
  provinceName: string;
  /** Each table whole. */
  whole: TableSlice[];
  /** Units with files of their own beyond the succession table (figures, findings, directives or proposals). */
  localities: Locality[];
  /** The latest notices, with how many there are in all. */
  notices: { items: Notice[]; total: number };
}

export function dataView(site: SiteData): DataView {
  const { model, byScope } = site;
  return {
    head: {
      title: 'Dữ liệu mở',
      description: 'Tải mọi bảng dữ liệu của cổng (CSV, CSV cho Excel, JSON), theo từng địa phương, từng thông báo hoặc toàn bộ; ý nghĩa từng cột; datapackage.json.',
      section: 'data',
      crumbs: [{ label: vi.nav.data }],
    },
    provinceName: model.province.name,
    whole: slicesFor(byScope, { kind: 'all' }),
    localities: model.localities.filter((l) => slicesFor(byScope, { kind: 'locality', slug: l.slug }).some((s) => s.table.name !== 'ke-thua')),
    notices: { items: model.notices.slice(0, PREVIEW.notices), total: model.notices.length },
  };
}
