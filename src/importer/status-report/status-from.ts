/**
 * The day a status holds from: the report's date, unless the sentence dates a completion (or an
 * end) by a document ("Quyết định số 1840/QĐ-UBND ngày 28/11/2024 … đã hoàn thành" → 2024-11-28).
 * A document dated before the notice or after the report, two documents, or a report whose own
 * date is partial or missing, leave the day to a person.
 */
import type { StatusValue } from '../../domain/schemas/directive.ts';
import { findDates } from '../extract-dates.ts';

/** The day a status holds from, what it rests on, and any doubt. */
export interface StatusFrom {
  from: string | null;
  basis: string;
  /** What a person must check; null when the day is settled. */
  doubt: string | null;
}

/** "… số 1840/QĐ-UBND " right before a date: the date is the document's. */
const DOCUMENT_BEFORE = /(?<![\p{L}])số:? \S+ $/u;

/**
 * `phraseIndex`: where the status words stand in `sentence` (a document after them is not what
 * completed it). `noticeDate`, `reportDate`: ISO, possibly partial.
 */
export function statusFrom(status: StatusValue, sentence: string, phraseIndex: number, reportDate: string | null, noticeDate: string | null): StatusFrom {
  const year = reportDate === null ? null : Number(reportDate.slice(0, 4));
  if (status === 'hoan-thanh' || status === 'khong-con-ap-dung') {
    const documents = findDates(sentence, year).filter((d) => d.index < phraseIndex && /^ngày/iu.test(d.printed) && DOCUMENT_BEFORE.test(sentence.slice(0, d.index)));
    const doc = documents.at(-1);
    if (doc) {
      const words = `${/(?:\S+ ){0,2}số:? \S+ $/u.exec(sentence.slice(0, doc.index))?.[0] ?? ''}${doc.printed}`;
      // Compared at the precision of the partial date: 2024-06-15 is within a report of 2024-06.
      const outside = (noticeDate !== null && doc.iso.slice(0, noticeDate.length) < noticeDate) || (reportDate !== null && doc.iso.slice(0, reportDate.length) > reportDate);
      const doubt = [
        documents.length > 1 ? `câu nêu ${documents.length} văn bản có ngày; lấy văn bản cuối trước từ chỉ trạng thái` : null,
        outside ? `ngày ${doc.iso} nằm ngoài khoảng từ ngày thông báo (${noticeDate}) đến ngày báo cáo (${reportDate})` : null,
        doc.yearFromContext ? `"${doc.printed}" không ghi năm; lấy năm của báo cáo` : null,
      ].filter((d) => d !== null);
      if (!outside) return { from: doc.iso, basis: `ngày của văn bản: ${words}`, doubt: doubt.length > 0 ? doubt.join('; ') : null };
      return { from: reportDate, basis: 'ngày báo cáo', doubt: doubt.join('; ') };
    }
  }
  if (reportDate === null) return { from: null, basis: 'không rõ ngày báo cáo', doubt: 'báo cáo không có ngày: ghi ngày trạng thái bắt đầu (from)' };
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(reportDate)) return { from: reportDate, basis: 'ngày báo cáo (không đủ ngày)', doubt: `ngày báo cáo chỉ ghi ${reportDate}: from để ${reportDate}, sửa nếu văn bản cho biết ngày` };
  return { from: reportDate, basis: 'ngày báo cáo', doubt: null };
}
