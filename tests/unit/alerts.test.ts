/**
 * Alerts without a server (site/alerts.ts): the calendar of a unit's deadlines read back by an
 * iCalendar parser (ical.js), and the feed of what happened to its items, on the published
 * content with the report fixtures of tests/fixtures/reports/ (never in content/).
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/load/load-model.ts';
import { alertsOf, deadlineCalendar, overdueAlerts } from '../../src/site/alerts.ts';
import { computeSiteData } from '../../src/site/compute-site-data.ts';
import { localityAlerts } from '../../src/site/views/alerts-view.ts';
import { contentCopy } from '../helpers/content-copy.ts';

const fixtures = ['2024-06-bc-trang-dinh', '2024-12-bc-so-tai-chinh', '2025-03-bc-chi-minh'];
const site = computeSiteData(loadModel(contentCopy(fixtures.map((id) => ({ copy: `tests/fixtures/reports/${id}`, to: `reports/${id.slice(0, 4)}/${id}` })))));
const chiMinh = localityAlerts(site, site.model.localityById.get('06013')!);

describe('the calendar of Xã Chí Minh', () => {
  const ics = deadlineCalendar('Thời hạn: Xã Chí Minh', chiMinh.items, site.asOf, new URL('https://ketluan.langson.gov.vn/'));
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

  it('holds one event: "phấn đấu đạt chuẩn nông thôn mới năm 2024" ends on 31/12/2024, all day', () => {
    expect(events).toHaveLength(1);
    expect(events[0]!.startDate.toString()).toBe('2024-12-31');
    expect(events[0]!.startDate.isDate).toBe(true);
    expect(events[0]!.summary).toBe('Hạn: Nhiệm vụ 2.2 — Xây dựng nông thôn mới');
    expect(events[0]!.description).toContain('Thời hạn: “Xã Chí Minh là xã phấn đấu đạt chuẩn nông thôn mới năm 2024.”');
  });

  it('is stamped with the data date, not the clock, and links the tracker under the public address', () => {
    expect(ics).toContain('DTSTAMP:20261201T000000Z');
    expect(events[0]!.component.getFirstPropertyValue('url')).toBe('https://ketluan.langson.gov.vn/nhiem-vu/#2024-04-trang-dinh-nv-2-2');
  });

  it('a unit without a dated item gets no calendar', () => {
    expect(localityAlerts(site, site.model.localityById.get('05971')!).calendar).toBeNull();
    expect(chiMinh.calendar).toBe('/dia-phuong/06013-xa-chi-minh/han.ics');
  });
});

describe('the feed of Xã Chí Minh', () => {
  const alerts = alertsOf(chiMinh.items);
  it('newest first: the report of 10/3/2025, the deadline passed on 01/01/2025, the report of 20/6/2024 (one day: by title)', () => {
    expect(alerts.map((a) => [a.date, a.title])).toEqual([
      [{ year: 2025, month: 3, day: 10 }, 'Đang thực hiện: Nhiệm vụ 2.2 — Xây dựng nông thôn mới'],
      [{ year: 2025, month: 1, day: 1 }, 'Quá thời hạn: Nhiệm vụ 2.2 — Xây dựng nông thôn mới'],
      [{ year: 2024, month: 6, day: 20 }, 'Đang thực hiện: Kiến nghị 2 — Đường giao thông nông thôn xã Tân Minh, Chí Minh'],
      [{ year: 2024, month: 6, day: 20 }, 'Đang thực hiện: Nhiệm vụ 2.2 — Xây dựng nông thôn mới'],
    ]);
    expect(alerts[0]!.link).toMatch(/^\/bao-cao\/2025-03-bc-chi-minh\/#dong-\d+$/);
  });

  it('the feed of items newly overdue holds the one overdue item, dated the day after its deadline', () => {
    expect(overdueAlerts(site.items).map((a) => [a.date, a.link])).toEqual([[{ year: 2025, month: 1, day: 1 }, '/nhiem-vu/#2024-04-trang-dinh-nv-2-2']]);
  });
});

describe('the alerts of Xã Thất Khê, formed on 01/7/2025 from Xã Chí Minh and two other units', () => {
  const thatKhe = localityAlerts(site, site.model.localityById.get('06040-2025')!);

  it('include what Xã Chí Minh was told to do, each named with the old unit', () => {
    expect(thatKhe.calendar).toBe('/dia-phuong/06040-xa-that-khe-2025/han.ics');
    const ics = deadlineCalendar('Thời hạn: Xã Thất Khê', thatKhe.items, site.asOf, null, thatKhe.whose);
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.startDate.toString(), e.summary])).toEqual([
      ['2024-12-31', 'Hạn: Nhiệm vụ 2.2 — Xây dựng nông thôn mới — giao cho Xã Chí Minh (trước 01/7/2025)'],
    ]);
    expect(alertsOf(thatKhe.items, thatKhe.whose).map((a) => a.title)).toEqual([
      'Đang thực hiện: Nhiệm vụ 2.2 — Xây dựng nông thôn mới — giao cho Xã Chí Minh (trước 01/7/2025)',
      'Quá thời hạn: Nhiệm vụ 2.2 — Xây dựng nông thôn mới — giao cho Xã Chí Minh (trước 01/7/2025)',
      'Đang thực hiện: Kiến nghị 2 — Đường giao thông nông thôn xã Tân Minh, Chí Minh — giao cho Xã Chí Minh (trước 01/7/2025)',
      'Đang thực hiện: Nhiệm vụ 2.2 — Xây dựng nông thôn mới — giao cho Xã Chí Minh (trước 01/7/2025)',
    ]);
  });

  it('a unit of before the reform keeps its own items only, unnamed', () => {
    expect(chiMinh.whose.size).toBe(0);
    expect(alertsOf(chiMinh.items, chiMinh.whose)[0]!.title).toBe('Đang thực hiện: Nhiệm vụ 2.2 — Xây dựng nông thôn mới');
  });
});
