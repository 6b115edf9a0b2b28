/**
 * Who issued a report, from its header as printed: a unit of the register that existed on the
 * report's date (`ỦY BAN NHÂN DÂN HUYỆN TRÀNG ĐỊNH` → 180 in 2024; `XÃ TRÀNG ĐỊNH` after
 * 01/7/2025 is another unit), an agency of content/agencies.csv (`SỞ TÀI CHÍNH` → so-tai-chinh),
 * or, when neither fits, the words printed, with a note. Uses the notice importer's matchers.
 */
import type { Party } from '../../domain/schemas/common.ts';
import type { Note } from '../draft.ts';
import { matchAgencyAt } from '../match-agency.ts';
import { findLocalityMentions, matchLocality } from '../match-locality.ts';
import type { Reference } from '../reference-lists.ts';

/** Bodies that govern a unit: their header names the unit ("ỦY BAN NHÂN DÂN XÃ CHÍ MINH"). */
const GOVERNING_RE = /^(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND)(?![\p{L}])/u;

/**
 * The issuer of `printed` in `reference` (the units of the report's date). `near` are units the
 * context points to (those the answered notice inspected), which settle a name two units share.
 */
export function resolveIssuer(printed: string | null, reference: Reference, near: readonly string[], notes: Note[], line: number | null): Party | null {
  const note = (kind: Note['kind'], message: string): void => {
    notes.push({ kind, field: 'issuer', message, line });
  };
  if (printed === null) return null;
  if (GOVERNING_RE.test(printed)) {
    const mention = findLocalityMentions(printed, reference.units).at(-1);
    const match = mention ? matchLocality(mention, reference.units, near, reference.others) : null;
    if (match?.unit) {
      if (match.how !== 'exact') note('fuzzy', `"${printed}" → ${match.unit.id} ${match.unit.type} ${match.unit.name} (khớp ${match.how === 'diacritics' ? 'bỏ dấu' : 'gần đúng'})`);
      return { locality: match.unit.id };
    }
    const why = match?.how === 'ambiguous' ? `có thể là ${match.candidates.map((u) => `${u.id} (thuộc ${u.parentId})`).join(' hoặc ')}` : 'không khớp đơn vị nào tồn tại vào ngày báo cáo trong content/localities';
    note('uncertain', `"${printed}" ${why}; ghi issuer: { locality: <mã> } hoặc giữ { text }`);
    return { text: printed };
  }
  const agency = matchAgencyAt(printed, reference.agencies);
  if (agency?.agency && agency.printed.length >= printed.trim().length - 1) {
    if (printed.toLocaleLowerCase('vi-VN') !== agency.agency.name.toLocaleLowerCase('vi-VN')) {
      note('fuzzy', `"${printed}" → ${agency.agency.id} (${agency.agency.name}), khớp bỏ dấu`);
    }
    return { agency: agency.agency.id };
  }
  note('uncertain', `"${printed}" không khớp đơn vị nào trong content/localities hay cơ quan nào trong content/agencies.csv; để { text }, hoặc thêm cơ quan (kèm nguồn) rồi ghi { agency: <id> }`);
  return { text: printed };
}
