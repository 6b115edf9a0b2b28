/**
 * The four-way count of follow-up, as the Government Office counts assigned tasks: done on time,
 * done late, in progress within the deadline, overdue. Computed from each item's stated
 * deadline and the dates its reports give, against the data date — only for items whose notice
 * states a deadline; the others are counted apart, never guessed into a bucket.
 */
import { toIsoPartialDate, type PartialDate } from '../domain/vi-date.ts';
import { deadlineEnd, type TrackerItem } from './tracker.ts';

export type FollowUp = 'dung-han' | 'tre-han' | 'trong-han' | 'qua-han';
export const FOLLOW_UPS: readonly FollowUp[] = ['dung-han', 'tre-han', 'trong-han', 'qua-han'];

export interface FollowUpCounts {
  /** Items with a stated deadline, by bucket. */
  counts: Record<FollowUp, number>;
  /** Items whose notice states no deadline: how many, and of them reported done. */
  undated: { total: number; done: number };
  /** Items a report says no longer apply. */
  withdrawn: number;
  asOf: PartialDate;
}

const day = (d: PartialDate): string => toIsoPartialDate(d);

/**
 * Where an item with a deadline stands: done by the day its completion holds from, against the
 * deadline's last day (31/12 for a year); not done, against the data date. Null without a
 * deadline, or when a report says it no longer applies.
 */
export function followUpOf(item: Pick<TrackerItem, 'deadline' | 'reported' | 'changes'>, asOf: PartialDate): FollowUp | null {
  if (!item.deadline || item.reported === 'khong-con-ap-dung') return null;
  const end = day(deadlineEnd(item.deadline.date));
  if (item.reported === 'hoan-thanh') {
    const done = item.changes.findLast((c) => c.status === 'hoan-thanh')!;
    return day(done.date) <= end ? 'dung-han' : 'tre-han';
  }
  return end < day(asOf) ? 'qua-han' : 'trong-han';
}

/** The four-way count of `items` at the data date `asOf`. */
export function followUpCounts(items: readonly Pick<TrackerItem, 'deadline' | 'reported' | 'changes'>[], asOf: PartialDate): FollowUpCounts {
  const counts: Record<FollowUp, number> = { 'dung-han': 0, 'tre-han': 0, 'trong-han': 0, 'qua-han': 0 };
  const undated = { total: 0, done: 0 };
  let withdrawn = 0;
  for (const item of items) {
    if (item.reported === 'khong-con-ap-dung') withdrawn += 1;
    const bucket = followUpOf(item, asOf);
    if (bucket) counts[bucket] += 1;
    else if (!item.deadline && item.reported !== 'khong-con-ap-dung') {
      undated.total += 1;
      if (item.reported === 'hoan-thanh') undated.done += 1;
    }
  }
  return { counts, undated, withdrawn, asOf };
}

/**
 * The count in one line, for a briefing, naming only the groups that have items (a briefing has
 * no room to spare): `Theo thời hạn, tại ngày dữ liệu 01/12/2026: 1 quá hạn.`; null without a dated item.
 */
export function followUpLine(c: FollowUpCounts, labels: Record<FollowUp, string>, date: string): string | null {
  const shown = FOLLOW_UPS.filter((k) => c.counts[k] > 0);
  if (shown.length === 0) return null;
  return `Theo thời hạn, tại ngày dữ liệu ${date}: ${shown.map((k) => `${c.counts[k]} ${labels[k].toLowerCase()}`).join(', ')}.`;
}
