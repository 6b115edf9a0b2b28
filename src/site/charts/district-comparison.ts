/**
 * The province briefing's comparison: every district-level unit side by side on the rates
 * its notices give (revenue against estimate, allocation, disbursement) and its communes'
 * criteria, with bar charts drawn from the same chart model as the locality pages.
 */
import type { Figure, Indicator, Locality } from '../../domain/model.ts';
import type { LocalityRecord } from '../locality-records.ts';
import type { ChartSpec, ReferenceLine } from './chart-spec.ts';
import { countBars, rateBars } from './bars.ts';
import { figureLabel } from '../figure-text.ts';
import { formatViDate, toIsoPartialDate, yearElapsedShare } from '../../domain/vi-date.ts';
import { formatFraction, formatPercent } from '../../domain/vi-format.ts';

export interface DistrictRow {
  locality: Locality;
  /** Number of notices about the district or its communes. */
  noticeCount: number;
  /** Latest figure of each rate column, by indicator id. */
  rates: ReadonlyMap<string, Figure>;
  /** Counts met of its communes (criteria, works), with the commune. */
  communeCounts: { commune: Locality; figure: Figure }[];
}

export interface DistrictComparison {
  /** Rate indicators any district has, in the order of indicators.csv. */
  columns: Indicator[];
  rows: DistrictRow[];
  charts: ChartSpec[];
  /** Commune counts in all (the chart draws at most `maxCommunes`, the latest). */
  communeCounts: number;
}

const isRate = (f: Figure): boolean => f.indicator.kind === 'percent';
const isCountMet = (f: Figure): boolean => f.indicator.kind === 'count-of-total' && f.indicator.direction === 'higher';

/** Compares the province's district-level children; `indicators` gives the column order. */
export function districtComparison(province: LocalityRecord, indicators: readonly Indicator[], maxCommunes = Infinity): DistrictComparison {
  const rows: DistrictRow[] = province.childRecords.map((r) => {
    const communeCounts = r.childRecords.flatMap((c) => c.keyFigures.filter(isCountMet).map((figure) => ({ commune: c.locality, figure })));
    return {
      locality: r.locality,
      noticeCount: new Set([...r.notices, ...r.descendantNotices].map((n) => n.id)).size,
      rates: new Map(r.keyFigures.filter(isRate).map((f) => [f.indicator.id, f])),
      communeCounts,
    };
  });
  const columns = indicators.filter((i) => rows.some((row) => row.rates.has(i.id)));
  const charts = columns.map((indicator, i) => rateChart(indicator, rows, `bd-so-sanh-${i}`));
  const counts = countChart(rows, 'bd-so-sanh-xa', maxCommunes);
  return { columns, rows, charts: counts ? [...charts, counts] : charts, communeCounts: rows.reduce((n, r) => n + r.communeCounts.length, 0) };
}

/** Commune counts, the latest notice's first (the order of a briefing that shows only some). */
export function latestFirst<T extends { figure: Figure }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => toIsoPartialDate(b.figure.notice.date).localeCompare(toIsoPartialDate(a.figure.notice.date)));
}

function rateChart(indicator: Indicator, rows: readonly DistrictRow[], id: string): ChartSpec {
  const entries = rows.flatMap((row) => {
    const f = row.rates.get(indicator.id);
    return f ? [{ locality: row.locality, figure: f }] : [];
  });
  const figures = entries.map((e) => e.figure);
  const references: ReferenceLine[] = [];
  if (indicator.ratio_of === null) references.push({ value: 100, label: 'Kế hoạch 100%' });
  // The year's pace is a fair yardstick only when every figure stands at the same date.
  const dates = new Set(figures.map((f) => (f.asOf ? toIsoPartialDate(f.asOf) : null)));
  const asOf = dates.size === 1 ? figures[0]!.asOf : null;
  if (asOf && indicator.ratio_of !== null) references.push({ value: yearElapsedShare(asOf), label: `Tiến độ thời gian ${formatPercent(yearElapsedShare(asOf), 2)} (${formatViDate(asOf)})` });
  const missing = rows.length - entries.length;
  const phrase = entries.map((e) => `${e.locality.name} ${formatPercent(e.figure.value)}`).join(', ');
  return {
    id,
    // The title stays short however many districts report: the values are on the bars.
    title: indicator.label,
    summary: `${indicator.label}: ${phrase}${missing > 0 ? `; ${missing} đơn vị cấp huyện chưa có số liệu` : ''}.`,
    table: { columns: ['Đơn vị', indicator.label], rows: entries.map((e) => [e.locality.name, formatPercent(e.figure.value)]) },
    figures,
    chart: rateBars(figures, entries.map((e) => e.locality.name), indicator.label, references),
  };
}

function countChart(rows: readonly DistrictRow[], id: string, max: number): ChartSpec | null {
  const all = rows.flatMap((row) => row.communeCounts.map((c) => ({ ...c, district: row.locality })));
  if (all.length === 0) return null;
  const entries = all.length > max ? latestFirst(all).slice(0, max) : all;
  const total = (f: Figure): number => f.denominator ?? 0;
  return {
    id,
    title: 'Các xã có thông báo: tiêu chí, công trình',
    summary: `${entries.map((e) => `${e.commune.name} (${e.district.name}): ${figureLabel(e.figure)} ${formatFraction(e.figure.value, total(e.figure))} ${e.figure.indicator.unit}`).join('; ')}.`,
    table: { columns: ['Xã', 'Chỉ tiêu', 'Đạt', 'Tổng số'], rows: entries.map((e) => [e.commune.name, figureLabel(e.figure), String(e.figure.value), String(total(e.figure))]) },
    figures: entries.map((e) => e.figure),
    chart: countBars(entries.map((e) => e.figure), entries.map((e) => `${e.commune.name} — ${e.figure.indicator.label.toLowerCase()}`), null),
  };
}
