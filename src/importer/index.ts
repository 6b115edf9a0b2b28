/**
 * The importer: a notice's text (or .docx) → a draft notice.mdx, figures.csv, source.txt and an
 * extraction report, for a person to review before publishing; a status report's → a draft
 * report.yaml (status-report/). Nothing is guessed silently: every value the text does not
 * settle is blank or marked, and listed with its line.
 *
 * Library first (tests call it directly); scripts/import-notice.ts is a thin command line.
 */
import { resolve } from 'node:path';
import { formatViDate, parseIsoPartialDate } from '../domain/vi-date.ts';
import type { DataQualityNote } from '../domain/schemas/notice.ts';
import type { ExtractContext } from './context.ts';
import type { Draft, DraftFrontmatter } from './draft.ts';
import { extractFigures, findFigureCandidates, PREAMBLE_SECTION, type FigureState } from './extract-figures.ts';
import { extractHead } from './extract-head.ts';
import { extractSections } from './extract-sections.ts';
import { proposeRepeats } from './extract-repeats.ts';
import { localitiesIn, reviewLocalities } from './localities.ts';
import { draftId } from './draft-id.ts';
import { findDates } from './extract-dates.ts';
import { readInput } from './read-input.ts';
import { loadModel } from '../load/load-model.ts';
import { readGazetteer } from '../load/gazetteer.ts';
import { referenceOf, referenceOn, type Reference } from './reference-lists.ts';
import { ImportError } from './errors.ts';
import { formatReviewItem } from './review.ts';
import { positionOf, segment } from './segment.ts';

import { writeNoticeDraft } from './draft-writer.ts';
import { answerableNotices, documentKind, importReportText, writeReportDraft, type AnswerableNotice, type ReportDraft } from './status-report/index.ts';

export { ImportError } from './errors.ts';
export { formatReviewItem } from './review.ts';
export type { Draft, Note } from './draft.ts';
export type { ReportDraft } from './status-report/index.ts';

/** What `importFile` makes of a document: a notice's draft or a status report's (`kind`). */
export type ImportedDraft = Draft | ReportDraft;

/**
 * Builds a draft from a notice's normalized text (see read-input.ts). `earlier`: content/'s
 * notices (status-report/notices.ts), among which a directive's repeat of an earlier one is
 * looked for (extract-repeats.ts); none by default.
 */
export function importText(source: string, allUnits: Reference, fileName: string | null = null, earlier: readonly AnswerableNotice[] = []): Draft {
  // Units are proposed from the notice's own era: read its date first, then match against the units of that date.
  const { date } = extractHead({ segments: segment(source), reference: allUnits, notes: [], province: null, year: null }).head;
  const reference = date ? referenceOn(allUnits, date) : allUnits;
  const ctx: ExtractContext = { segments: segment(source), reference, notes: [], province: null, year: null };
  const { head, narrative } = extractHead(ctx);
  const figureState: FigureState = { figures: [], usedIds: new Set<string>(), spans: new Map(), proposedIndicators: [] };
  const sections = extractSections(ctx, head.inspected, figureState, head.programme?.number ?? null);
  proposeRepeats(sections.directives, { date: head.date, sections: ctx.segments.sections, notices: earlier, reference, notes: ctx.notes });

  if (ctx.segments.sections.length === 0) {
    ctx.notes.push({ kind: 'missing', field: 'findings/directives', message: 'không thấy các mục đánh số (1., 2., 2.1. …): không trích được nhận định, nhiệm vụ, đề xuất và số liệu', line: null });
  }
  // Figures before the first numbered section (opening paragraphs, a text without sections)
  // are written with section "0" (docs/data-format.md, figures.csv); figures in the recipients
  // are listed.
  for (const p of ctx.segments.head) {
    extractFigures(ctx, p, { section: PREAMBLE_SECTION, locality: head.inspected[0] ?? null, ref: null }, figureState);
  }
  for (const p of ctx.segments.recipients) {
    for (const c of findFigureCandidates(p.text)) {
      ctx.notes.push({ kind: 'uncertain', field: 'figures', message: `"${c.printed}" nằm trong phần Nơi nhận; chưa ghi vào figures.csv`, line: positionOf(source, p, c.index).line });
    }
  }
  figureState.figures.sort((a, b) => a.offset - b.offset);
  const all = [
    ...ctx.segments.head.map((paragraph) => ({ section: null, paragraph })),
    ...ctx.segments.sections.flatMap((s) => [s.heading, ...s.body].map((paragraph) => ({ section: s.number, paragraph }))),
  ];
  const dataQuality: DataQualityNote[] = [...blankNotes(head), ...reviewLocalities(ctx, all, head.inspected)];

  const top = reference.units.find((u) => u.id === head.inspected[0]);
  let shortTitle: string | null = null;
  if (top && head.date) {
    shortTitle = `Kết luận kiểm tra tại ${top.type} ${top.name}, ${formatViDate(parseIsoPartialDate(head.date)).replace(/^\d+\//u, 'tháng ')}`;
    ctx.notes.push({ kind: 'editorial', field: 'shortTitle', message: `tên ngắn do máy ghép ("${shortTitle}"); sửa nếu cần`, line: null });
  }
  const topics = sections.findings.length + sections.directives.length + sections.proposals.length;
  if (topics > 0) {
    ctx.notes.push({ kind: 'editorial', field: 'findings/directives/proposals[].topic', message: `${topics} chủ đề ngắn (topic) để trống: người biên tập viết`, line: null });
  }
  if (figureState.figures.length > 0) {
    ctx.notes.push({ kind: 'editorial', field: 'figures.subject', message: 'cột subject (đối tượng được đếm) để trống: điền cho chỉ tiêu chung như "công trình"', line: null });
  }
  ctx.notes.push({ kind: 'editorial', field: 'dataQuality[].note', message: 'lời giải thích của các ghi chú chất lượng dữ liệu là câu mẫu: đọc lại trước khi công bố', line: null });

  const frontmatter: DraftFrontmatter = {
    draft: true,
    review: ctx.notes.map(formatReviewItem),
    ...head,
    shortTitle,
    ...sections,
    dataQuality,
  };
  const headText = ctx.segments.head.map((p) => p.text).join('\n');
  const { id, basis } = draftId(
    {
      date: head.date,
      inspectionDate: head.inspectionDate,
      datesInText: findDates(source, null),
      inspected: head.inspected,
      titleUnits: localitiesIn(ctx, headText, []).filter((u) => reference.units.find((r) => r.id === u)?.type !== 'tỉnh'),
      issuerLocality: reference.issuers.find((i) => i.id === head.issuer)?.locality ?? null,
      fileName,
    },
    reference,
  );
  if (!/^\d{4}-\d{2}-/u.test(id) || !basis.startsWith('ngày ban hành')) {
    ctx.notes.push({ kind: 'editorial', field: 'id', message: `tên thư mục "${id}" dựa trên ${basis}; đặt lại khi công bố nếu cần`, line: null });
    frontmatter.review = ctx.notes.map(formatReviewItem);
  }
  return {
    kind: 'notice',
    id,
    frontmatter,
    narrative: narrative.map((p) => p.text),
    figures: figureState.figures,
    proposedIndicators: figureState.proposedIndicators,
    source,
    notes: ctx.notes,
  };
}

