/**
 * A correction of a published notice or report (issue 23, point 5): published data is never
 * changed silently. Each change made after publication is recorded in the document's own file
 * (notice.mdx frontmatter, report.yaml) — the day, the field, the value before and after, why —
 * and shown to readers in the document's "Đính chính" section and the corrections list and feed.
 */
import { z } from 'astro/zod';

/** `YYYY-MM-DD`: the day the correction was made. */
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, { error: 'một ngày dạng YYYY-MM-DD' });

export const correction = z.strictObject({
  date: isoDay,
  /**
   * The field corrected (domain/correction-field.ts): a path of the data file
   * (`title`, `directives[2.1-a].topic`, `entries[0].status`) or a figure's column
   * (`figures[thu-nsnn].value`).
   */
  field: z.string().min(1),
  /** The value before, as written in the file ('' for blank). */
  old: z.string(),
  /** The value after: what the file now holds (checked by load/check-corrections.ts). */
  new: z.string(),
  /** Why, in plain Vietnamese, shown to readers. */
  reason: z.string().min(1),
});
export type Correction = z.infer<typeof correction>;

export const corrections = z.array(correction).default([]);
