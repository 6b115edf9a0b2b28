/**
 * What concerns each locality, answered once per build for every page that shows it (see
 * compute-site-data.ts): its notices, figures and headline figures, findings, directives,
 * proposals, criteria, and the records of the units below it.
 */
import { keyFigures } from './key-figures.ts';
import type { CriterionStatus, DirectiveItem, Figure, FindingItem, Locality, Model, Notice, ProposalItem } from '../domain/model.ts';

/** Everything published about one locality. */
export interface LocalityRecord {
  locality: Locality;
  ancestors: Locality[];
  children: Locality[];
  /** The records of `children`, in the same order. */
  childRecords: LocalityRecord[];
  predecessors: Locality[];
  notices: Notice[];
  /** Notices about units below this one (communes of a district, districts of the province). */
  descendantNotices: Notice[];
  /** Notices about the units this one was formed from (a unit since the reform), newest first: its history. */
  predecessorNotices: Notice[];
  figures: Figure[];
  /** Headline figures (see key-figures.ts), computed once for every page that shows them. */
  keyFigures: Figure[];
  findings: FindingItem[];
  directives: DirectiveItem[];
  proposals: ProposalItem[];
  /** The latest word on each new-rural criterion of this commune, in criterion order. */
  criteria: CriterionStatus[];
}

/** Collects, for every locality at once, what the notices say about it. */
export function localityRecords(model: Model): Map<string, LocalityRecord> {
  const records = new Map<string, LocalityRecord>(
    model.localities.map((locality) => [
      locality.id,
      {
        locality,
        ancestors: locality.ancestors,
        children: locality.children,
        childRecords: [],
        predecessors: locality.predecessors,
        notices: [],
        descendantNotices: [],
        predecessorNotices: [],
        figures: [],
        keyFigures: [],
        findings: [],
        directives: [],
        proposals: [],
        criteria: [],
      },
    ]),
  );
  const add = <K extends 'figures' | 'findings' | 'directives' | 'proposals'>(localities: readonly Locality[], key: K, item: LocalityRecord[K][number]): void => {
    for (const l of new Set(localities)) (records.get(l.id)?.[key] as LocalityRecord[K][number][] | undefined)?.push(item);
  };
  for (const f of model.figures) add([f.locality], 'figures', f);
  for (const f of model.findings) add(f.localities, 'findings', f);
  for (const d of model.directives) add(d.addressee.localities, 'directives', d);
  for (const p of model.proposals) add([...('locality' in p.from ? [p.from.locality] : []), ...p.localities], 'proposals', p);
  for (const n of model.notices) {
    const concerned = new Set([
      ...n.inspected,
      ...n.figures.map((f) => f.locality),
      ...n.directives.flatMap((d) => d.addressee.localities),
      ...n.proposals.flatMap((p) => p.localities),
    ]);
    for (const l of concerned) records.get(l.id)?.notices.push(n);
    const above = new Set([...concerned].flatMap((l) => l.ancestors));
    for (const a of above) records.get(a.id)?.descendantNotices.push(n);
  }
  // Notices come newest first: the first statement on a criterion is the latest.
  for (const c of model.criteria) {
    const record = records.get(c.locality.id);
    if (record && !record.criteria.some((x) => x.criterion.number === c.criterion.number)) record.criteria.push(c);
  }
  for (const r of records.values()) {
    const past = new Set(r.predecessors.flatMap((p) => records.get(p.id)?.notices ?? []));
    r.predecessorNotices = model.notices.filter((n) => past.has(n));
    r.childRecords = r.children.flatMap((c) => records.get(c.id) ?? []);
    r.keyFigures = keyFigures(r.figures, model.indicators);
    r.criteria.sort((a, b) => a.criterion.number - b.criterion.number);
  }
  return records;
}

/** Every figure of one indicator, across all localities and notices. */
