/**
 * Figures over time: when a figure stands, and the series of one indicator, locality and subject
 * that the charts over time draw (locality pages, indicator pages).
 */
import { toIsoPartialDate, type PartialDate } from '../domain/vi-date.ts';
import type { Figure } from '../domain/model.ts';

/** What a series is of: one locality and, where figures count different things, one subject. */
export const seriesKey = (f: Figure): string => `${f.locality.id}|${f.subject ?? ''}`;

/** When a figure stands: its own date where the notice gives one, else the notice's date. */
export function figureTime(f: Figure): PartialDate {
  return f.asOf ?? f.notice.date;
}

/**
 * Figures over time: for each indicator, locality and subject, its figures at two or more
 * times (see figureTime), oldest first. Where two notices give the same date, the newer
 * notice's figure is kept (figures come newest notice first).
 */
export function figureSeries(figures: readonly Figure[]): Figure[][] {
  const groups = new Map<string, Map<string, Figure>>();
  for (const f of figures) {
    const key = `${f.indicator.id}|${seriesKey(f)}`;
    const byTime = groups.get(key) ?? new Map<string, Figure>();
    const time = toIsoPartialDate(figureTime(f));
    if (!byTime.has(time)) byTime.set(time, f);
    groups.set(key, byTime);
  }
  return [...groups.values()]
    .filter((byTime) => byTime.size > 1)
    .map((byTime) => [...byTime.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, f]) => f));
}
