/** Schema of a notice's frontmatter (`content/notices/<year>/<id>/notice.mdx`). */
import { z } from 'astro/zod';
import { directive, proposal } from './directive.ts';
import { isoPartialDate, localityRef, slugId } from './common.ts';
import { corrections } from './correction.ts';

/** A legal document the notice cites. Example: Quyết định 136/QĐ-UBND ngày 19/01/2024. */
export const legalReference = z.strictObject({
  id: slugId,
  /** Number and symbol: 136/QĐ-UBND, 111/2024/QH15. */
  number: z.string().min(1),
  /** Quyết định, Nghị quyết, Chương trình… */
  type: z.string().min(1),
  /** Issuing body: UBND tỉnh Lạng Sơn, Quốc hội, HĐND tỉnh. */
  issuer: z.string().min(1),
  date: isoPartialDate.nullable(),
  /** What it is about, in the notice's words, if it says. */
  subject: z.string().nullable().default(null),
  /** How the notice cites it, verbatim. */
  printed: z.string().min(1),
});

/** A finding of section 1: an achievement or a shortcoming, in the notice's words. */
export const finding = z.strictObject({
  kind: z.enum(['achievement', 'shortcoming']),
  /** Section of the notice it is in: 1, 2.2. */
  section: z.string().regex(/^\d+(\.\d+)*$/, { error: 'số mục của thông báo, ví dụ 1 hoặc 2.2' }),
  /** Short topic for lists: "Thu ngân sách", "Giải ngân". */
  topic: z.string().min(1),
  /** Verbatim text. */
  text: z.string().min(1),
  localities: z.array(localityRef).min(1),
  /** Ids of figures (figures.csv) quoted in this finding. */
  figures: z.array(slugId).default([]),
});

/** A flaw of the notice itself, shown to readers: typo, inconsistency, blank field. */
export const dataQualityNote = z.strictObject({
  kind: z.enum(['spelling', 'inconsistency', 'blank']),
  /** Plain Vietnamese explanation shown on the page. */
  note: z.string().min(1),
  /** The words as printed, checked against the source text when `occurrences` is given. */
  quote: z.string().nullable().default(null),
  /** How many times `quote` occurs in the source text. */
  occurrences: z.number().int().positive().nullable().default(null),
});

/** Header and signature fields a kept text may lack (issue 11, point 4). */
export const ABSENT_FIELDS = ['numberPrinted', 'presiding', 'signature'] as const;
export type AbsentField = (typeof ABSENT_FIELDS)[number];

/**
 * A header or signature field the kept text does not contain, and why (the text was kept without
 * its first page, a news report quotes the body only, …). The field itself is `null`; the page
 * says so in a sentence. load/check-absent.ts checks that null and entry go together.
 */
export const absentField = z.strictObject({
  field: z.enum(ABSENT_FIELDS),
  /** Why the kept text has none, in plain Vietnamese, shown to readers. */
  reason: z.string().min(1),
});

export const noticeFrontmatter = z.strictObject({
  /**
   * `true` on a draft written by `npm run import`: the build refuses it (load/read-content.ts) until
   * a person has reviewed it and removed the flag. A published notice leaves it out.
   */
  draft: z.literal(false).optional(),
  /** Kind of document: Thông báo. */
  documentType: z.string().min(1),
  /** Number as issued (e.g. 123/TB-UBND); null when printed blank (`Số: /TB-UBND`). */
  number: z.string().nullable(),
  /** Number line exactly as printed; null only when the kept text has none (an `absent` entry says why). */
  numberPrinted: z.string().min(1).nullable(),
  /** Issue date, possibly partial (`2024-04` when the day is blank). */
  date: isoPartialDate,
  /** Place and date line exactly as printed; null only when the kept text has none (`dateSource: not-in-text`). */
  datePrinted: z.string().min(1).nullable(),
  /**
   * What the issue date rests on (load/check-date.ts checks it against `date` and `datePrinted`):
   * `printed` in full; `blank`: the day (or month) printed blank, as in the sample; `partial`: the
   * document gives only a month or a period, by design; `year-inferred`: day and month printed,
   * the year taken from `dateBasis`; `not-in-text`: the kept text has no date line, the date rests
   * on `dateBasis`. Absent: `printed` for a full date, `blank` for a partial one (as before).
   */
  dateSource: z.enum(['printed', 'blank', 'partial', 'year-inferred', 'not-in-text']).optional(),
  /** The words of source.txt the date or its year rests on, for `year-inferred` and `not-in-text`. */
  dateBasis: z.string().min(1).optional(),
  /** Issuing body: an id of content/issuers.csv (ubnd-tinh-lang-son). */
  issuer: slugId,
  /** Title, verbatim. */
  title: z.string().min(1),
  /** Short title for lists and breadcrumbs. */
  shortTitle: z.string().min(1),
  /** Who presided the inspection and concluded; null only when the kept text does not say (an `absent` entry says why). */
  presiding: z.strictObject({ name: z.string().min(1), role: z.string().min(1) }).nullable(),
  /**
   * Signature block: the authority chain top to bottom (TL. CHỦ TỊCH, KT. …) and the signer;
   * null only when the kept text has none (an `absent` entry says why).
   */
  signature: z.strictObject({ chain: z.array(z.string().min(1)).min(1), signer: z.string().min(1) }).nullable(),
  /** Header and signature fields the kept text lacks, each with its reason; empty for a whole notice. */
  absent: z.array(absentField).default([]),
  /** Inspection programme the visit belongs to: Chương trình số 15/CTr-UBND. */
  programme: legalReference,
  inspectionDate: isoPartialDate,
  /** Inspection team: Đoàn kiểm tra số 03. */
  team: z.string().min(1),
  /** Provincial agencies present (ids in content/agencies.csv), in the order printed. */
  agencies: z.array(slugId).min(1),
  /** The list of agencies exactly as printed. */
  agenciesPrinted: z.string().min(1),
  /** Local participants, verbatim. */
  localParticipants: z.array(z.string().min(1)).default([]),
  /** Localities inspected, by id. */
  inspected: z.array(localityRef).min(1),
  findings: z.array(finding).default([]),
  directives: z.array(directive).default([]),
  proposals: z.array(proposal).default([]),
  legalReferences: z.array(legalReference).default([]),
  /** Nơi nhận, one entry per line item as printed. */
  recipients: z.array(z.string().min(1)).default([]),
  dataQuality: z.array(dataQualityNote).default([]),
  /**
   * Figures outside the plausible range of their unit (domain/plausibility.ts) that a person
   * has checked against the notice: the figure's id and why the value is right. Without an
   * entry such a figure stops the build.
   */
  outliers: z.array(z.strictObject({ figure: slugId, reason: z.string().min(1) })).default([]),
  /** Changes made after publication, each with its day, field, old and new value and reason (schemas/correction.ts). */
  corrections,
});
export type NoticeFrontmatter = z.infer<typeof noticeFrontmatter>;
export type LegalReference = z.infer<typeof legalReference>;
export type Finding = z.infer<typeof finding>;
export type DataQualityNote = z.infer<typeof dataQualityNote>;
export type AbsentFieldEntry = z.infer<typeof absentField>;
