/**
 * The status-report importer (issue 22): a district's, a commune's or an agency's *báo cáo kết
 * quả thực hiện* → a draft report.yaml, source.txt and import-report.md, for a person to review
 * before `npm run publish-draft`. Which notice it answers, each passage matched to a directive
 * or proposal, status words mapped to the portal's statuses, the day each holds from; nothing
 * the text does not settle is guessed: it is null or flagged, and listed with its line.
 *
 * ../index.ts recognises a report (recognise.ts) and calls {@link importReportText}.
 */
import type { Note } from '../draft.ts';
import { referenceOn, type Reference } from '../reference-lists.ts';
import { formatReviewItem } from '../review.ts';
import { segment } from '../segment.ts';
import { findAnswers } from './answers.ts';
import type { ReportDraft } from './draft.ts';
import { reportDraftId } from './draft-id.ts';
import { readEntries } from './entries.ts';
import { readFigures, reportFigures } from './figures.ts';
import { readReportHead } from './head.ts';
import { resolveIssuer } from './issuer.ts';
import type { AnswerableNotice } from './notices.ts';

export { answerableNotices, type AnswerableNotice } from './notices.ts';
export { documentKind, type DocumentKind } from './recognise.ts';
export type { ReportDraft } from './draft.ts';
export { writeReportDraft } from './writer.ts';

/**
 * Builds a report draft from its normalized text (../read-input.ts). `allUnits`: the register
 * (the units of the report's date are used); `notices`: those of content/ it may answer.
 */
export function importReportText(source: string, allUnits: Reference, notices: readonly AnswerableNotice[], fileName: string | null = null): ReportDraft {
  const segments = segment(source);
  const notes: Note[] = [];
  const head = readReportHead(segments, notes);
  const reference = head.date ? referenceOn(allUnits, head.date) : allUnits;
  const body = segments.head.slice(head.afterTitle);
  const answers = findAnswers(segments.head, head.date, notices, reference, notes);
  const headerLine = segments.head[0]?.line ?? null;
  const issuer = resolveIssuer(head.issuerPrinted, reference, answers.notice?.inspected ?? [], notes, headerLine);
  const issuerId = issuer === null ? null : 'locality' in issuer ? issuer.locality : 'agency' in issuer ? issuer.agency : null;
  const { entries, traces, unstated } = readEntries({ segments, notice: answers.notice, citation: answers.citation, reportDate: head.date, issuer: issuerId, notes });

  const paragraphs = [...body, ...segments.sections.flatMap((s) => [s.heading, ...s.body])];
  const figures = reportFigures(source, paragraphs);
  // The notice importer's reader gives each figure its indicator and unit where it can: those go to
  // figures.csv (about the issuer's unit, or the notice's first); the others are only listed.
  const place = issuer && 'locality' in issuer ? issuer.locality : (answers.notice?.inspected[0] ?? null);
  const csvFigures = readFigures({ segments, reference, notes: [], province: null, year: head.date ? Number(head.date.slice(0, 4)) : null }, paragraphs, place);
  for (const f of figures) {
    const inCsv = csvFigures.find((c) => c.line === f.line && c.printed === f.printed);
    notes.push({
      kind: 'editorial', field: 'figures',
      message: inCsv
        ? `số liệu trong báo cáo: ${f.words}, ghi vào figures.csv (${inCsv.id}, chỉ tiêu ${inCsv.indicator}, đơn vị ${inCsv.locality}): kiểm tra chỉ tiêu, đơn vị và thời điểm, rồi xóa mục này`
        : `số liệu trong báo cáo: ${f.words} (chưa ghi: nếu cần công bố, thêm vào figures.csv của báo cáo theo định dạng của thông báo, rồi xóa mục này)`,
      line: f.line,
    });
  }
  const { id, settled, basis } = reportDraftId(head.date, issuer, reference, fileName);
  if (!settled) notes.push({ kind: 'editorial', field: 'id', message: `tên thư mục "${id}" dựa trên ${basis}; đặt lại khi công bố nếu cần (--id)`, line: null });

  return {
    kind: 'report',
    id,
    data: {
      draft: true,
      review: notes.map(formatReviewItem),
      documentType: head.documentType,
      number: head.number,
      numberPrinted: head.numberPrinted,
      date: head.date,
      datePrinted: head.datePrinted,
      title: head.title,
      issuer,
      issuerPrinted: head.issuerPrinted,
      answers: { notice: answers.notice?.id ?? null, printed: answers.printed },
      signer: head.signer,
      entries,
    },
    source,
    notes,
    csvFigures,
    figures,
    traces,
    answersBasis: answers.basis,
    unstated,
    idBasis: basis,
  };
}
