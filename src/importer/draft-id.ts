/**
 * The folder name of a draft, from what the notice says: the month it was issued (or, when the
 * date line is missing or has no month, the month of the inspection or of the latest dated
 * event in the text) and the place it is about (the first inspected unit, else the first unit
 * the title names, else the issuing unit). Only when the text gives neither does the file's
 * own name stand in, so two different notices never share `khong-ngay-chua-ro`.
 */
import { basename, extname } from 'node:path';
import { slugifyVi } from '../domain/slug.ts';
import type { FoundDate } from './extract-dates.ts';
import type { Reference } from './reference-lists.ts';

export interface DraftIdInput {
  date: string | null;
  inspectionDate: string | null;
  /** Dates found anywhere in the text, in order. */
  datesInText: readonly FoundDate[];
  inspected: readonly string[];
  /** Units named in the title, in order. */
  titleUnits: readonly string[];
  issuerLocality: string | null;
  /** The input file, for the fallback. */
  fileName: string | null;
}

export interface DraftId {
  id: string;
  /** What the id rests on, for the report. */
  basis: string;
}

export function draftId(input: DraftIdInput, reference: Reference): DraftId {
  const month = (iso: string | null): string | null => (iso !== null && /^\d{4}-\d{2}/u.test(iso) ? iso.slice(0, 7) : null);
  const latest = [...input.datesInText].filter((d) => !d.yearFromContext).map((d) => d.iso).sort().at(-1) ?? null;
  const when =
    month(input.date) !== null ? { part: month(input.date)!, basis: 'ngày ban hành' }
    : month(input.inspectionDate) !== null ? { part: month(input.inspectionDate)!, basis: 'ngày kiểm tra' }
    : month(latest) !== null ? { part: month(latest)!, basis: 'ngày muộn nhất nêu trong văn bản' }
    : input.date !== null ? { part: input.date.slice(0, 4), basis: 'năm ban hành' }
    : null;
  const unit = (id: string | undefined) => (id === undefined ? undefined : reference.units.find((u) => u.id === id));
  const placeUnit = unit(input.inspected[0]) ?? unit(input.titleUnits[0]) ?? unit(input.issuerLocality ?? undefined);
  const where = placeUnit ? { part: slugifyVi(placeUnit.name), basis: `${placeUnit.type} ${placeUnit.name}` } : null;
  const file = input.fileName === null ? '' : slugifyVi(basename(input.fileName, extname(input.fileName)));
  if (when && where) return { id: `${when.part}-${where.part}`, basis: `${when.basis} và ${where.basis}` };
  const fallback = file === '' ? 'van-ban' : file;
  if (when) return { id: `${when.part}-${fallback}`, basis: `${when.basis} và tên tệp (không xác định được địa phương)` };
  if (where) return { id: `khong-ngay-${where.part}-${fallback}`, basis: `${where.basis} và tên tệp (văn bản không có ngày)` };
  return { id: `khong-ngay-${fallback}`, basis: 'tên tệp (văn bản không có ngày và địa phương)' };
}
