/**
 * Stage 3 of the pipeline: what the checks returned → the model pages read (domain/model.ts),
 * the reports' statuses attached to the items they are about.
 * Nothing is parsed or looked up again here: the checks resolved every reference.
 */
import type { CriterionStatus, CurrentStatus, DirectiveItem, DistrictShape, Figure, Model, Notice, ProposalItem, Report, ReportedStatus } from '../domain/model.ts';
import { parseIsoPartialDate, toIsoPartialDate } from '../domain/vi-date.ts';
import type { CheckedCriterion } from './check-criteria.ts';
import type { CheckedFigure } from './check-figures.ts';
import type { CheckedReferences } from './check-notice.ts';
import type { CheckedReport } from './check-reports.ts';
import type { Register } from './check-register.ts';
import type { RawNotice } from './read-content.ts';

/** One notice as the checks left it. */
export interface CheckedNotice {
  raw: RawNotice;
  references: CheckedReferences;
  figures: CheckedFigure[];
  criteria: CheckedCriterion[];
}

export function buildModel(register: Register, checked: readonly CheckedNotice[], checkedReports: readonly CheckedReport[], districtShapes: DistrictShape[], portal: Pick<Model, 'province' | 'reform'>): Model {
  const notices = checked
    .map(buildNotice)
    .sort((a, b) => toIsoPartialDate(b.date).localeCompare(toIsoPartialDate(a.date)) || a.id.localeCompare(b.id));
  const noticeById = new Map(notices.map((n) => [n.id, n]));
  const reports = checkedReports
    .map((r) => buildReport(r, noticeById.get(r.notice)!))
    .sort((a, b) => toIsoPartialDate(b.date).localeCompare(toIsoPartialDate(a.date)) || a.id.localeCompare(b.id));
  attachStatuses(reports);
  linkRepeats(notices, checked);

  return {
    ...portal,
    localities: register.localities,
    localityById: register.localityById,
    notices,
    noticeById,
    reports,
    reportById: new Map(reports.map((r) => [r.id, r])),
    indicators: register.indicators,
    indicatorById: register.indicatorById,
    agencies: register.agencies,
    agencyById: register.agencyById,
    issuers: register.issuers,
    figures: notices.flatMap((n) => n.figures),
    ntmCriteria: register.ntmCriteria,
    criteria: notices.flatMap((n) => n.criteria),
    directives: notices.flatMap((n) => n.directives),
    proposals: notices.flatMap((n) => n.proposals),
    findings: notices.flatMap((n) => n.findings),
    districtShapes,
  };
}

/** The last reported status; `chua-bao-cao` when none was reported. */
const statusOf = (changes: readonly ReportedStatus[]): CurrentStatus => changes.at(-1)?.status ?? 'chua-bao-cao';

/** A report, its entries pointing at the items of its notice (the checks resolved each). */
function buildReport({ raw, issuer, entries, figures: checkedFigures }: CheckedReport, notice: Notice): Report {
  const { documentType, number, numberPrinted, date, datePrinted, title, issuerPrinted, answers, signer, corrections } = raw.data;
  const report: Report = {
    documentType, number, numberPrinted, datePrinted, title, issuerPrinted, signer, corrections,
    id: raw.id,
    date: parseIsoPartialDate(date),
    issuer,
    notice,
    answersPrinted: answers.printed,
    entries: [],
    figures: [],
    sourceLines: raw.source.split(/\r?\n/),
    file: raw.file,
  };
  report.figures = checkedFigures.map((f) => ({ ...f, report }));
  report.entries = entries.map((e) => {
    const item: DirectiveItem | ProposalItem = (e.kind === 'directive' ? notice.directives : notice.proposals).find((x) => x.id === e.item)!;
    return { item, status: e.status, date: parseIsoPartialDate(e.from), report, evidence: e.evidence, line: e.line };
  });
  return report;
}

/** Each directive that repeats an earlier one, linked both ways (the checks resolved each). */
function linkRepeats(notices: readonly Notice[], checked: readonly CheckedNotice[]): void {
  const byId = new Map(notices.map((n) => [n.id, n]));
  for (const { raw } of checked) {
    const notice = byId.get(raw.id)!;
    for (const d of raw.frontmatter.directives) {
      const later = notice.directives.find((x) => x.id === d.id)!;
      for (const r of d.repeats) {
        const earlier = byId.get(r.notice)!.directives.find((x) => x.id === r.item)!;
        later.repeats.push(earlier);
        earlier.repeatedBy.push(later);
      }
    }
  }
  // Oldest repeat first: "nhắc lại lần 1" is the first later notice.
  for (const n of notices) for (const d of n.directives) d.repeatedBy.sort((a, b) => toIsoPartialDate(a.notice.date).localeCompare(toIsoPartialDate(b.notice.date)));
}

/** Each item's statuses from every report, oldest first (by the day each holds from, then the report's date). */
function attachStatuses(reports: readonly Report[]): void {
  const byDate = (a: ReportedStatus, b: ReportedStatus): number =>
    toIsoPartialDate(a.date).localeCompare(toIsoPartialDate(b.date)) || toIsoPartialDate(a.report.date).localeCompare(toIsoPartialDate(b.report.date)) || a.report.id.localeCompare(b.report.id);
  const touched = new Set<DirectiveItem | ProposalItem>();
  for (const report of reports) {
    for (const { item, ...status } of report.entries) {
      item.changes.push(status);
      touched.add(item);
    }
  }
  for (const item of touched) {
    item.changes.sort(byDate);
    item.currentStatus = statusOf(item.changes);
  }
}

function buildNotice({ raw, references, figures, criteria }: CheckedNotice): Notice {
  const { date, inspectionDate, ...fm } = raw.frontmatter;
  const notice: Notice = {
    ...fm,
    // Resolved, or reported and the build stopped before the model (load-model.ts).
    issuer: references.issuer!,
    inspected: references.inspected,
    agencies: references.agencies,
    findings: [],
    directives: [],
    proposals: [],
    id: raw.id,
    file: raw.file,
    date: parseIsoPartialDate(date),
    inspectionDate: parseIsoPartialDate(inspectionDate),
    figures: [],
    criteria: [],
    sourceLines: raw.source.split(/\r?\n/),
    narrative: raw.narrative,
  };
  // What a notice lists points back at it: set once here, when the notice exists.
  notice.figures = figures.map((f): Figure => ({ ...f, notice }));
  notice.criteria = criteria.map((c): CriterionStatus => ({ ...c, notice }));
  notice.findings = references.findings.map((f) => ({
    ...f,
    notice,
    figures: f.figures.flatMap((id) => notice.figures.filter((x) => x.id === id)),
  }));
  // Statuses come from the reports (attachStatuses), repeats from the other notices (linkRepeats), once every notice exists.
  notice.directives = references.directives.map(({ repeats, ...d }) => ({ ...d, notice, repeats: [], repeatedBy: [], changes: [], currentStatus: 'chua-bao-cao' }));
  notice.proposals = references.proposals.map((p) => ({
    ...p,
    notice,
    changes: [],
    currentStatus: 'chua-bao-cao',
    figures: notice.figures.filter((f) => f.ref === p.id),
  }));
  return notice;
}
