/** Schemas of `content/indicators.csv` and `content/agencies.csv`: defined once, used by id. */
import { z } from 'astro/zod';
import { blankToNull, isoDay, slugId } from './common.ts';

/**
 * How an indicator's value reads:
 * - `amount`: money, canonical unit đồng;
 * - `percent`: a rate in percent (35.16 means 35,16%);
 * - `count-of-total`: a count with its total (09/19 tiêu chí);
 * - `quantity`: a count or length without a total (02 nhà văn hóa thôn, 10 km).
 */
export const indicatorKind = z.enum(['amount', 'percent', 'count-of-total', 'quantity']);
export type IndicatorKind = z.infer<typeof indicatorKind>;

/** Which way is good for readers: more, less, or neither (requests, counts of works asked for). */
export const direction = z.enum(['higher', 'lower', 'neutral']);
export type Direction = z.infer<typeof direction>;

/**
 * Which money a capital indicator is about, as the national target programmes split it:
 * investment (đầu tư), recurrent (sự nghiệp) or counterpart funds (đối ứng). Blank when the
 * indicator is not about capital or the notice does not say which fund.
 */
export const fundType = z.enum(['dau-tu', 'su-nghiep', 'doi-ung']);
export type FundType = z.infer<typeof fundType>;

/** One indicator. Example: `thu-nsnn,Thu ngân sách nhà nước trên địa bàn,đồng,amount,higher,,…`. */
export const indicatorRow = z.strictObject({
  id: slugId,
  /** Vietnamese label shown to readers. */
  label: z.string().min(1),
  /** Canonical unit of every figure of this indicator: đồng, %, tiêu chí, công trình, km… */
  unit: z.string().min(1),
  kind: indicatorKind,
  direction,
  /** For a percent: the amount indicator it is a share of (thu-nsnn for the revenue rate). */
  ratio_of: blankToNull(slugId),
  fund: blankToNull(fundType),
  /** What it measures and how, in plain Vietnamese. */
  description: z.string().min(1),
});
export type IndicatorRow = z.infer<typeof indicatorRow>;

/**
 * One provincial department or office, with the days it existed where a decision gives them.
 * Example: `so-ke-hoach-va-dau-tu,Sở Kế hoạch và Đầu tư,Kế hoạch và Đầu tư,,2025-02-28,Nghị quyết …,https://…`
 * (blank `valid_from`: existed before the first notice; blank `valid_to`: still exists).
 */
export const agencyRow = z.strictObject({
  id: slugId,
  /** Full name: Sở Tài chính. */
  name: z.string().min(1),
  /** Name as a notice lists it after "Lãnh đạo các Sở, ngành, cơ quan:" (Tài chính). */
  short_name: z.string().min(1),
  /** First day, when a decision established it in the portal's time (`2025-03-01`). */
  valid_from: blankToNull(isoDay),
  /** Last day, when a decision ended or merged it (`2025-02-28`). */
  valid_to: blankToNull(isoDay),
  /** The decision that set either date, as cited: required with a date. */
  basis: blankToNull(z.string().min(1)),
  /** Where the decision was read (an address). */
  source: blankToNull(z.string().min(1)),
});
export type AgencyFileRow = z.infer<typeof agencyRow>;
/** What names an agency (the importer matches these): its id, full and short names. */
export type AgencyRow = Pick<AgencyFileRow, 'id' | 'name' | 'short_name'>;

/**
 * What a former agency became (content/agency-successors.csv): one row per successor, on the
 * day after its last day. Example: `so-ke-hoach-va-dau-tu,so-tai-chinh,2025-03-01,Nghị quyết …,https://…`.
 */
export const agencySuccessorRow = z.strictObject({
  agency: slugId,
  successor: slugId,
  effective_date: isoDay,
  basis: z.string().min(1),
  source: blankToNull(z.string().min(1)),
});
export type AgencySuccessorRow = z.infer<typeof agencySuccessorRow>;
