import { describe, expect, it } from 'vitest';
import { computeOverdue, deadlineEnd, itemSlug } from '../../src/site/tracker.ts';
import { withoutDiacritics } from '../../src/domain/slug.ts';
import type { PartialDate } from '../../src/domain/vi-date.ts';

const d = (year: number, month: number | null = null, day: number | null = null): PartialDate => ({ year, month, day });

describe('deadlineEnd: the last day a partial deadline covers', () => {
  it.each([
    [d(2024), d(2024, 12, 31)],
    [d(2024, 2), d(2024, 2, 29)],
    [d(2023, 2), d(2023, 2, 28)],
    [d(2024, 6), d(2024, 6, 30)],
    [d(2024, 6, 15), d(2024, 6, 15)],
  ])('%o ends %o', (deadline, end) => expect(deadlineEnd(deadline)).toEqual(end));
});

describe('computeOverdue', () => {
  it('is overdue only after the last day of the deadline, at the data date', () => {
    expect(computeOverdue(d(2024), 'chua-bao-cao', d(2024, 12, 31))).toBeNull();
    expect(computeOverdue(d(2024), 'chua-bao-cao', d(2025, 1, 1))).toEqual({ deadlineEnd: d(2024, 12, 31), asOf: d(2025, 1, 1) });
    expect(computeOverdue(d(2024, 6), 'dang-thuc-hien', d(2024, 7, 1))).not.toBeNull();
  });
  it('never flags an item without a deadline, done, or withdrawn', () => {
    expect(computeOverdue(null, 'chua-bao-cao', d(2030, 1, 1))).toBeNull();
    expect(computeOverdue(d(2024), 'hoan-thanh', d(2030, 1, 1))).toBeNull();
    expect(computeOverdue(d(2024), 'khong-con-ap-dung', d(2030, 1, 1))).toBeNull();
  });
});

describe('anchors and search copies without diacritics', () => {
  it('keeps item d and item đ apart', () => {
    expect(itemSlug('2.1-d')).toBe('2-1-d');
    expect(itemSlug('2.1-đ')).toBe('2-1-dd');
  });
  it.each([
    ['Huyện Tràng Định', 'Huyen Trang Dinh'],
    ['Xã Chí Minh', 'Xa Chi Minh'],
    ['Sở Văn hóa, Thể thao và Du lịch', 'So Van hoa, The thao va Du lich'],
    ['Huyện Đình Lập', 'Huyen Dinh Lap'],
  ])('%s → %s', (name, folded) => expect(withoutDiacritics(name)).toBe(folded));
  it('folds NFD input too', () => expect(withoutDiacritics('Tràng Định'.normalize('NFD'))).toBe('Trang Dinh'));
});
