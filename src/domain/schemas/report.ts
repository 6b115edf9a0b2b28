/**
 * Schema of a status report (`content/reports/<year>/<id>/report.yaml`, beside its `source.txt`):
 * a document of its own, a district's or an agency's *báo cáo kết quả thực hiện*, saying for each
 * directive or proposal of a notice what was done and since when. Every status rests on a
 * sentence of the report's text, checked verbatim like every figure of a notice.
 */
import { z } from 'astro/zod';
import { statusValue } from './directive.ts';
import { isoPartialDate, party, slugId } from './common.ts';
import { corrections } from './correction.ts';

/** What the report says of one directive or proposal. */
export const reportEntry = z.strictObject({
  /** The item's id in the notice: `2.1-a`, `2.2`, `de-xuat-3`. */
  item: z.string().min(1),
  status: statusValue,
  /** The day the status holds from: the report's date, or the date the text gives (a decision's). */
  from: isoPartialDate,
  /** The sentence of the report the status rests on, verbatim (white space aside). */
  evidence: z.string().min(1),
});
export type ReportEntry = z.infer<typeof reportEntry>;

export const reportFile = z.strictObject({
  /** `Báo cáo`, or what the document calls itself (`Công văn`, `Tờ trình`). */
  documentType: z.string().min(1),
  /** Number and symbol, `112/BC-UBND`; null when the document leaves it blank. */
  number: z.string().min(1).nullable(),
  /** The number line verbatim: `Số: 112/BC-UBND`. */
  numberPrinted: z.string().min(1),
  date: isoPartialDate,
  /** The place-and-date line verbatim: `Tràng Định, ngày 20 tháng 6 năm 2024`. */
  datePrinted: z.string().min(1),
  /** What it reports on, verbatim (the line under BÁO CÁO). */
  title: z.string().min(1),
  /** Who issues it: a unit of either era, an agency, or the body as printed when neither. */
  issuer: party,
  /** The issuing body as the header prints it: `ỦY BAN NHÂN DÂN HUYỆN TRÀNG ĐỊNH`. */
  issuerPrinted: z.string().min(1),
  /** The notice it answers, and the words it cites it by (a number, or a date and title). */
  answers: z.strictObject({ notice: slugId, printed: z.string().min(1) }),
  /** Who signed, verbatim; null when unsigned in the copy published. */
  signer: z.string().min(1).nullable(),
  entries: z.array(reportEntry).min(1),
  /** Changes made after publication (schemas/correction.ts). */
  corrections,
});
export type ReportFile = z.infer<typeof reportFile>;
