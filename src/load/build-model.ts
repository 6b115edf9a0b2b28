/**
 * Stage 3 of the pipeline: what the checks returned → the model pages read (domain/model.ts).
 * Nothing is parsed or looked up again here: the checks resolved every reference.
 */
import type { CriterionStatus, CurrentStatus, DistrictShape, Figure, Model, Notice, StatusChange } from '../domain/model.ts';
import { parseIsoPartialDate, toIsoPartialDate } from '../domain/vi-date.ts';
import type { CheckedCriterion } from './check-criteria.ts';
import type { CheckedFigure } from './check-figures.ts';
import type { CheckedReferences } from './check-notice.ts';
import type { Register } from './check-register.ts';
import type { RawNotice } from './read-content.ts';

/** One notice as the checks left it. */
export interface CheckedNotice {
  raw: RawNotice;
  references: CheckedReferences;
  figures: CheckedFigure[];
  criteria: CheckedCriterion[];
}

export function buildModel(register: Register, checked: readonly CheckedNotice[], districtShapes: DistrictShape[], portal: Pick<Model, 'province' | 'reform'>): Model {
  const notices = checked
    .map(buildNotice)
    .sort((a, b) => toIsoPartialDate(b.date).localeCompare(toIsoPartialDate(a.date)) || a.id.localeCompare(b.id));

  return {
    ...portal,
    localities: register.localities,
    localityById: register.localityById,
    notices,
    noticeById: new Map(notices.map((n) => [n.id, n])),
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
const statusOf = (changes: readonly StatusChange[]): CurrentStatus => changes.at(-1)?.status ?? 'chua-bao-cao';

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
  notice.directives = references.directives.map((d) => ({ ...d, notice, currentStatus: statusOf(d.status) }));
  notice.proposals = references.proposals.map((p) => ({
    ...p,
    notice,
    currentStatus: statusOf(p.status),
    figures: notice.figures.filter((f) => f.ref === p.id),
  }));
  return notice;
}
