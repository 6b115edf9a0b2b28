/**
 * The units of the registers as the model holds them: each linked to its parent, ancestors,
 * children, predecessors and successors, with its validity in time. References that do not
 * resolve are reported by check-register.ts; here they are simply not linked.
 *
 * Ids: a unit of the register of 01/3/2025 keeps its GSO code as id and its address
 * (`06040`, `/dia-phuong/06040-thi-tran-that-khe/`); a unit of a later register
 * (`units-<date>.csv`) is its code and the year it began (`06040-2025`,
 * `/dia-phuong/06040-xa-that-khe-2025/`), because the new units reuse old codes.
 */
import { dayBefore } from '../domain/unit-validity.ts';
import type { Locality } from '../domain/model.ts';
import { slugifyVi } from '../domain/slug.ts';
import { parseIsoPartialDate, type PartialDate } from '../domain/vi-date.ts';
import type { RawContent } from './read-content.ts';

/** A unit's links, filled in below. */
const links = (): Pick<Locality, 'parent' | 'ancestors' | 'children' | 'currentChildren' | 'successors' | 'predecessors'> => ({
  parent: null,
  ancestors: [],
  children: [],
  currentChildren: [],
  successors: [],
  predecessors: [],
});

/** Id of a unit of a later register: its code and the year it began. */
export const versionId = (code: string, validFrom: PartialDate): string => `${code}-${validFrom.year}`;

export function buildLocalities(content: RawContent): Locality[] {
  const versions = content.unitVersions.map(({ data }): Locality => {
    const validFrom = parseIsoPartialDate(data.valid_from);
    const id = versionId(data.code, validFrom);
    return {
      id,
      code: data.code,
      name: data.name,
      type: data.type,
      level: data.level,
      status: 'active',
      validFrom,
      validTo: null,
      slug: `${data.code}-${slugifyVi(data.name)}-${validFrom.year}`,
      ...links(),
    };
  });
  const list: Locality[] = [
    ...content.units.map(({ data }): Locality => ({
      id: data.code,
      code: data.code,
      name: data.name,
      type: data.type,
      level: data.level,
      status: 'active',
      validFrom: null,
      validTo: null,
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
      validFrom: null,
      validTo: null,
      slug: data.code ? `${data.code}-${slugifyVi(data.name)}` : data.id,
      ...links(),
    })),
    ...versions,
  ];
  const byId = new Map(list.map((l) => [l.id, l]));
  const parentCodes = [
    ...content.units.map((r) => r.data.parent_code),
    ...content.formerUnits.map((r) => r.data.parent_code),
    ...content.unitVersions.map((r) => r.data.parent_code),
  ];
  list.forEach((l, i) => {
    const parent = byId.get(parentCodes[i] ?? '');
    if (!parent) return;
    l.parent = parent;
    if (l.status === 'active' && l.validFrom === null) parent.children.push(l);
    if (l.validFrom !== null) parent.currentChildren.push(l);
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
      split: false,
    });
    const former = byId.get(data.id);
    if (former) successor?.predecessors.push(former);
  }
  // Links between eras: the successor is the unit of that code that began on the effective date.
  const rowsOf = new Map<string, number>();
  for (const { data } of content.successors) rowsOf.set(data.old_code, (rowsOf.get(data.old_code) ?? 0) + 1);
  for (const { data } of content.successors) {
    const effectiveDate = parseIsoPartialDate(data.effective_date);
    const old = byId.get(data.old_code);
    const successor = byId.get(versionId(data.new_code, effectiveDate)) ?? null;
    old?.successors.push({
      locality: successor,
      code: data.new_code,
      name: data.new_name,
      effectiveDate,
      basis: data.basis,
      evidence: null,
      split: (rowsOf.get(data.old_code) ?? 0) > 1,
    });
    if (old && successor && !successor.predecessors.includes(old)) successor.predecessors.push(old);
    // The old unit ended the day before its successors began.
    if (old) old.validTo = dayBefore(effectiveDate);
  }
  // A unit of the 01/3/2025 register that a later register neither continues (as the parent
  // of its units: the province) nor maps to a successor ended when that register took effect:
  // the districts, whose level has no government since 01/7/2025.
  const firstVersion = versions.map((v) => v.validFrom!).sort((a, b) => a.year - b.year)[0];
  if (firstVersion) {
    for (const l of list) {
      if (l.status === 'active' && l.validFrom === null && l.validTo === null && l.currentChildren.length === 0) l.validTo = dayBefore(firstVersion);
    }
  }
  // Tree order: province, then each district followed by its communes; former units, then the later registers.
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
