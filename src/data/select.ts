/**
 * Questions pages ask of the model, answered in one place: what concerns a locality, its
 * ancestors, its headline figures.
 */
import { keyFigures } from '../lib/key-figures.ts';
import type { DirectiveItem, Figure, FindingItem, Locality, Model, Notice, ProposalItem } from './model.ts';

/** Everything published about one locality. */
export interface LocalityRecord {
  locality: Locality;
  ancestors: Locality[];
  children: Locality[];
  predecessors: Locality[];
  notices: Notice[];
  /** Notices about units below this one (communes of a district, districts of the province). */
  descendantNotices: Notice[];
  figures: Figure[];
  /** Headline figures (see lib/key-figures.ts), computed once for every page that shows them. */
  keyFigures: Figure[];
  findings: FindingItem[];
  directives: DirectiveItem[];
  proposals: ProposalItem[];
}

/** Province → … → parent of `locality`. */
export function ancestorsOf(model: Model, locality: Locality): Locality[] {
  const chain: Locality[] = [];
  for (let id = locality.parentId; id !== null; ) {
    const parent = model.localityById.get(id);
    if (!parent) break;
    chain.unshift(parent);
    id = parent.parentId;
  }
  return chain;
}

/** Collects, for every locality at once, what the notices say about it. */
export function localityRecords(model: Model): Map<string, LocalityRecord> {
  const records = new Map<string, LocalityRecord>(
    model.localities.map((locality) => [
      locality.id,
      {
        locality,
        ancestors: ancestorsOf(model, locality),
        children: locality.childIds.map((id) => model.localityById.get(id)!),
        predecessors: locality.predecessorIds.map((id) => model.localityById.get(id)!),
        notices: [],
        descendantNotices: [],
        figures: [],
        keyFigures: [],
        findings: [],
        directives: [],
        proposals: [],
      },
    ]),
  );
  const add = <K extends 'figures' | 'findings' | 'directives' | 'proposals'>(ids: readonly string[], key: K, item: LocalityRecord[K][number]): void => {
    for (const id of new Set(ids)) (records.get(id)?.[key] as LocalityRecord[K][number][] | undefined)?.push(item);
  };
  for (const f of model.figures) add([f.localityId], 'figures', f);
  for (const f of model.findings) add(f.localities, 'findings', f);
  for (const d of model.directives) add(d.addressee.localities, 'directives', d);
  for (const p of model.proposals) add([...('locality' in p.from ? [p.from.locality] : []), ...p.localities], 'proposals', p);
  for (const n of model.notices) {
    const concerned = new Set([
      ...n.inspected,
      ...n.figures.map((f) => f.localityId),
      ...n.directives.flatMap((d) => d.addressee.localities),
      ...n.proposals.flatMap((p) => p.localities),
    ]);
    for (const id of concerned) records.get(id)?.notices.push(n);
    const above = new Set([...concerned].flatMap((id) => records.get(id)?.ancestors ?? []));
    for (const a of above) records.get(a.id)?.descendantNotices.push(n);
  }
  for (const r of records.values()) r.keyFigures = keyFigures(r.figures, model.indicators);
  return records;
}
