/**
 * Legal references: "Quyết định số 136/QĐ-UBND ngày 19/01/2024 của UBND tỉnh Lạng Sơn",
 * "Nghị quyết số 111/2024/QH15", "Chương trình số 15/CTr-UBND 12/3/2024". Number, type, issuer,
 * date and the words as printed; an issuer or type read only from the number's symbol, or a
 * date without a year, is marked uncertain.
 */
import { parseViDate, toIsoPartialDate } from '../domain/vi-date.ts';
import { yearNotAfter } from './extract-dates.ts';
import { matchKey } from './match-key.ts';
import type { DraftLegalReference, Note } from './draft.ts';

const TYPE_WORDS = [
  'Quyết định', 'Nghị quyết', 'Chương trình', 'Kế hoạch', 'Công văn', 'Thông báo', 'Chỉ thị',
  'Nghị định', 'Thông tư', 'Luật', 'Báo cáo', 'Tờ trình', 'Hướng dẫn', 'Văn bản',
];
/** Document type codes of the number's symbol (Nghị định 30/2020/NĐ-CP, appendix III). */
const TYPE_CODES: Readonly<Record<string, string>> = {
  'QĐ': 'Quyết định', NQ: 'Nghị quyết', CTr: 'Chương trình', KH: 'Kế hoạch', TB: 'Thông báo',
  CT: 'Chỉ thị', 'NĐ': 'Nghị định', TT: 'Thông tư', BC: 'Báo cáo', TTr: 'Tờ trình', HD: 'Hướng dẫn',
};
/** Issuers that a symbol names unambiguously. */
const SYMBOL_ISSUERS: readonly [RegExp, string][] = [
  [/^UBTVQH\d+$/u, 'Ủy ban Thường vụ Quốc hội'],
  [/^QH\d+$/u, 'Quốc hội'],
  [/^CP$/u, 'Chính phủ'],
  [/^TTg$/u, 'Thủ tướng Chính phủ'],
];
const TYPE_ABBR: Readonly<Record<string, string>> = {
  'Quyết định': 'qd', 'Nghị quyết': 'nq', 'Chương trình': 'ctr', 'Kế hoạch': 'kh', 'Công văn': 'cv',
  'Thông báo': 'tb', 'Chỉ thị': 'ct', 'Nghị định': 'nd', 'Thông tư': 'tt', 'Luật': 'luat',
  'Báo cáo': 'bc', 'Tờ trình': 'ttr', 'Hướng dẫn': 'hd', 'Văn bản': 'vb',
};

