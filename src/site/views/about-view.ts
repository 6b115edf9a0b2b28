/** The about page (/gioi-thieu/): what the portal publishes, how, its indicators and sources. */
import type { Indicator } from '../../domain/model.ts';
import { vi } from '../../i18n/vi.ts';
import type { SiteData } from '../compute-site-data.ts';
import { reformResolutions } from '../reform-eras.ts';
import type { PageHead } from './page-head.ts';

export function aboutView(site: SiteData): { head: PageHead; provinceName: string; indicators: Indicator[]; resolutions: string } {
  const { model } = site;
  return {
    head: {
      title: vi.nav.about,
      description: 'Cổng công bố gì, số liệu được lưu và kiểm tra thế nào, nguồn dữ liệu và giấy phép.',
      section: 'about',
      crumbs: [{ label: vi.nav.about }],
    },
    provinceName: model.province.name,
    indicators: model.indicators,
    resolutions: reformResolutions(model).join(', '),
  };
}
