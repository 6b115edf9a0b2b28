/**
 * The two eras of local government on the pages: what each unit is in time, what it became,
 * what it was made from, and the history of a new unit — its predecessors' notices and figures,
 * each under the old unit's name and dates, never added together or given to the new unit.
 */
import { eraKind } from '../domain/unit-validity.ts';
import type { DirectiveItem, Figure, Locality, Model, ProposalItem, Successor } from '../domain/model.ts';
import { formatViDate } from '../domain/vi-date.ts';
import { formatViNumber } from '../domain/vi-format.ts';
import type { LocalityRecord } from './locality-records.ts';

/** The day the current register took effect (the earliest start of a unit that has one), or null. */
export function reformDate(model: Pick<Model, 'localities'>): Locality['validFrom'] {
  return model.localities.find((l) => l.validFrom !== null)?.validFrom ?? null;
}

/** The units that exist today: the province's units since the reform (or, with no later register, its districts). */
/** The resolutions that made the current units, as their links name them: `1672/NQ-UBTVQH15`. */
export function reformResolutions(model: Pick<Model, 'localities'>): string[] {
  return [...new Set(model.localities.flatMap((l) => l.successors.flatMap((s) => (s.basis === null ? [] : [s.basis]))))].sort();
}

/** The commune-level types since 01/7/2025, in the order the resolutions count them. */
const TYPE_ORDER = ['xã', 'phường', 'đặc khu'];

/**
 * How many units of each type, the type words in lower case: `61 xã, 4 phường`; a province with
 * islands adds `1 đặc khu`. Any other type comes after them.
 */
export function countByType(units: readonly Locality[]): string {
  const counts = new Map<string, number>();
  for (const u of units) counts.set(u.type.toLowerCase(), (counts.get(u.type.toLowerCase()) ?? 0) + 1);
  const rank = (type: string): number => (TYPE_ORDER.includes(type) ? TYPE_ORDER.indexOf(type) : TYPE_ORDER.length);
  return [...counts]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b, 'vi'))
    .map(([type, n]) => `${formatViNumber(n)} ${type}`)
    .join(', ');
}

export function currentUnits(province: Locality): Locality[] {
  return province.currentChildren.length > 0 ? province.currentChildren : province.children;
}

/** Whether `l` is the portal's province and was merged into another in 2025 (content/portal.yaml). */
export const mergedProvince = (l: Locality, reform?: Model['reform']): boolean => l.level === 'tinh' && reform?.merged !== undefined;

/** One line saying which era a unit belongs to: shown at the top of its page. */
export function eraLabel(l: Locality, reform?: Model['reform']): string {
  if (reform?.merged && mergedProvince(l, reform)) return `Đơn vị cũ: từ 01/7/2025 hợp nhất thành ${reform.merged.into.name} (mã ${reform.merged.into.code})`;
  const kind = eraKind(l);
  if (kind === 'moi') return `Đơn vị hành chính hiện nay, từ ${formatViDate(l.validFrom!)}`;
  if (kind === 'lien-tuc') return 'Đơn vị hành chính hiện nay';
  if (l.status === 'former') return 'Đơn vị cũ: đã sáp nhập trước năm 2025, không còn trong danh mục 01/3/2025';
  return `Đơn vị cũ: tồn tại đến ${formatViDate(l.validTo!)} (danh mục đơn vị hành chính 01/3/2025)`;
}

/** `(từ 01/7/2025, theo Nghị quyết 1672/NQ-UBTVQH15)`, `một phần` when the old unit was split. */
export function linkNote(s: Successor): string {
  const parts = [
    s.effectiveDate ? `từ ${formatViDate(s.effectiveDate)}` : null,
    s.basis ? `theo ${/^\d/.test(s.basis) ? `Nghị quyết ${s.basis}` : s.basis}` : null,
    s.split ? 'nhận một phần của đơn vị cũ (đơn vị cũ được chia về nhiều đơn vị mới)' : null,
  ].filter((p) => p !== null);
  return parts.join(', ');
}

/** The link from `old` to `current` (what the resolution says of it). */
export function linkTo(old: Locality, current: Locality): Successor | undefined {
  return old.successors.find((s) => s.locality === current);
}

/** One predecessor of a current unit, with what the notices said about it — as history. */
export interface HistoryEntry {
  unit: Locality;
  link: Successor | undefined;
  record: LocalityRecord | undefined;
  /** The old unit's parent (its former district), for its label. */
  district: Locality | null;
}

/** The history of a unit: every predecessor (those with notices first), each with its own record. */
export function historyOf(l: Locality, records: ReadonlyMap<string, LocalityRecord>): HistoryEntry[] {
  const entries = l.predecessors.map((p) => ({
    unit: p,
    link: linkTo(p, l),
    record: records.get(p.id),
    district: p.parent && p.parent.level === 'huyen' ? p.parent : null,
  }));
  const weight = (e: HistoryEntry): number => (e.record?.notices.length ?? 0) + (e.record?.descendantNotices.length ?? 0);
  return entries.sort((a, b) => weight(b) - weight(a));
}

/** How a predecessor is named beside its items on a current unit's page: `Xã Chí Minh (trước 01/7/2025)`. */
export function formerUnitLabel(unit: Locality, current: Locality): string {
  return current.validFrom ? `${unit.name} (trước ${formatViDate(current.validFrom)})` : unit.name;
}

/** The directives and proposals a unit's predecessors were given, as history: each once, under the first predecessor (in `entries` order) it concerns. */
export interface InheritedItems {
  directives: { item: DirectiveItem; from: Locality }[];
  proposals: { item: ProposalItem; from: Locality }[];
}

export function inheritedItems(entries: readonly HistoryEntry[]): InheritedItems {
  const seen = new Set<DirectiveItem | ProposalItem>();
  const take = <T extends DirectiveItem | ProposalItem>(pick: (e: HistoryEntry) => readonly T[]): { item: T; from: Locality }[] =>
    entries.flatMap((e) => pick(e).filter((item) => !seen.has(item) && seen.add(item)).map((item) => ({ item, from: e.unit })));
  return { directives: take((e) => e.record?.directives ?? []), proposals: take((e) => e.record?.proposals ?? []) };
}

/** How many notices speak of a unit's predecessors (each counted once). */
export function historyNoticeCount(entries: readonly HistoryEntry[]): number {
  return new Set(entries.flatMap((e) => e.record?.notices ?? [])).size;
}

/**
 * The current units grouped by the former district-level unit their predecessors belonged to.
 * A unit formed from communes of two former districts is listed under each, and says so.
 */
export function currentByFormerDistrict(province: Locality): { district: Locality; units: { unit: Locality; alsoIn: Locality[] }[] }[] {
  const current = currentUnits(province);
  const districtsOf = (u: Locality): Locality[] => [...new Set(u.predecessors.flatMap((p) => (p.parent && p.parent.level === 'huyen' ? [p.parent] : [])))];
  return province.children.map((district) => ({
    district,
    units: current
      .filter((u) => districtsOf(u).includes(district))
      .map((unit) => ({ unit, alsoIn: districtsOf(unit).filter((d) => d !== district) })),
  }));
}

/**
 * Figures split by the era of their unit, so that no ranking mixes units of two eras: the
 * current units (and the province, which spans both) and the units that no longer exist.
 */
export function splitByEra<F extends Pick<Figure, 'locality'>>(figures: readonly F[]): { current: F[]; former: F[] } {
  const former = figures.filter((f) => eraKind(f.locality) === 'cu');
  return { current: figures.filter((f) => eraKind(f.locality) !== 'cu'), former };
}
