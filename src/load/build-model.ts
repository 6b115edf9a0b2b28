/**
 * Stage 3 of the pipeline: validated rows → the model pages read (model.ts). Assumes
 * validate.ts found no issue, so every reference resolves.
 */
import { findVerbatim, lineOfOffset } from '../domain/verbatim.ts';
import { parseIsoPartialDate, toIsoPartialDate } from '../domain/vi-date.ts';
import { parsePrintedFigure } from '../domain/vi-number.ts';
import { slugifyVi } from '../domain/slug.ts';
import type { RawContent, RawNotice } from './read-content.ts';
import type { CriterionStatus, CurrentStatus, Figure, Indicator, Locality, Model, Notice, NtmCriterion } from '../domain/model.ts';

export function buildModel(content: RawContent): Model {
  const indicatorById = new Map(content.indicators.map((r) => [r.data.id, r.data]));
  const localities = buildLocalities(content);
  const localityById = new Map(localities.map((l) => [l.id, l]));
  const ntmCriteria = content.ntmCriteria.map((r) => r.data).sort((a, b) => a.number - b.number);
  const notices = content.notices
    .map((raw) => buildNotice(raw, indicatorById, ntmCriteria))
    .sort((a, b) => toIsoPartialDate(b.date).localeCompare(toIsoPartialDate(a.date)) || a.id.localeCompare(b.id));

  const statusOf = (changes: readonly { status: CurrentStatus }[]): CurrentStatus => changes.at(-1)?.status ?? 'chua-bao-cao';
  const itemsByNotice = new Map(
    notices.map((notice) => [
      notice.id,
      {
        directives: notice.directives.map((d) => ({ ...d, notice, currentStatus: statusOf(d.status) })),
        proposals: notice.proposals.map((p) => ({
          ...p,
          notice,
          currentStatus: statusOf(p.status),
          figures: notice.figures.filter((f) => f.ref === p.id),
        })),
      },
    ]),
  );
  const items = [...itemsByNotice.values()];
  return {
    localities,
    localityById,
    notices,
    noticeById: new Map(notices.map((n) => [n.id, n])),
    indicators: content.indicators.map((r) => r.data),
    indicatorById,
    agencyById: new Map(content.agencies.map((r) => [r.data.id, r.data])),
    figures: notices.flatMap((n) => n.figures),
    ntmCriteria,
    criteria: notices.flatMap((n) => n.criteria),
    directives: items.flatMap((i) => i.directives),
    proposals: items.flatMap((i) => i.proposals),
    findings: notices.flatMap((notice) => notice.findings.map((f) => ({ ...f, notice }))),
    itemsByNotice,
  };
}

function buildLocalities(content: RawContent): Locality[] {
  const list: Locality[] = [
    ...content.units.map(({ data }) => ({
      id: data.code,
      code: data.code,
      name: data.name,
      type: data.type,
      level: data.level,
      parentId: data.parent_code,
      status: 'active' as const,
      slug: `${data.code}-${slugifyVi(data.name)}`,
      childIds: [],
      successors: [],
      predecessorIds: [],
    })),
    ...content.formerUnits.map(({ data }) => ({
      id: data.id,
      code: data.code,
      name: data.name,
      type: data.type,
      level: data.level,
      parentId: data.parent_code,
      status: 'former' as const,
      slug: data.code ? `${data.code}-${slugifyVi(data.name)}` : data.id,
      childIds: [],
      successors: [],
      predecessorIds: [],
    })),
  ];
  const byId = new Map(list.map((l) => [l.id, l]));
  for (const l of list) if (l.parentId && l.status === 'active') byId.get(l.parentId)?.childIds.push(l.id);
  for (const { data } of content.formerUnits) {
    const successor = byId.get(data.successor);
    byId.get(data.id)?.successors.push({
      localityId: data.successor,
      code: successor?.code ?? null,
      name: successor?.name ?? data.successor,
      effectiveDate: data.effective_date ? parseIsoPartialDate(data.effective_date) : null,
      basis: data.basis,
      evidence: data.evidence,
    });
    successor?.predecessorIds.push(data.id);
  }
  for (const { data } of content.successors) {
    byId.get(data.old_code)?.successors.push({
      localityId: null,
      code: data.new_code,
      name: data.new_name,
      effectiveDate: parseIsoPartialDate(data.effective_date),
      basis: data.basis,
      evidence: null,
    });
  }
  // Tree order: province, then each district followed by its communes; former units last.
  const ordered: Locality[] = [];
  const visit = (l: Locality): void => {
    ordered.push(l);
    l.childIds.forEach((id) => visit(byId.get(id)!));
  };
  list.filter((l) => l.parentId === null).forEach(visit);
  return [...ordered, ...list.filter((l) => !ordered.includes(l))];
}

function buildNotice(raw: RawNotice, indicators: ReadonlyMap<string, Indicator>, ntmCriteria: readonly NtmCriterion[]): Notice {
  const fm = raw.frontmatter;
  const figures: Figure[] = raw.figures.map(({ line, data }) => {
    const printed = parsePrintedFigure(data.printed);
    const offset = findVerbatim(raw.source, data.excerpt)[0] ?? 0;
    return {
      key: `${raw.id}/${data.id}`,
      id: data.id,
      noticeId: raw.id,
      localityId: data.locality,
      indicator: indicators.get(data.indicator)!,
      asOf: data.as_of ? parseIsoPartialDate(data.as_of) : null,
      value: data.value,
      denominator: data.denominator,
      target: data.target,
      qualifier: 'qualifier' in printed ? printed.qualifier : null,
      printed: data.printed,
      excerpt: data.excerpt,
      section: data.section,
      subject: data.subject,
      ref: data.ref,
      sourceLine: lineOfOffset(raw.source, offset),
      csvLine: line,
    };
  });
  const criteria: CriterionStatus[] = raw.criteria
    .map(({ data }) => ({
      noticeId: raw.id,
      localityId: data.locality,
      criterion: ntmCriteria.find((c) => c.number === data.criterion)!,
      met: data.status === 'dat',
      excerpt: data.excerpt,
      sourceLine: lineOfOffset(raw.source, findVerbatim(raw.source, data.excerpt)[0] ?? 0),
    }))
    .sort((a, b) => a.localityId.localeCompare(b.localityId) || a.criterion.number - b.criterion.number);
  return {
    ...fm,
    id: raw.id,
    file: raw.file,
    date: parseIsoPartialDate(fm.date),
    inspectionDate: parseIsoPartialDate(fm.inspectionDate),
    figures,
    criteria,
    sourceLines: raw.source.split(/\r?\n/),
  };
}
