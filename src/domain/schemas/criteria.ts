/**
 * The 19 criteria of the commune new-rural standard (`content/ntm-criteria.csv`) and, where a
 * notice says which criteria a commune has met, one row per criterion in the notice's
 * optional `criteria.csv`.
 */
import { z } from 'astro/zod';
import { localityRef } from './common.ts';

const criterionNumber = z
  .string()
  .regex(/^[1-9]\d?$/, { error: 'số thứ tự của một tiêu chí, ví dụ 2 hoặc 19' })
  .transform(Number);

/** Example: `2,Giao thông`. */
export const criterionRow = z.strictObject({
  number: criterionNumber,
  name: z.string().min(1),
});
export type CriterionRow = z.infer<typeof criterionRow>;

/** Example: `06013,2,chua-dat,"tiêu chí số 2 về Giao thông chưa đạt"`. */
export const criterionStatusRow = z.strictObject({
  /** The commune (GSO code). */
  locality: localityRef,
  /** Criterion number in content/ntm-criteria.csv. */
  criterion: criterionNumber,
  status: z.enum(['dat', 'chua-dat']),
  /** The words saying so, verbatim from the notice. */
  excerpt: z.string().min(1),
});
export type CriterionStatusRow = z.infer<typeof criterionStatusRow>;