/**
 * Reads a .txt or .docx file and builds its draft: a status report's when the document is one
 * (titled BÁO CÁO, or numbered …/BC-…: status-report/recognise.ts), else a notice's. The
 * register and lists come from the model of `contentDir`, loaded and checked as the build does,
 * and the rest of the country from its national gazetteer (content/gazetteer).
 */
export async function importFile(path: string, contentDir = resolve('content'), shownAs = path): Promise<ImportedDraft> {
  const { text } = await readInput(path, shownAs);
  const model = loadModel(contentDir);
  const reference = referenceOf(model, readGazetteer(contentDir));
  const notices = answerableNotices(model.notices);
  if (documentKind(text) === 'report') return importReportText(text, reference, notices, path);
  return importText(text, reference, path, notices);
}

/** The draft as a notice's; a status report's is refused (for callers that expect a notice). */
export function noticeDraft(draft: ImportedDraft): Draft {
  if (draft.kind === 'notice') return draft;
  throw new ImportError({ file: draft.id, where: null, field: null, found: 'một báo cáo (BÁO CÁO)', expected: 'một thông báo (THÔNG BÁO)' });
}

/**
 * Writes a draft into `dir`: notice.mdx, figures.csv … for a notice (draft-writer.ts), report.yaml
 * for a status report (status-report/writer.ts), with source.txt and import-report.md. Returns the paths.
 * @throws {ImportError} when `dir` is not empty and `force` is not set
 */
export function writeDraft(draft: ImportedDraft, dir: string, inputFile: string, options: { force?: boolean } = {}): string[] {
  return draft.kind === 'report' ? writeReportDraft(draft, dir, inputFile, options) : writeNoticeDraft(draft, dir, inputFile, options);
}

function blankNotes(head: Pick<DraftFrontmatter, 'number' | 'numberPrinted' | 'date' | 'datePrinted'>): DataQualityNote[] {
  const notes: DataQualityNote[] = [];
  if (head.number === null && head.numberPrinted) {
    notes.push({ kind: 'blank', note: `Số của thông báo để trống trong văn bản ("${head.numberPrinted}"); cổng không tự điền.`, quote: head.numberPrinted, occurrences: 1 });
  }
  const blankDay = head.datePrinted ? /ngày\s+tháng.*năm \d{4}/u.exec(head.datePrinted)?.[0] : undefined;
  if (blankDay) {
    notes.push({ kind: 'blank', note: `Ngày ban hành để trống, văn bản chỉ ghi tháng và năm (${blankDay.replace(/^ngày\s+/u, '')}); cổng không tự điền ngày.`, quote: blankDay, occurrences: 1 });
  }
  return notes;
}