const NUMBER = String.raw`\d+(?:/\d{4})?/[\p{Lu}][\p{L}\d]*(?:-[\p{Lu}][\p{L}\d]*)*`;
const DATE = String.raw`\d{1,2} ?/ ?\d{1,2}(?: ?/ ?\d{4})?`;
const PLACE = String.raw`(?: (?:tỉnh|huyện|thành phố|xã)(?: \p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*)*)?)?`;
const ISSUER = String.raw`(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân)${PLACE}|Ủy ban Thường vụ Quốc hội|Quốc hội|Thủ tướng Chính phủ|Chính phủ|Bộ \p{Lu}[\p{L}]*(?: (?:và )?\p{Lu}[\p{L}]*)*`;
const REF_RE = new RegExp(
  `(?:(${TYPE_WORDS.join('|')})(?: số)? )?(${NUMBER})(?:,? (?:ngày )?(${DATE}))?(?: (?:của|do) (${ISSUER}))?`,
  'gu',
);
const SUBJECT_RE = /^ về (.+?)(?=\s\(|\.(?:\s|$)|, ngày \d|, đồng chí|$)/u;
const ENACTED_BY_RE = new RegExp(`(${ISSUER}) (?:đã )?ban hành $`, 'u');

/** One reference found in a paragraph, with where it is. */
export interface FoundReference {
  ref: DraftLegalReference;
  index: number;
  end: number;
}

export interface ReferenceContext {
  /** Name of the province the notice comes from, to complete "UBND tỉnh" (Lạng Sơn). */
  province: string | null;
  /** Year of the notice, for dates printed without a year. */
  year: number | null;
  /** The notice's issue date (ISO, maybe partial): a cited document's day without a year is not after it. */
  issued?: string | null;
  notes: Note[];
  line: number;
}

function shortIssuer(issuer: string, province: string | null): string {
  const short = issuer.replace(/^Ủy ban nhân dân/u, 'UBND').replace(/^Hội đồng nhân dân/u, 'HĐND');
  // "UBND tỉnh" in a notice of the province's committee is that province's committee.
  return /^(UBND|HĐND) tỉnh$/u.test(short) && province ? `${short} ${province}` : short;
}

/** Id of a reference: `qd-136-2024-ubnd`, `nq-111-2024-qh15`. */
export function referenceId(type: string | null, number: string, year: number | null): string {
  const [num = '', ...rest] = number.split('/');
  const symbol = rest.at(-1) ?? '';
  const tail = matchKey(symbol.split('-').at(-1) ?? '').replace(/[^a-z0-9]/g, '');
  const yearPart = /^\d{4}$/.test(rest[0] ?? '') ? rest[0] : year === null ? null : String(year);
  return [type === null ? 'vb' : (TYPE_ABBR[type] ?? 'vb'), num, yearPart, tail].filter((p) => p).join('-');
}

/** Every legal reference printed in `text`. */
export function findReferences(text: string, ctx: ReferenceContext): FoundReference[] {
  const found: FoundReference[] = [];
  for (const m of text.matchAll(REF_RE)) {
    const [whole, typeWord, number = '', datePrinted, issuerPrinted] = m;
    const symbol = number.split('/').at(-1) ?? '';
    const field = `legalReferences[${number}]`;
    let type = typeWord ?? null;
    if (type === null) {
      type = TYPE_CODES[symbol.split('-')[0] ?? ''] ?? null;
      if (type === null) ctx.notes.push({ kind: 'uncertain', field: `${field}.type`, message: `loại văn bản của "${number}" không ghi, không suy ra được từ ký hiệu`, line: ctx.line });
    }
    let issuer = issuerPrinted ? shortIssuer(issuerPrinted, ctx.province) : null;
    if (issuer === null) {
      // "(Hội đồng nhân dân tỉnh đã ban hành Nghị quyết số 07/NQ-HĐND …)": the issuer comes first.
      const enactedBy = ENACTED_BY_RE.exec(text.slice(0, m.index));
      if (enactedBy) issuer = shortIssuer(enactedBy[1]!, ctx.province);
    }
    if (issuer === null) {
      const tail = symbol.split('-').at(-1) ?? '';
      issuer = SYMBOL_ISSUERS.find(([re]) => re.test(tail))?.[1] ?? null;
      if (issuer === null && /^(UBND|HĐND)$/u.test(tail) && ctx.province) {
        issuer = `${tail} tỉnh ${ctx.province}`;
        ctx.notes.push({ kind: 'uncertain', field: `${field}.issuer`, message: `cơ quan ban hành "${number}" không ghi; đoán là ${issuer} theo ký hiệu ${tail} (có thể là cấp huyện, xã)`, line: ctx.line });
      } else if (issuer === null) {
        ctx.notes.push({ kind: 'missing', field: `${field}.issuer`, message: `cơ quan ban hành "${number}" không ghi`, line: ctx.line });
      }
    }
    let date: string | null = null;
    if (datePrinted) {
      const numberYear = /^\d+\/(\d{4})\//u.exec(number)?.[1];
      const hasYear = /\/ ?\d{4}$/u.test(datePrinted);
      // A document cited is not dated after the notice: "ngày 28/12" in a notice of 10/01/2025 is of 2024.
      const [day, month] = datePrinted.split('/').map((x) => Number.parseInt(x, 10)) as [number, number];
      const notAfterIssue = !numberYear && !hasYear && ctx.issued ? yearNotAfter(day, month, ctx.issued) : undefined;
      const contextYear = numberYear ? Number(numberYear) : notAfterIssue ?? ctx.year ?? undefined;
      const how = notAfterIssue === undefined ? 'theo ngữ cảnh' : `(văn bản được dẫn không sau ngày ban hành ${ctx.issued})`;
      try {
        date = toIsoPartialDate(parseViDate(datePrinted, contextYear === undefined ? {} : { contextYear }));
        if (!hasYear) ctx.notes.push({ kind: 'uncertain', field: `${field}.date`, message: `ngày "${datePrinted}" không có năm; lấy năm ${contextYear} ${how}`, line: ctx.line });
      } catch {
        ctx.notes.push({ kind: 'uncertain', field: `${field}.date`, message: `ngày "${datePrinted}" không đọc được`, line: ctx.line });
      }
    } else {
      ctx.notes.push({ kind: 'missing', field: `${field}.date`, message: `ngày của "${number}" không ghi`, line: ctx.line });
    }
    const subject = SUBJECT_RE.exec(text.slice(m.index + whole.length))?.[1] ?? null;
    found.push({
      ref: {
        id: referenceId(type, number, date === null ? null : Number(date.slice(0, 4))),
        number,
        type: type ?? 'Văn bản',
        issuer,
        date,
        subject,
        printed: whole,
      },
      index: m.index,
      end: m.index + whole.length,
    });
  }
  return found;
}
