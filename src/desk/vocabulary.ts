/**
 * The portal's words an editor chooses from, taken from the checked model of content/ (never a
 * list of the desk's own): indicators, the units of the document's era (the importer's
 * reference lists), agencies, statuses, the topics published notices already use, and for a
 * report the directives and proposals of the notice it answers.
 */
import type { Model } from '../domain/model.ts';
import { statusValue } from '../domain/schemas/directive.ts';
import { referenceOf, referenceOn } from '../importer/reference-lists.ts';
import { STATUS_LABELS } from './strings.ts';

export interface Choice {
  value: string;
  label: string;
}

export interface Vocabulary {
  indicator: Choice[];
  locality: Choice[];
  status: Choice[];
  item: Choice[];
  topic: Choice[];
  agency: Choice[];
}

/** The lists for a document of `date` (ISO, possibly partial) answering `noticeId` (reports). */
export function vocabularyFor(model: Model, date: string | null, noticeId: string | null): Vocabulary {
  const all = referenceOf(model);
  const reference = date && /^\d{4}/u.test(date) ? referenceOn(all, date) : all;
  const notice = noticeId === null ? undefined : model.notices.find((n) => n.id === noticeId);
  const topics = new Set<string>();
  for (const n of model.notices) for (const x of [...n.findings, ...n.directives, ...n.proposals]) topics.add(x.topic);
  return {
    indicator: model.indicators.map((i) => ({ value: i.id, label: `${i.label} (${i.unit})` })),
    locality: reference.units.map((u) => ({ value: u.id, label: `${u.type} ${u.name}${u.former ? ' (đơn vị cũ)' : ''}` })),
    status: statusValue.options.map((s) => ({ value: s, label: STATUS_LABELS[s] })),
    item: notice ? [...notice.directives.map((d) => ({ value: d.id, label: `Nhiệm vụ ${d.id}: ${d.topic}` })), ...notice.proposals.map((p) => ({ value: p.id, label: `Đề xuất ${p.id}: ${p.topic}` }))] : [],
    agency: model.agencies.map((a) => ({ value: a.id, label: a.name })),
    topic: [...topics].sort((a, b) => a.localeCompare(b, 'vi')).map((t) => ({ value: t, label: t })),
  };
}
