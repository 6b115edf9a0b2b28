/**
 * The map pages: the province's districts (before 01/7/2025) shaded by each indicator that has
 * district figures (/ban-do/, /ban-do/<indicator>/), and the units since the reform listed by
 * former district where a map of them would be (/ban-do/don-vi-hien-nay/).
 */
import type { Indicator, Locality } from '../../domain/model.ts';
import { formatViDate } from '../../domain/vi-date.ts';
import { vi } from '../../i18n/vi.ts';
import type { SiteData } from '../compute-site-data.ts';
import { indicatorMap, MAP_WIDTH, type IndicatorMap } from '../map/map-data.ts';
import { currentByFormerDistrict, reformDate, reformResolutions } from '../reform-eras.ts';
import { mapUrl } from '../urls.ts';
import type { PageHead } from './page-head.ts';

/** A map page: one indicator's map and every indicator a map exists for (the picker). */
export interface MapView {
  map: IndicatorMap;
  indicators: Indicator[];
}

/** The map of every indicator that has one. */
export function mapPages(site: SiteData): MapView[] {
  const { model, mappable, mapGeometry } = site;
  return mappable.map((indicator) => ({ map: indicatorMap(model, indicator, mapGeometry(MAP_WIDTH)), indicators: mappable }));
}

/**
 * The province map page: the first mappable indicator's map, or why there is none (no district
 * figures yet, or no boundaries in content/portal.yaml).
 */
export function defaultMapView(site: SiteData): MapView | { head: PageHead; why: string } {
  const { model, mappable, mapGeometry } = site;
  const first = mappable[0];
  if (first) return { map: indicatorMap(model, first, mapGeometry(MAP_WIDTH)), indicators: mappable };
  return {
    head: { title: vi.nav.map, description: vi.map.none, crumbs: [{ label: vi.nav.map }] },
    why: model.districtShapes.length === 0 ? vi.map.noBoundaries : vi.map.none,
  };
}

/** The units since the reform by former district, with the date and resolutions of the reform. */
export function currentUnitsMapView(site: SiteData): { head: PageHead; title: string; province: Locality; since: string; resolutions: string; groups: ReturnType<typeof currentByFormerDistrict> } {
  const { model } = site;
  const { province } = model;
  const reform = reformDate(model);
  const since = reform ? formatViDate(reform) : '';
  const title = `Các đơn vị hiện nay (từ ${since})`;
  return {
    head: {
      title,
      description: `${province.currentChildren.length} đơn vị hành chính cấp xã của ${province.name} từ ${since}, xếp theo địa bàn huyện cũ.`,
      section: 'indicators',
      crumbs: [{ href: mapUrl, label: vi.nav.map }, { label: title }],
    },
    title,
    province,
    since,
    resolutions: reformResolutions(model).join(', '),
    groups: currentByFormerDistrict(province),
  };
}
