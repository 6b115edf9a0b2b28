/**
 * Field types shared by every content schema. CSV cells arrive as strings; these turn them
 * into typed values or reject them with a message that says what form was expected: in
 * Vietnamese, worded to follow "cần" (load/errors.ts formatIssue).
 */
import { z } from 'astro/zod';
import { parseIsoPartialDate } from '../vi-date.ts';

/** Optional CSV cell: an empty cell is `null`, never a made-up default. */
export const blankToNull = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' || v === undefined ? null : v), schema.nullable());

/**
 * A canonical number as stored in CSV: plain digits, `.` as decimal point, no grouping.
 * vi-VN forms (`17,420`, `3.740`) belong in the `printed` column, not here.
 */
export const canonicalNumber = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/, {
    error: 'một số ở dạng chuẩn: chỉ gồm chữ số, dấu "." là dấu thập phân, không có dấu phân cách hàng nghìn, ví dụ 17420000000 hoặc 35.16',
  })
  .transform(Number);

/** A date that may be partial, in ISO form: `2024`, `2024-04` or `2024-04-09`. */
export const isoPartialDate = z.string().refine(
  (s) => {
    try {
      parseIsoPartialDate(s);
      return true;
    } catch {
      return false;
    }
  },
  { error: 'một ngày dạng ISO, có thể không đầy đủ: 2024, 2024-04 hoặc 2024-04-09' },
);

/** A whole day in ISO form, `2025-03-01`: the day a decision takes effect is never partial. */
export const isoDay = isoPartialDate.refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s), { error: 'một ngày dạng ISO đầy đủ ngày, tháng, năm: 2025-03-01' });

/** GSO code of a unit: 2 digits (province), 3 (district) or 5 (commune). Example: `06013`. */
export const gsoCode = z.string().regex(/^(\d{2}|\d{3}|\d{5})$/, {
  error: 'một mã đơn vị hành chính của Tổng cục Thống kê gồm 2, 3 hoặc 5 chữ số, ví dụ 20, 180 hoặc 06013',
});

/** Identifier used in URLs and cross-references: lower-case ASCII words joined by `-`. */
export const slugId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
  error: 'một mã chỉ gồm chữ thường không dấu, chữ số và dấu "-", ví dụ so-tai-chinh',
});

/**
 * Reference to a locality: a GSO code (the unit of that code on the notice's date), a code
 * with the year of its era (`06040-2025`, the unit of that code since 01/7/2025), or the id of
 * a former unit (`180-vinh-tien`).
 */
export const localityRef = z.string().regex(/^(\d{2}|\d{3}|\d{5}|\d{5}-\d{4}|\d{3}-[a-z0-9-]+)$/, {
  error: 'một mã đơn vị hành chính: mã của Tổng cục Thống kê như 180 hoặc 06013, mã kèm năm bắt đầu của đơn vị như 06040-2025, hoặc mã đơn vị cũ như 180-vinh-tien',
});

/**
 * Someone who is asked to act or answer: a department from `content/agencies.csv`, a locality,
 * or, when the notice names nobody precisely, its own words ("các cơ quan liên quan").
 */
export const party = z.union(
  [z.strictObject({ agency: slugId }), z.strictObject({ locality: localityRef }), z.strictObject({ text: z.string().min(1) })],
  { error: 'đúng một trong ba dạng: { agency: <mã cơ quan> }, { locality: <mã đơn vị hành chính> } hoặc { text: <lời văn của thông báo> }' },
);
export type Party = z.infer<typeof party>;
