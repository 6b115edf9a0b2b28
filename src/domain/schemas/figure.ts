/** Schema of a notice's `figures.csv`: one row per figure printed in the notice. */
import { z } from 'astro/zod';
import { blankToNull, canonicalNumber, isoPartialDate, localityRef, slugId } from './common.ts';

/**
 * One figure. Example (revenue in the sample):
 * `thu-nsnn-180,180,thu-nsnn,2024-03-31,17420000000,đồng,,,17,420 tỷ đồng,
 *  "…đạt 17,420 tỷ đồng, đạt 35,16% dự toán tỉnh giao",1,`
 */
export const figureRow = z.strictObject({
  /** Unique within the notice; used in anchors (#so-lieu-thu-nsnn-180). */
  id: slugId,
  /** Locality the figure is about (GSO code). */
  locality: localityRef,
  /** Indicator id from `content/indicators.csv`. */
  indicator: slugId,
  /** Date the figure stands at, if the notice says (31/03/2024 → 2024-03-31). */
  as_of: blankToNull(isoPartialDate),
  /** Canonical value in the indicator's unit: đồng for money, percent for rates. */
  value: canonicalNumber,
  /** Unit of `value`; must equal the indicator's unit. */
  unit: z.string().min(1),
  /** Total for a count-of-total figure (19 in 09/19). */
  denominator: blankToNull(canonicalNumber),
  /** Target or estimate the value is measured against, in the same unit, if printed. */
  target: blankToNull(canonicalNumber),
  /** The figure exactly as printed: `17,420 tỷ đồng`, `35,16%`, `09/19`. */
  printed: z.string().min(1),
  /** The words around it, verbatim from the notice, long enough to occur once. */
  excerpt: z.string().min(1),
  /** Section of the notice it is in: 1, 2.1, 2.2… */
  section: z.string().regex(/^\d+(\.\d+)*$/, { error: 'số mục của thông báo, ví dụ 1 hoặc 2.1' }),
  /** What is counted, when the indicator is generic: `Trạm y tế (Chương trình phục hồi)`. */
  subject: blankToNull(z.string()),
  /** Proposal or directive this figure belongs to, if any (its id in notice.mdx). */
  ref: blankToNull(slugId),
});
export type FigureRow = z.infer<typeof figureRow>;
