/**
 * The issuing body, proposed from the register content/issuers.csv (issue 11, point 4): by the
 * heading printed in capitals ("ỦY BAN NHÂN DÂN" / "TỈNH LẠNG SƠN", one line or two, as a Word
 * table gives it), else by the symbol of the document number ("…/TB-UBND") and the place of the
 * date line ("Lạng Sơn, ngày …"). A heading that names a body outside the register is reported,
 * never added: a body enters the register with its source.
 */
import type { ExtractContext } from './context.ts';
import type { Paragraph } from './segment.ts';

/** The first words of an issuing body's heading. */
const HEADING_RE = /^(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND|THANH TRA|SỞ|BAN|VĂN PHÒNG)\b/u;

const upper = (text: string): string => text.normalize('NFC').toLocaleUpperCase('vi-VN').replace(/UỶ/gu, 'ỦY').replace(/\s+/gu, ' ').trim();

export function findIssuer(ctx: ExtractContext, paras: readonly Paragraph[], numberPara: Paragraph | undefined, place: string | null): string | null {
  const { issuers, units } = ctx.reference;
  const note = (kind: 'missing' | 'uncertain', message: string, line: number | null): void => {
    ctx.notes.push({ kind, field: 'issuer', message, line });
  };
  const settle = (id: string): string => {
    const issuer = issuers.find((i) => i.id === id)!;
    const unit = units.find((u) => u.id === issuer.locality);
    if (unit && issuer.level === 'tinh') ctx.province = { name: unit.name, id: unit.id };
    return id;
  };
  // The heading: the lines in capitals before the number line.
  const before = numberPara === undefined ? paras : paras.slice(0, paras.indexOf(numberPara));
  const capitals = before.filter((p) => /\p{Lu}/u.test(p.text) && p.text === p.text.toLocaleUpperCase('vi-VN'));
  const heading = upper(capitals.map((p) => p.text).join(' '));
  if (heading !== '') {
    const named = issuers.find((i) => heading.includes(upper(i.name)) || heading.includes(upper(i.short_name)));
    if (named) return settle(named.id);
    const printed = capitals.find((p) => HEADING_RE.test(p.text));
    if (printed) note('uncertain', `dòng cơ quan ban hành "${heading}" không khớp cơ quan nào trong content/issuers.csv; thêm cơ quan đó (kèm nguồn, content/SOURCES.md) rồi ghi issuer`, printed.line);
  }
  // Without the heading: the symbol of the number (…/TB-UBND) and the place of the date line.
  const symbol = numberPara === undefined ? null : /-([\p{Lu}Đ]+)\s*$/u.exec(numberPara.text)?.[1] ?? null;
  const bySymbol = issuers.filter((i) => i.symbol === symbol && units.find((u) => u.id === i.locality)?.name === place);
  if (bySymbol.length === 1 && numberPara) {
    const issuer = bySymbol[0]!;
    note('uncertain', `văn bản không có dòng tên cơ quan ban hành; suy ra "${issuer.name}" (${issuer.id}) từ ký hiệu ${symbol} và địa danh "${place}"`, numberPara.line);
    return settle(issuer.id);
  }
  note('missing', `không xác định được cơ quan ban hành trong content/issuers.csv (${issuers.map((i) => i.id).join(', ') || 'danh sách trống'})`, null);
  return null;
}
