/**
 * The indicators' pages: the list (/chi-tieu/) and one indicator (/chi-tieu/<id>/, trang-2/, …):
 * what it means, each era's units ranked apart, its course over time, every figure ranked as the
 * chart is, in pages.
 */
import type { Figure, Indicator } from '../../domain/model.ts';
import { formatViDate } from '../../domain/vi-date.ts';
import { vi } from '../../i18n/vi.ts';
import type { ChartSpec } from '../charts/chart-spec.ts';
import { comparisonChart, rankFigures } from '../charts/comparison-chart.ts';
import type { SiteData } from '../compute-site-data.ts';
import type { IndicatorRecord } from '../indicator-records.ts';
import { pageSize, paginateList, type Page } from '../paging.ts';
import { reformDate, splitByEra } from '../reform-eras.ts';
import { indicatorsUrl } from '../urls.ts';
import type { PageHead } from './page-head.ts';

/** The list of indicators, each with how many localities have a figure of it. */
export function indicatorsView(site: SiteData): { head: PageHead; rows: { indicator: Indicator; localities: number }[] } {
  return {
    head: {
      title: 'Chỉ tiêu',
      description: 'Các chỉ tiêu trong thông báo kết luận kiểm tra: ý nghĩa, cách tính và so sánh giữa các địa phương.',
      section: 'indicators',
      crumbs: [{ label: 'Chỉ tiêu' }],
    },
    rows: [...site.indicators.values()].map((r) => ({ indicator: r.indicator, localities: new Set(r.figures.map((f) => f.locality)).size })),
  };
}

/** Every page of every indicator: its figures ranked, in pages of PAGE_SIZES.indicatorFigures. */
export function indicatorPages(site: SiteData): { record: IndicatorRecord; page: Page<Figure> }[] {
  return [...site.indicators.values()].flatMap((record) =>
    paginateList(rankFigures(record.figures), pageSize('indicatorFigures')).map((page) => ({ record, page })));
}

/** A ranking of one era's units, labelled with the era. */
export interface Comparison {
  id: string;
  figures: Figure[];
  label: string;
  spec: ChartSpec | null;
}

export interface IndicatorView {
  record: IndicatorRecord;
  indicator: Indicator;
  head: PageHead;
  page: Page<Figure>;
  paged: boolean;
  /** The indicator a rate is computed on (`Thu NSNN` for its rate against the estimate). */
  base: Indicator | undefined;
  /** Page 1 only: the current units and the units before the reform, each ranked apart (never one ranking across eras). */
  comparisons: Comparison[];
  /** Whether the province has a reform date, so each ranking says its era. */
  dated: boolean;
}

/** One page of the indicator of `record`. */
export function indicatorView(site: SiteData, record: IndicatorRecord, page: Page<Figure>): IndicatorView {
  const { model } = site;
  const { indicator, latest } = record;
  // Only page 1 draws the charts: later pages do not build them.
  const eras = page.number > 1 ? { current: [], former: [] } : splitByEra(latest);
  const reform = reformDate(model);
  const since = reform ? formatViDate(reform) : '';
  return {
    record,
    indicator,
    head: {
      title: page.number > 1 ? `${indicator.label} (trang ${page.number}/${page.count})` : indicator.label,
      description: `${indicator.label}: ý nghĩa, cách tính và số liệu của các địa phương trong thông báo kết luận kiểm tra của ${vi.siteOwner(model.province.name)}.`,
      section: 'indicators',
      crumbs: [{ href: indicatorsUrl, label: 'Chỉ tiêu' }, { label: indicator.label }],
    },
    page,
    paged: page.count > 1,
    base: indicator.ratio_of ? model.indicatorById.get(indicator.ratio_of) : undefined,
    comparisons: [
      { id: 'bd-so-sanh', figures: eras.current, label: `Các đơn vị hiện nay (từ ${since})` },
      { id: 'bd-so-sanh-truoc', figures: eras.former, label: `Các đơn vị trước ${since} (huyện, xã theo danh mục 01/3/2025): số liệu lịch sử` },
    ].filter((c) => c.figures.length > 0).map((c) => ({ ...c, spec: comparisonChart(c.figures, c.id) })),
    dated: reform !== null,
  };
}
