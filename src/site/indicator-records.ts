/**
 * Every figure of each indicator, answered once per build (see compute-site-data.ts): newest
 * first, the latest of each locality, and the series over time (figure-series.ts).
 */
import type { Figure, Indicator, Model } from '../domain/model.ts';
import { figureSeries, seriesKey } from './figure-series.ts';

/** Every figure of one indicator. */
export interface IndicatorRecord {
  indicator: Indicator;
  /** All figures, newest first. */
  figures: Figure[];
  /** The latest figure of each locality (and subject, where figures count different things). */
  latest: Figure[];
  /** Series of two or more dated figures of one locality and subject, oldest first. */
  series: Figure[][];
}

/** The records of every indicator, by indicator id. */
export function indicatorRecords(model: Model): Map<string, IndicatorRecord> {
  return new Map(
    model.indicators.map((indicator) => {
      const figures = model.figures.filter((f) => f.indicator.id === indicator.id);
      const seen = new Set<string>();
      const latest = figures.filter((f) => !seen.has(seriesKey(f)) && seen.add(seriesKey(f)));
      return [indicator.id, { indicator, figures, latest, series: figureSeries(figures) }];
    }),
  );
}
