/**
 * The units of the register as the model holds them: each linked to its parent, ancestors,
 * children, predecessors and successors. References that do not resolve are reported by
 * check-register.ts; here they are simply not linked.
 */
import type { Locality } from '../domain/model.ts';
import { slugifyVi } from '../domain/slug.ts';
import { parseIsoPartialDate } from '../domain/vi-date.ts';
import type { RawContent } from './read-content.ts';

/** A unit's links, filled in below. */
const links = (): Pick<Locality, 'parent' | 'ancestors' | 'children' | 'successors' | 'predecessors'> => ({
  parent: null,
  ancestors: [],
  children: [],
  successors: [],
  predecessors: [],
});

export function buildLocalities(content: RawContent): Locality[] {
  const list: Locality[] = [
    ...content.units.map(({ data }): Locality => ({
      id: data.code,
      code: data.code,
      name: data.name,
      type: data.type,
      level: data.level,
      status: 'active',
      slug: `${data.code}-${slugifyVi(data.name)}`,
      ...links(),
    })),
    ...content.formerUnits.map(({ data }): Locality => ({
      id: data.id,
      code: data.code,
      name: data.name,
      type: data.type,
      level: data.level,
      status: 'former',
      slug: data.code ? `${data.code}-${slugifyVi(data.name)}` : data.id,
      ...links(),
    })),
  ];
  const byId = new Map(list.map((l) => [l.id, l]));
  const parentCodes = [...content.units.map((r) => r.data.parent_code), ...content.formerUnits.map((r) => r.data.parent_code)];
  list.forEach((l, i) => {
    const parent = byId.get(parentCodes[i] ?? '');
    if (!parent) return;
    l.parent = parent;
    if (l.status === 'active') parent.children.push(l);
  });
  for (const { data } of content.formerUnits) {
    const successor = byId.get(data.successor);
    byId.get(data.id)?.successors.push({
      locality: successor ?? null,
      code: successor?.code ?? null,
      name: successor?.name ?? data.successor,
      effectiveDate: data.effective_date ? parseIsoPartialDate(data.effective_date) : null,
      basis: data.basis,
      evidence: data.evidence,
    });
    const former = byId.get(data.id);
    if (former) successor?.predecessors.push(former);
  }
  for (const { data } of content.successors) {
    byId.get(data.old_code)?.successors.push({
      locality: null,
      code: data.new_code,
      name: data.new_name,
      effectiveDate: parseIsoPartialDate(data.effective_date),
      basis: data.basis,
      evidence: null,
    });
  }
  // Tree order: province, then each district followed by its communes; former units last.
  const ordered: Locality[] = [];
  const visit = (l: Locality, ancestors: Locality[]): void => {
    l.ancestors = ancestors;
    ordered.push(l);
    for (const child of l.children) visit(child, [...ancestors, l]);
  };
  list.filter((l) => l.parent === null).forEach((l) => visit(l, []));
  const placed = new Set(ordered);
  const rest = list.filter((l) => !placed.has(l));
  for (const l of rest) l.ancestors = l.parent ? [...l.parent.ancestors, l.parent] : [];
  return [...ordered, ...rest];
}
