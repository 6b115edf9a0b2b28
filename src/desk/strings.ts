/** Vietnamese words of the desk for the values of the data (statuses, kinds of error). */
import type { StatusValue } from '../domain/schemas/directive.ts';

export const STATUS_LABELS: Record<StatusValue, string> = {
  'dang-thuc-hien': 'Đang thực hiện',
  'hoan-thanh': 'Hoàn thành',
  'qua-han': 'Quá hạn',
  'khong-con-ap-dung': 'Không còn áp dụng',
};

/** The parts of an error as the form shows them. */
export const ISSUE_LABELS = { file: 'Tệp', where: 'Vị trí', field: 'Trường', found: 'Giá trị hiện có', expected: 'Cần' } as const;
