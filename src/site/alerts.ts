/**
 * Alerts without a server, all written by the build: a calendar (.ics) of the deadlines of the
 * items naming an agency or concerning a unit, a feed (RSS) of what happened to them (each status
 * a report gave, each deadline that passed without completion), and one feed of the items newly
 * overdue. Dates are the data's, never the clock's: the same content gives the same files.
 */
import ical from 'ical-generator';
import type { PartialDate } from '../domain/vi-date.ts';
import { formatViDate } from '../domain/vi-date.ts';
import { vi } from '../i18n/vi.ts';
import { publicLink } from './public-address.ts';
import { reportCitation } from './report-text.ts';
import { deadlineEnd, type TrackerItem } from './tracker.ts';
import { evidenceUrl, trackerItemUrl } from './urls.ts';

/** One entry of a feed: a day, what happened, where to read it. */
export interface Alert {
  date: PartialDate & { month: number; day: number };
  title: string;
  /** Site path (with its anchor) of what the alert is about. */
  link: string;
  description: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const isoDay = (d: PartialDate): string => `${d.year}-${pad(d.month ?? 12)}-${pad(d.day ?? 31)}`;
const nextDay = (d: PartialDate): Alert['date'] => {
  const t = new Date(`${isoDay(d)}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
};
/** Items given to a former unit or agency, shown as history: whose they were (`Xã Chí Minh (trước 01/7/2025)`). */
export type Whose = ReadonlyMap<TrackerItem, string>;
const NOBODY_ELSE: Whose = new Map();

// A proposal's label already says what it is (`Kiến nghị 2`); a directive's is its number (`2.2`).
// An item of a former unit or agency says whose it was.
const itemName = (i: TrackerItem, whose: Whose): string => {
  const former = whose.get(i);
  return `${i.kind === 'proposal' ? i.label : `${vi.itemKind.directive} ${i.label}`} — ${i.topic}${former ? ` — ${vi.history.givenTo(former)}` : ''}`;
};

/** The day an overdue item became overdue: the day after its deadline's last day. */
export const overdueSince = (i: TrackerItem): Alert['date'] | null => (i.overdue ? nextDay(i.overdue.deadlineEnd) : null);

/**
 * What happened to `items`, newest first: every reported status with a full date, and every
 * deadline passed without completion; an item of a former unit or agency (`whose`) names it.
 */
export function alertsOf(items: readonly TrackerItem[], whose: Whose = NOBODY_ELSE): Alert[] {
  const alerts: Alert[] = [];
  for (const i of items) {
    for (const c of i.changes) {
      if (c.date.month === null || c.date.day === null) continue;
      alerts.push({
        date: { ...c.date, month: c.date.month, day: c.date.day },
        title: `${vi.status[c.status]}: ${itemName(i, whose)}`,
        link: evidenceUrl(c),
        description: `Từ ${formatViDate(c.date)}, theo ${reportCitation(c.report)}: “${c.evidence}”`,
      });
    }
    const since = overdueSince(i);
    if (since && i.overdue) {
      alerts.push({
        date: since,
        title: `Quá thời hạn: ${itemName(i, whose)}`,
        link: trackerItemUrl(i),
        description: vi.overdue.full(formatViDate(i.overdue.deadlineEnd), formatViDate(i.overdue.asOf)),
      });
    }
  }
  return alerts.sort((a, b) => isoDay(b.date).localeCompare(isoDay(a.date)) || a.title.localeCompare(b.title, 'vi'));
}

/** The items newly overdue, newest first (the feed of the whole tracker). */
export function overdueAlerts(items: readonly TrackerItem[]): Alert[] {
  return alertsOf(items.filter((i) => i.overdue)).filter((a) => a.title.startsWith('Quá thời hạn'));
}

/** A feed entry's date, for RSS. */
export const alertDate = (d: Alert['date']): Date => new Date(Date.UTC(d.year, d.month - 1, d.day));

/**
 * The deadlines of `items` as an iCalendar file: one all-day event on each deadline's last day
 * (31/12 for a year), with the item, its status and where to read it. Stamped with the data
 * date, so the file changes only when the data does.
 */
export function deadlineCalendar(name: string, items: readonly TrackerItem[], asOf: PartialDate, site: URL | null, whose: Whose = NOBODY_ELSE): string {
  const calendar = ical({ name, prodId: { company: 'cong-ket-luan-kiem-tra', product: 'thoi-han', language: 'VI' } });
  for (const i of items) {
    if (!i.deadline) continue;
    calendar.createEvent({
      id: `${i.anchor}@${site?.host ?? 'cong-ket-luan-kiem-tra'}`,
      start: isoDay(deadlineEnd(i.deadline.date)),
      allDay: true,
      stamp: new Date(`${isoDay(asOf)}T00:00:00Z`),
      summary: `Hạn: ${itemName(i, whose)}`,
      description: [
        i.text,
        `Thời hạn: “${i.deadline.printed}”.`,
        `Trạng thái: ${vi.status[i.reported]}${i.overdue ? `; ${vi.overdue.brief(formatViDate(i.overdue.deadlineEnd))}` : ''}.`,
        `Nguồn: ${i.notice.shortTitle}.`,
      ].join('\n'),
      ...(site ? { url: publicLink(trackerItemUrl(i), site) } : {}),
    });
  }
  return calendar.toString();
}
