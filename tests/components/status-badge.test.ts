/**
 * StatusBadge: the reported status of a directive or proposal in Vietnamese, when and where it
 * was reported (or the notice it stands from), and the computed overdue note. The items are the
 * sample notice's; the labels are written out, not read from src/i18n/vi.ts.
 */
import { describe, expect, it } from 'vitest';
import StatusBadge from '../../src/components/StatusBadge.astro';
import type { Report, ReportedStatus } from '../../src/domain/model.ts';
import type { ItemStatus } from '../../src/site/tracker.ts';
import { render, textOf } from '../helpers/render.ts';
import { sampleNotice, siteData } from '../helpers/site-data.ts';

/** The tracker row of the sample notice's directive or proposal labelled `label` ("2.2"). */
function item(label: string) {
  const found = siteData().items.find((i) => i.notice.id === '2024-04-trang-dinh' && i.label === label);
  if (!found) throw new Error(`no item ${label}`);
  return found;
}

async function badge(status: ItemStatus) {
  const $ = await render(StatusBadge, { status });
  return { $, label: textOf($('.tp-status')), text: textOf($.root()), overdue: $('.tp-overdue'), links: $('a').map((_, a) => $(a).attr('href')).get() };
}

describe('StatusBadge of the sample notice as published (nothing reported yet)', () => {
  it('says "Chưa có báo cáo" and that the status stands from the notice of 4/2024', async () => {
    const b = await badge(item('2.1 a)'));
    expect(b.$('.tp-status')).toHaveLength(1);
    expect(b.label).toBe('Chưa có báo cáo');
    expect(b.text).toBe('Chưa có báo cáo (từ thông báo tháng 4/2024)');
  });

  it('adds no overdue note to a directive without a deadline', async () => {
    expect((await badge(item('2.1 a)'))).overdue).toHaveLength(0);
  });

  // Deadline "phấn đấu đạt chuẩn nông thôn mới năm 2024" (source.txt line 59), data date
  // 2026-12-01 (content/data-date.txt).
  it('adds the computed overdue note to 2.2, whose year-only deadline ended on 31/12/2024', async () => {
    const b = await badge(item('2.2'));
    expect(b.label).toBe('Chưa có báo cáo');
    expect(b.overdue).toHaveLength(1);
    expect(textOf(b.overdue)).toBe('Quá thời hạn (tính toán): thời hạn đã hết ngày 31/12/2024, trước ngày dữ liệu 01/12/2026, và chưa có báo cáo hoàn thành.');
  });
});

describe('StatusBadge once a status is reported', () => {
  const notice = sampleNotice();
  const trangDinh = siteData().model.localityById.get('180')!;
  /** A report as the model holds one (content/reports/): what the badge cites of it. */
  const reportOf = (id: string, number: string, date: Report['date']): Report =>
    ({ id, documentType: 'Báo cáo', number, date, issuer: { locality: trangDinh } }) as Report;
  const status = (value: ReportedStatus['status'], report: Report, line: number): ReportedStatus =>
    ({ status: value, date: report.date, report, evidence: 'Đã hoàn thành.', line });
  const reported = (...changes: ItemStatus['changes']): ItemStatus => ({ reported: changes.at(-1)!.status, changes, notice, overdue: null });
  const bc45 = reportOf('2025-03-bc-45', '45/BC-UBND', { year: 2025, month: 3, day: 10 });

  it.each([
    ['dang-thuc-hien', 'Đang thực hiện'],
    ['hoan-thanh', 'Hoàn thành'],
    ['qua-han', 'Quá hạn'],
    ['khong-con-ap-dung', 'Không còn áp dụng'],
  ] as const)('%s reads "%s", with the date and the report, linked to its sentence', async (value, label) => {
    const b = await badge(reported(status(value, bc45, 7)));
    expect(b.label).toBe(label);
    expect(b.text).toBe(`${label} (từ 10/3/2025, theo Báo cáo số 45/BC-UBND ngày 10/3/2025 của UBND huyện Tràng Định)`);
    expect(b.links).toEqual(['/bao-cao/2025-03-bc-45/#dong-7']);
    expect(b.text).not.toContain('từ thông báo');
  });

  it('shows the last of several reports, not the first', async () => {
    const b = await badge(reported(
      status('dang-thuc-hien', reportOf('2024-06-bc-12', '12/BC-UBND', { year: 2024, month: 6, day: 5 }), 3),
      status('hoan-thanh', reportOf('2025-01-bc-3', '3/BC-UBND', { year: 2025, month: 1, day: 20 }), 9),
    ));
    expect(b.text).toBe('Hoàn thành (từ 20/01/2025, theo Báo cáo số 3/BC-UBND ngày 20/01/2025 của UBND huyện Tràng Định)');
    expect(b.links).toEqual(['/bao-cao/2025-01-bc-3/#dong-9']);
  });
});
