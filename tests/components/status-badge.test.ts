/**
 * StatusBadge: the reported status of a directive or proposal in Vietnamese, when and where it
 * was reported (or the notice it stands from), and the computed overdue note. The items are the
 * sample notice's; the labels are written out, not read from src/i18n/vi.ts.
 */
import { describe, expect, it } from 'vitest';
import StatusBadge from '../../src/components/StatusBadge.astro';
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
  return { $, label: textOf($('.tp-status')), text: textOf($.root()), overdue: $('.tp-overdue') };
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
  const reported = (...changes: ItemStatus['changes']): ItemStatus => ({ reported: changes.at(-1)!.status, changes, notice, overdue: null });
  const report = { date: { year: 2025, month: 3, day: 10 }, source: 'Báo cáo số 45/BC-UBND' };

  it.each([
    ['dang-thuc-hien', 'Đang thực hiện'],
    ['hoan-thanh', 'Hoàn thành'],
    ['qua-han', 'Quá hạn'],
    ['khong-con-ap-dung', 'Không còn áp dụng'],
  ] as const)('%s reads "%s", with the date and source of the report', async (status, label) => {
    const b = await badge(reported({ status, ...report }));
    expect(b.label).toBe(label);
    expect(b.text).toBe(`${label} (cập nhật 10/3/2025, nguồn: Báo cáo số 45/BC-UBND)`);
    expect(b.text).not.toContain('từ thông báo');
  });

  it('shows the last of several reports, not the first', async () => {
    const b = await badge(reported(
      { status: 'dang-thuc-hien', date: { year: 2024, month: 6, day: 5 }, source: 'Báo cáo số 12/BC-UBND' },
      { status: 'hoan-thanh', date: { year: 2025, month: 1, day: 20 }, source: 'Báo cáo số 3/BC-UBND' },
    ));
    expect(b.text).toBe('Hoàn thành (cập nhật 20/01/2025, nguồn: Báo cáo số 3/BC-UBND)');
  });
});
