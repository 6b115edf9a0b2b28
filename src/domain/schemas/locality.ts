/** Schemas of the locality register in `content/localities/`. */
import { z } from 'astro/zod';
import { blankToNull, gsoCode, isoPartialDate, localityRef } from './common.ts';

/** Administrative level before 1 July 2025: province, district level, commune level. */
export const localityLevel = z.enum(['tinh', 'huyen', 'xa']);
export type LocalityLevel = z.infer<typeof localityLevel>;

/**
 * One row of `units.csv`: a unit of the GSO register of 01/3/2025.
 * Example: `06013,Xã Chí Minh,Xã,xa,180`.
 */
export const unitRow = z.strictObject({
  /** GSO code, the key of the unit. */
  code: gsoCode,
  /** Official name with its type word, as the register gives it: `Xã Chí Minh`. */
  name: z.string().min(1),
  /** Unit type: Tỉnh, Huyện, Thành phố, Thị xã, Xã, Phường, Thị trấn. */
  type: z.string().min(1),
  level: localityLevel,
  /** Code of the parent unit; blank for a province. */
  parent_code: blankToNull(gsoCode),
});
export type UnitRow = z.infer<typeof unitRow>;

/**
 * One row of `units-<date>.csv`: a unit of a register that took effect on `valid_from`, e.g.
 * `units-2025-07-01.csv`, the 65 commune-level units of Lạng Sơn since 01/7/2025.
 * Example: `06040,Xã Thất Khê,Xã,xa,20,2025-07-01,1672/NQ-UBTVQH15`. Its code may be the code
 * of a unit of the earlier register (06040 was Thị trấn Thất Khê): code and era together
 * identify it (id `06040-2025`).
 */
export const unitVersionRow = z.strictObject({
  code: gsoCode,
  name: z.string().min(1),
  type: z.string().min(1),
  level: localityLevel,
  /** Code of the parent unit (the province since 2025: there is no district level). */
  parent_code: gsoCode,
  /** First day of the unit: the day the resolution that made it took effect. */
  valid_from: isoPartialDate,
  /** Resolution that made the unit, e.g. 1672/NQ-UBTVQH15. */
  basis: z.string().min(1),
});
export type UnitVersionRow = z.infer<typeof unitVersionRow>;

/**
 * One row of `former-units.csv`: a unit a notice names that the register no longer lists,
 * with the unit it became. Example: xã Vĩnh Tiến, merged into xã Khánh Long.
 */
export const formerUnitRow = z.strictObject({
  /** Key used in notices and URLs: the GSO code if known, else `<district code>-<slug>`. */
  id: localityRef,
  /** GSO code if a public source gives it; blank otherwise (never guessed). */
  code: blankToNull(gsoCode),
  name: z.string().min(1),
  type: z.string().min(1),
  level: localityLevel,
  parent_code: gsoCode,
  /** Unit it became part of. */
  successor: localityRef,
  /** When the change took effect, if a source says so. */
  effective_date: blankToNull(isoPartialDate),
  /** Legal basis (resolution number), if known. */
  basis: blankToNull(z.string()),
  /** What the record rests on: the source that shows the unit and its successor. */
  evidence: z.string().min(1),
});
export type FormerUnitRow = z.infer<typeof formerUnitRow>;

/**
 * One row of `successors-2025-07-01.csv`: old unit → new commune-level unit after the 2025
 * reform. A unit split across several new ones has several rows.
 * Example: `06013,06040,Xã Thất Khê,2025-07-01,1672/NQ-UBTVQH15`.
 */
export const successorRow = z.strictObject({
  old_code: gsoCode,
  /** Code of the new unit (a new-register code; it may equal an old code with a new name). */
  new_code: gsoCode,
  new_name: z.string().min(1),
  effective_date: isoPartialDate,
  /** Resolution that made the change, e.g. 1672/NQ-UBTVQH15. */
  basis: z.string().min(1),
});
export type SuccessorRow = z.infer<typeof successorRow>;
