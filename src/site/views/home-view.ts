/** The home page: the province and its units in both eras, the latest notice's headline figures, the latest notices. */
import type { Figure, Locality, Notice } from '../../domain/model.ts';
import { formatViDate } from '../../domain/vi-date.ts';
import { vi } from '../../i18n/vi.ts';
import type { SiteData } from '../compute-site-data.ts';
import { keyFigures } from '../key-figures.ts';
import { countByType, reformDate } from '../reform-eras.ts';
import type { PageHead } from './page-head.ts';

export interface HomeView {
  head: PageHead;
  province: Locality;
  /** Units of the register of 01/3/2025: districts, and communes of before the reform. */
  districts: number;
  communes: number;
  /** The province's commune-level units since the reform, `61 xã, 4 phường`, and since when; null before any reform. */
  current: { count: number; byType: string; since: string } | null;
  totals: { notices: number; figures: number; directives: number; proposals: number };
  /** The newest notice with the units it inspected and its first four headline figures; null with no notice. */
  latest: { notice: Notice; inspected: Locality[]; headline: Figure[] } | null;
  /** The ten newest notices. */
  notices: Notice[];
}

export function homeView(site: SiteData): HomeView {
  const { model } = site;
  const { province } = model;
  const latest = model.notices[0];
  const current = province.currentChildren;
  const reform = reformDate(model);
  return {
    head: {
      title: vi.siteName,
      description: `Kết luận kiểm tra của ${vi.siteOwner(model.province.name)} tại các huyện, xã: số liệu, tồn tại, nhiệm vụ, kiến nghị, có nguồn nguyên văn.`,
      section: 'home',
      crumbs: [],
    },
    province,
    districts: province.children.length,
    communes: model.localities.filter((l) => l.level === 'xa' && l.status === 'active' && l.validFrom === null).length,
    current: current.length > 0 && reform ? { count: current.length, byType: countByType(current), since: formatViDate(reform) } : null,
    totals: { notices: model.notices.length, figures: model.figures.length, directives: model.directives.length, proposals: model.proposals.length },
    latest: latest ? { notice: latest, inspected: latest.inspected, headline: keyFigures(latest.figures, model.indicators).slice(0, 4) } : null,
    notices: model.notices.slice(0, 10),
  };
}
