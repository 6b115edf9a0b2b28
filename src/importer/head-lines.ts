/**
 * The lines every administrative document of Nghị định 30/2020/NĐ-CP prints in its head and
 * foot, read the same way for a notice (extract-head.ts) and a status report
 * (status-report/head.ts): the number line (`Số: 112/BC-UBND`, or blank `Số: /TB-UBND`), the
 * place-and-date line (blanks stay blank, a year missing is taken from the text and said so), the
 * name of the kind of document (THÔNG BÁO, BÁO CÁO …) and the signature block. These functions
 * only read; each caller words its own review notes.
 */
import { parseViDate, toIsoPartialDate } from '../domain/vi-date.ts';
import { findDates } from './extract-dates.ts';
import type { Paragraph } from './segment.ts';

/** The name of the kind of document, printed in capitals above the title. */
export const DOCUMENT_TYPE_RE = /^(THÔNG BÁO|KẾT LUẬN|BÁO CÁO|QUYẾT ĐỊNH|NGHỊ QUYẾT|KẾ HOẠCH|CHỈ THỊ|CÔNG VĂN)(?: KẾT LUẬN)?$/u;

/** The number line and the number it gives; `number` is null when the line leaves it blank (`Số: /TB-UBND`). */
export function readNumberLine(paras: readonly Paragraph[]): { para: Paragraph; number: string | null } | null {
  const para = paras.find((p) => /^Số\s*:/u.test(p.text));
  if (!para) return null;
  const raw = para.text.replace(/^Số\s*:\s*/u, '');
  return { para, number: /^\d/u.test(raw) ? raw : null };
}

/** The place-and-date line as read. */
export interface DateLine {
  para: Paragraph;
  /** `Tràng Định` in `Tràng Định, ngày 20 tháng 6 năm 2024`; null when the line has no place. */
  place: string | null;
  /** The words of the date: `ngày 20 tháng 6 năm 2024`. */
  printed: string;
  /** ISO, partial when the line is (`2024-04` for `ngày tháng 4 năm 2024`); null when unreadable. */
  date: string | null;
  year: number | null;
  /** `full`, `blank-day` (the day left blank), `partial` (a month only), `year-inferred` (no year printed). */
  form: 'full' | 'blank-day' | 'partial' | 'year-inferred';
  /** Where the year of a `year-inferred` date comes from. */
  yearFrom: { year: number; basis: string } | null;
  /** Why `date` is null: the parser's message. */
  error: string | null;
}

/**
 * Reads "Lạng Sơn, ngày 09 tháng 4 năm 2024", "…, ngày 09/4/2024", "…, tháng 4 năm 2024" (a
 * month only), "…, ngày 20/9" or "ngày 20 tháng 9" (no year: taken from the document). Null
 * when the paragraphs have no such line.
 */
export function readDateLine(paras: readonly Paragraph[]): DateLine | null {
  const para = paras.find((p) =>
    /\bngày\b.*\btháng\b.*\bnăm \d{4}$|^[\p{L} ]+, (?:ngày \d{1,2}\/\d{1,2}\/\d{4}|tháng \d{1,2} năm \d{4}|ngày \d{1,2}(?:\/| tháng )\d{1,2})$/u.test(p.text),
  );
  if (!para) return null;
  const m = /^(?:(.+?), )?((?:ngày|tháng).*)$/u.exec(para.text);
  const place = m?.[1] ?? null;
  const printed = m?.[2] ?? '';
  const hasYear = /\d{4}$/u.test(printed);
  const yearFrom = hasYear ? null : yearOfDocument(paras.filter((p) => p !== para).map((p) => p.text));
  const line: DateLine = { para, place, printed, date: null, year: null, form: 'full', yearFrom, error: null };
  try {
    const parsed = parseViDate(printed.replace(/ tháng (\d{1,2})$/u, '/$1'), yearFrom ? { contextYear: yearFrom.year } : {});
    line.date = toIsoPartialDate(parsed);
    line.year = parsed.year;
    line.form = yearFrom ? 'year-inferred' : !/^ngày/u.test(printed) ? 'partial' : parsed.day === null ? 'blank-day' : 'full';
  } catch (error) {
    line.error = (error as Error).message;
  }
  return line;
}

/**
 * The year of a document whose date line has none: from "năm 2024" in its title or basis, else
 * from its latest full date. Returns the words it rests on.
 */
export function yearOfDocument(texts: readonly string[]): { year: number; basis: string } | null {
  for (const t of texts) {
    const m = /năm (\d{4})(?!\d)/u.exec(t);
    if (m) return { year: Number(m[1]), basis: m[0] };
  }
  const dates = texts.flatMap((t) => findDates(t, null).filter((d) => !d.yearFromContext));
  const latest = dates.sort((a, b) => a.iso.localeCompare(b.iso)).at(-1);
  return latest ? { year: Number(latest.iso.slice(0, 4)), basis: latest.printed } : null;
}

/** The signature block: the authority lines in capitals (TM., KT. …) and the signer's name after them. */
export function readSignature(signature: readonly Paragraph[]): { chain: string[]; signer: string | null } {
  const chain = signature.filter((p) => p.text === p.text.toUpperCase()).map((p) => p.text);
  const last = signature.at(-1);
  return { chain, signer: last && last.text !== last.text.toUpperCase() ? last.text : null };
}
