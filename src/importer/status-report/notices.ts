/**
 * The notices a report may answer, as the matcher needs them: number, dates, title, inspected
 * units, and each directive and proposal with its point (khoản, điểm), its words and the parties
 * it names. Built from the checked model (load/), as the notice importer's lists are.
 */
import type { Notice, Party } from '../../domain/model.ts';
import { toIsoPartialDate } from '../../domain/vi-date.ts';

/** A directive or proposal a report entry may be about. */
export interface ItemCandidate {
  id: string;
  kind: 'directive' | 'proposal';
  /** The khoản of a directive (`2.1`); for a proposal, that of the directive answering it. */
  section: string | null;
  /** The điểm of a directive (`a`); for a proposal, that of the directive answering it. */
  label: string | null;
  /** Proposals a directive answers (2.1-g → de-xuat-1 …). */
  proposals: string[];
  /** Its words: topic, addressee and text, or topic, request and response. */
  text: string;
  /** Ids of the units and agencies it names as addressee or party. */
  parties: string[];
}

/** A notice of content/ a report may answer, with its items. */
export interface AnswerableNotice {
  id: string;
  number: string | null;
  title: string;
  /** ISO, partial when the notice's date is. */
  date: string;
  inspectionDate: string;
  inspected: string[];
  items: ItemCandidate[];
}

const partyId = (p: Party): string[] => ('agency' in p ? [p.agency.id] : 'locality' in p ? [p.locality.id] : []);

/** The notices of a model, for the report importer. */
export function answerableNotices(notices: readonly Notice[]): AnswerableNotice[] {
  return notices.map((n) => {
    const answering = new Map(n.directives.flatMap((d) => d.proposals.map((p) => [p, d] as const)));
    const directives = n.directives.map((d): ItemCandidate => ({
      id: d.id,
      kind: 'directive',
      section: d.section,
      label: d.label,
      proposals: d.proposals,
      text: [d.topic, d.addressee.printed, d.text].join('. '),
      parties: [...d.addressee.localities.map((l) => l.id), ...d.addressee.agencies.map((a) => a.id), ...[...d.lead, ...d.coordinating].flatMap(partyId)],
    }));
    const proposals = n.proposals.map((p): ItemCandidate => ({
      id: p.id,
      kind: 'proposal',
      section: answering.get(p.id)?.section ?? null,
      label: answering.get(p.id)?.label ?? null,
      proposals: [],
      text: [p.topic, p.request, p.response].join('. '),
      parties: [...partyId(p.from), ...p.localities.map((l) => l.id), ...[...p.lead, ...p.coordinating, ...p.consolidating].flatMap(partyId)],
    }));
    return {
      id: n.id,
      number: n.number,
      title: n.title,
      date: toIsoPartialDate(n.date),
      inspectionDate: toIsoPartialDate(n.inspectionDate),
      inspected: n.inspected.map((l) => l.id),
      items: [...directives, ...proposals],
    };
  });
}
