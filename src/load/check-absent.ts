/**
 * Header and signature fields a kept text lacks (issue 11, point 4): `numberPrinted`,
 * `presiding` and `signature` may be null, each with an `absent` entry giving the reason, as a
 * date line may be missing with `dateSource: not-in-text` (check-date.ts). A null without a
 * reason, a reason for a field that is given, and an absence the text itself contradicts (a
 * "Số: …" line, a "TL./KT. …" signature line) are refused.
 */
import { ABSENT_FIELDS, type AbsentField, type NoticeFrontmatter } from '../domain/schemas/notice.ts';
import type { ContentIssue } from './errors.ts';

const WHAT: Record<AbsentField, string> = {
  numberPrinted: 'dòng số, ký hiệu đúng như in ("Số: …")',
  presiding: 'người chủ trì, kết luận ({ name, role })',
  signature: 'phần chữ ký ({ chain, signer })',
};

/** Lines of a kept text that show the field is there after all. */
const PRESENT_IN_TEXT: Partial<Record<AbsentField, { re: RegExp; what: string }>> = {
  numberPrinted: { re: /^[ \t]*Số[ \t]*:.*$/mu, what: 'một dòng số, ký hiệu' },
  signature: { re: /^[ \t]*(?:TL|KT|TM|Q|TUQ)\.[ \t]*\p{Lu}.*$/mu, what: 'một dòng chữ ký' },
};

export function checkAbsent(fm: NoticeFrontmatter, source: string | null, sourceFile: string, file: string, issues: ContentIssue[]): void {
  const issue = (field: string, found: string, expected: string): void => {
    issues.push({ file, where: null, field, found, expected });
  };
  fm.absent.forEach((a, i) => {
    if (fm.absent.findIndex((o) => o.field === a.field) !== i) issue(`absent[${i}].field`, a.field, 'mỗi trường chỉ ghi một lần trong absent');
    else if (fm[a.field] !== null) issue(`absent[${i}].field`, a.field, `không có mục absent cho ${a.field}: thông báo có ghi trường này (absent chỉ dành cho trường để null)`);
    else {
      const present = source === null ? undefined : PRESENT_IN_TEXT[a.field];
      const line = present?.re.exec(source ?? '');
      if (present && line) issue(`absent[${i}].field`, a.field, `${WHAT[a.field]}: ${sourceFile} có ${present.what} ("${line[0].trim()}")`);
    }
  });
  for (const field of ABSENT_FIELDS) {
    if (fm[field] === null && !fm.absent.some((a) => a.field === field)) {
      issue(field, 'null', `${WHAT[field]}, hoặc một mục trong absent ({ field: ${field}, reason: … }) nêu lý do văn bản được lưu không có`);
    }
  }
  if (fm.numberPrinted === null && fm.number !== null) issue('number', fm.number, 'null khi không có numberPrinted (văn bản được lưu không có dòng số, ký hiệu)');
}
