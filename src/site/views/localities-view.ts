/**
 * The localities' index (/dia-phuong/): the units since the reform first, then the tree of the
 * register of 01/3/2025 (province → districts → communes) with how many notices each has, and
 * the former units the notices name.
 */
import type { Locality } from '../../domain/model.ts';
import { formatViDate } from '../../domain/vi-date.ts';
import { inSentence, vi } from '../../i18n/vi.ts';
import type { SiteData } from '../compute-site-data.ts';
import type { LocalityRecord } from '../locality-records.ts';
import { countByType, currentByFormerDistrict, reformDate, reformResolutions } from '../reform-eras.ts';
import type { PageHead } from './page-head.ts';

export interface LocalitiesView {
  head: PageHead;
  province: Locality;
  records: ReadonlyMap<string, LocalityRecord>;
  /** The units since the reform, with the date, resolutions, counts by type and the former district each lies in; null before any reform. */
  current: { units: Locality[]; since: string; byType: string; resolutions: string; caption: string; byFormerDistrict: ReturnType<typeof currentByFormerDistrict> } | null;
  /** `01/7/2025`: the end of the register of 01/3/2025 (the reform date, or the date of the 2025 law when there is none). */
  registerUntil: string;
  reformed: boolean;
  /** Units of the register of 01/3/2025 with a page each. */
  oldCount: number;
  districts: Locality[];
  former: Locality[];
  /** ` — 2 thông báo` after a unit with notices; empty otherwise. */
  badge: (id: string) => string;
  /** Whether a unit has notices (its district opens in the tree). */
  hasNotices: (id: string) => boolean;
}

export function localitiesView(site: SiteData): LocalitiesView {
  const { model, localities: records } = site;
  const { province } = model;
  const current = province.currentChildren;
  const reform = reformDate(model);
  const noticeCount = (id: string): number => records.get(id)?.notices.length ?? 0;
  const since = reform ? formatViDate(reform) : '';
  return {
    head: {
      title: vi.nav.localities,
      description: `Các đơn vị hành chính của ${inSentence(model.province.name)} hiện nay (từ 01/7/2025) và trước đó (danh mục 01/3/2025), và kết luận kiểm tra của từng nơi.`,
      section: 'localities',
      crumbs: [{ label: vi.nav.localities }],
    },
    province,
    records,
    current: reform && current.length > 0 ? {
      units: current,
      since,
      byType: countByType(current),
      resolutions: reformResolutions(model).join(', '),
      caption: `${current.length} đơn vị cấp xã của ${province.name} từ ${since}`,
      byFormerDistrict: currentByFormerDistrict(province),
    } : null,
    registerUntil: reform ? since : '01/7/2025',
    reformed: reform !== null,
    oldCount: model.localities.filter((l) => l.status === 'active' && l.validFrom === null).length,
    districts: province.children,
    former: model.localities.filter((l) => l.status === 'former'),
    badge: (id) => (noticeCount(id) > 0 ? ` — ${noticeCount(id)} thông báo` : ''),
    hasNotices: (id) => noticeCount(id) > 0,
  };
}
