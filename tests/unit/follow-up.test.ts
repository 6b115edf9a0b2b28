/**
 * The four-way count (site/follow-up.ts) at its boundaries: a deadline "năm 2024" ends on
 * 31/12/2024; done that day is on time, the next day late; not done, the data date of that day is
 * still within the deadline, the next day overdue. Items without a deadline are never bucketed.
 */
import { describe, expect, it } from 'vitest';
import type { ReportedStatus } from '../../src/domain/model.ts';
import type { PartialDate } from '../../src/domain/vi-date.ts';
import { followUpCounts, followUpLine, followUpOf } from '../../src/site/follow-up.ts';

const d = (year: number, month: number | null = null, day: number | null = null): PartialDate => ({ year, month, day });
const dueIn2024 = { date: d(2024), printed: 'phấn đấu đạt chuẩn nông thôn mới năm 2024' };
const change = (status: ReportedStatus['status'], date: PartialDate): ReportedStatus => ({ status, date, evidence: '…', line: 1 }) as ReportedStatus;
const item = (changes: ReportedStatus[], deadline: typeof dueIn2024 | null = dueIn2024) => ({ deadline, changes, reported: changes.at(-1)?.status ?? ('chua-bao-cao' as const) });

describe('followUpOf', () => {
  it.each([
    ['done on 31/12/2024, the deadline\'s last day', d(2024, 12, 31), 'dung-han'],
    ['done on 01/01/2025, the day after', d(2025, 1, 1), 'tre-han'],
  ] as const)('%s', (_, date, expected) => {
    expect(followUpOf(item([change('dang-thuc-hien', d(2024, 6, 20)), change('hoan-thanh', date)]), d(2026, 12, 1))).toBe(expected);
  });

  it.each([
    ['data date 31/12/2024: still within the deadline', d(2024, 12, 31), 'trong-han'],
    ['data date 01/01/2025: overdue', d(2025, 1, 1), 'qua-han'],
  ] as const)('not done, %s', (_, asOf, expected) => {
    expect(followUpOf(item([change('dang-thuc-hien', d(2024, 6, 20))]), asOf)).toBe(expected);
    expect(followUpOf(item([]), asOf)).toBe(expected);
  });

  it('a later report of progress after a completion: the item is not done', () => {
    expect(followUpOf(item([change('hoan-thanh', d(2024, 3, 1)), change('dang-thuc-hien', d(2024, 5, 1))]), d(2026, 12, 1))).toBe('qua-han');
  });
});

describe('followUpCounts', () => {
  const asOf = d(2026, 12, 1);
  const counts = followUpCounts([
    item([change('hoan-thanh', d(2024, 11, 28))]),
    item([change('hoan-thanh', d(2025, 3, 10))]),
    item([]),
    item([change('hoan-thanh', d(2025, 1, 5))], null),
    item([], null),
    item([change('khong-con-ap-dung', d(2025, 1, 5))]),
  ], asOf);

  it('puts each dated item in one bucket, the undated and withdrawn apart', () => {
    expect(counts.counts).toEqual({ 'dung-han': 1, 'tre-han': 1, 'trong-han': 0, 'qua-han': 1 });
    expect(counts.undated).toEqual({ total: 2, done: 1 });
    expect(counts.withdrawn).toBe(1);
  });

  it('reads as one line in a briefing, naming the groups that have items', () => {
    const labels = { 'dung-han': 'Hoàn thành đúng hạn', 'tre-han': 'Hoàn thành quá hạn', 'trong-han': 'Đang thực hiện trong hạn', 'qua-han': 'Quá hạn' };
    expect(followUpLine(counts, labels, '01/12/2026')).toBe('Theo thời hạn, tại ngày dữ liệu 01/12/2026: 1 hoàn thành đúng hạn, 1 hoàn thành quá hạn, 1 quá hạn.');
    expect(followUpLine(followUpCounts([item([], null)], asOf), labels, '01/12/2026')).toBeNull();
  });
});
