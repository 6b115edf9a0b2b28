/**
 * The folder name of a report draft: `<yyyy-mm>-bc-<issuer>` from the report's month and who
 * issued it (`2024-06-bc-trang-dinh`, `2024-12-bc-so-tai-chinh`): the unit's name or the agency's
 * id, else the issuer's words, else the file's name. Says what it rests on.
 */
import { basename, extname } from 'node:path';
import type { Party } from '../../domain/schemas/common.ts';
import { slugifyVi } from '../../domain/slug.ts';
import type { Reference } from '../reference-lists.ts';

/** The id and what it rests on (for a review note when it is not the month and the issuer). */
export function reportDraftId(date: string | null, issuer: Party | null, reference: Reference, fileName: string | null): { id: string; settled: boolean; basis: string } {
  const month = date === null ? null : /^\d{4}-\d{2}/u.test(date) ? date.slice(0, 7) : date.slice(0, 4);
  const unit = issuer !== null && 'locality' in issuer ? reference.units.find((u) => u.id === issuer.locality) : undefined;
  const who =
    unit ? { part: slugifyVi(unit.name), basis: `${unit.type} ${unit.name}` }
    : issuer !== null && 'agency' in issuer ? { part: issuer.agency, basis: issuer.agency }
    : issuer !== null && 'text' in issuer ? { part: slugifyVi(issuer.text.split(/\s+/u).slice(-4).join(' ')), basis: `"${issuer.text}"` }
    : { part: fileName === null ? 'van-ban' : slugifyVi(basename(fileName, extname(fileName))) || 'van-ban', basis: 'tên tệp' };
  const id = `${month ?? 'khong-ngay'}-bc-${who.part}`;
  const settled = month !== null && /^\d{4}-\d{2}$/u.test(month) && (unit !== undefined || (issuer !== null && 'agency' in issuer));
  return { id, settled, basis: `${month === null ? 'không có ngày' : `tháng ${month}`} và ${who.basis}` };
}
