/**
 * Which notice a report answers. The citation sentence ("Thực hiện Thông báo số 45/TB-UBND ngày
 * …", "Thực hiện Thông báo kết luận tháng 4/2024 … tại buổi kiểm tra ngày 09/4/2024 …") gives
 * `answers.printed`, its words verbatim; the notice is found by number when it has one, else by
 * its dates (month of issue, day of the inspection), the units it names and its title's words.
 * No notice, or several alike: `answers.notice` null and a note listing the candidates.
 */
import { parseIsoPartialDate } from '../../domain/vi-date.ts';
import type { Note } from '../draft.ts';
import { findDates } from '../extract-dates.ts';
import { findLocalityMentions, matchLocality } from '../match-locality.ts';
import type { Reference } from '../reference-lists.ts';
import type { Paragraph } from '../segment.ts';
import type { AnswerableNotice } from './notices.ts';
import { syllablePairs } from './shared-words.ts';

/** The notice a report answers, the words it cites it by, and how it was found. */
export interface Answers {
  notice: AnswerableNotice | null;
  printed: string | null;
  /** The paragraph citing the notice: it may also name the point answered ("trong đó khoản 2.2 …"). */
  citation: Paragraph | null;
  /** How the notice was found, or why not. */
  basis: string;
}

const CITING_RE = /^(?:Thực hiện|Căn cứ|Theo|Triển khai(?: thực hiện)?)(?![\p{L}]).*?(?<![\p{L}])Thông báo(?![\p{L}])/u;
/** Where the words citing the notice end: a bracket, "trong đó …", or the reporting body's "… báo cáo". */
const CITATION_END_RE = / \(|, trong đó(?![\p{L}])|, (?:UBND|Ủy ban nhân dân|Sở|Ban|Phòng|Văn phòng|Chi cục|Trung tâm)(?![\p{L}])[^,;]*? báo cáo(?![\p{L}])|\.(?=\s+\p{Lu})|\.?$/u;
const MONTH_RE = /(?<![\p{L}])tháng (\d{1,2})(?: năm |\/ ?)(\d{4})(?!\d)/gu;

const month = (iso: string): string => iso.slice(0, 7);

/** The citation among `paras` (the head of the report) and the notice it names, among `notices` issued on or before the report's date. */
export function findAnswers(paras: readonly Paragraph[], reportDate: string | null, notices: readonly AnswerableNotice[], reference: Reference, notes: Note[]): Answers {
  // The basis paragraph; failing one, the first words naming a notice (the title's "… tại Thông báo kết luận …").
  const basis = paras.find((p) => CITING_RE.test(p.text));
  const citation = basis ?? paras.find((p) => /(?<![\p{L}])Thông báo(?![\p{L}])/u.test(p.text)) ?? null;
  const note = (kind: Note['kind'], message: string): void => {
    notes.push({ kind, field: 'answers.notice', message, line: citation?.line ?? null });
  };
  if (citation === null) {
    note('missing', 'không thấy câu dẫn thông báo được báo cáo ("Thực hiện Thông báo …"): ghi answers.printed (lời văn dẫn thông báo) và answers.notice');
    return { notice: null, printed: null, citation, basis: 'không thấy câu dẫn thông báo' };
  }
  if (!basis) note('uncertain', 'không thấy câu "Thực hiện Thông báo …": lời dẫn thông báo lấy từ trích yếu — kiểm tra answers.printed');
  const start = citation.text.search(/(?<![\p{L}])Thông báo(?![\p{L}])/u);
  const rest = citation.text.slice(start);
  const printed = rest.slice(0, rest.search(CITATION_END_RE)).replace(/[,;:]$/u, '');
  // ISO strings compare as dates; a partial date sorts before the days of its month.
  const issued = notices.filter((n) => reportDate === null || n.date <= reportDate);
  const found = resolveCitation(printed, reportDate, issued, reference);
  if (found.unknownNumber !== null) {
    note('uncertain', `thông báo số ${found.unknownNumber} không có trong content/notices${found.listed !== '' ? `; thông báo để trống số, cùng ngày: ${found.listed}` : ''}`);
  }
  if (found.notice === null) note('uncertain', `"${printed}": ${found.basis}; ghi answers.notice (tên thư mục của thông báo)`);
  return { notice: found.notice, printed, citation, basis: found.basis };
}

/** The notice some words cite, and how it was found or why not (see {@link resolveCitation}). */
export interface CitedNotice {
  notice: AnswerableNotice | null;
  /** How the notice was found, or why none was. */
  basis: string;
  /** The number cited when no notice of `notices` has it. */
  unknownNumber: string | null;
  /** The notices whose dates fit, with their scores (empty when none). */
  listed: string;
}

/**
 * The notice among `notices` that `printed` (words from "Thông báo" on: "Thông báo số 45/TB-UBND
 * ngày …", "Thông báo kết luận tháng 4/2024 … tại huyện Tràng Định") names: by its number when it
 * has one, else by its dates (month of issue, day of the inspection), the units it names and its
 * title's words. `citingDate` (ISO, maybe partial) gives the year of a date printed without one;
 * the caller keeps only the notices the citing document may name (issued before it).
 */
export function resolveCitation(printed: string, citingDate: string | null, notices: readonly AnswerableNotice[], reference: Reference): CitedNotice {
  const year = citingDate === null ? null : parseIsoPartialDate(citingDate).year;
  const days = findDates(printed, year).filter((d) => /^\d{4}-\d{2}-\d{2}$/u.test(d.iso)).map((d) => d.iso);
  const months = [...printed.matchAll(MONTH_RE)].map((m) => `${m[2]}-${m[1]!.padStart(2, '0')}`);
  const units = findLocalityMentions(printed, reference.units).map((m) => matchLocality(m, reference.units, [], reference.others).unit?.id).filter((id) => id !== undefined);
  const words = syllablePairs(printed);
  const number = /(?<![\p{L}])số:? (\d+\/[^\s,;]+)/u.exec(printed)?.[1] ?? null;

  const byNumber = number === null ? [] : notices.filter((n) => n.number === number);
  if (byNumber.length === 1) return { notice: byNumber[0]!, basis: `số ${number}`, unknownNumber: null, listed: '' };
  const scored = notices
    .filter((n) => number === null || n.number === null)
    .map((n) => {
      const dates = days.filter((d) => d === n.inspectionDate || d === n.date).length * 2 + months.filter((m) => m === month(n.date) || m === month(n.inspectionDate)).length;
      const places = units.filter((u) => n.inspected.includes(u)).length;
      const title = syllablePairs(n.title);
      const overlap = [...title].filter((p) => words.has(p)).length / Math.max(1, title.size);
      return { n, dates, score: dates + places + (overlap >= 0.5 ? 1 : 0), why: `${dates} điểm ngày, ${places} địa danh, ${Math.round(overlap * 100)}% lời trích yếu` };
    })
    .filter((s) => s.dates > 0)
    .sort((a, b) => b.score - a.score);
  const listed = scored.map((s) => `${s.n.id} (${s.why})`).join('; ');
  if (scored.length === 1 || (scored.length > 1 && scored[0]!.score > scored[1]!.score)) {
    const best = scored[0]!;
    return { notice: best.n, basis: `theo ngày, địa danh và trích yếu: ${best.n.id} (${best.why})${scored.length > 1 ? `; cũng xét ${scored.slice(1).map((s) => s.n.id).join(', ')}` : ''}`, unknownNumber: number, listed };
  }
  const why = scored.length === 0 ? `không thông báo nào trong content/notices khớp ngày (${[...days, ...months].join(', ') || 'câu dẫn không nêu ngày'})` : `nhiều thông báo khớp như nhau: ${listed}`;
  return { notice: null, basis: why, unknownNumber: number, listed };
}
