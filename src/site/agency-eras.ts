/**
 * Agencies in two eras: the departments the province merged on 01/3/2025 (content/agencies.csv,
 * content/agency-successors.csv). An item stays with the agency its notice names; the agency
 * that continues a former one shows the former one's items as history, under its name and days.
 */
import type { Agency } from '../domain/model.ts';
import { formatViDate } from '../domain/vi-date.ts';

/** Whether the agency no longer exists (it has a last day). */
export const isFormerAgency = (a: Pick<Agency, 'validTo'>): boolean => a.validTo !== null;

/** `Sở Kế hoạch và Đầu tư (đến 28/02/2025)`: how a former agency is named beside its items elsewhere. */
export const formerAgencyLabel = (a: Pick<Agency, 'name' | 'validTo'>): string => (a.validTo ? `${a.name} (đến ${formatViDate(a.validTo)})` : a.name);

/** `Nghị quyết số 04 …` as a sentence's end: `, theo Nghị quyết số 04 …`; empty without a basis. */
const basisOf = (basis: string | null): string => (basis ? `, theo ${basis}` : '');

/** `A và B`, `A, B và C`. */
const listVi = (names: readonly string[]): string => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} và ${names.at(-1)}`);

/** One line saying which era an agency belongs to, at the top of its page and in the list; null for one that spans both. */
export function agencyEraLabel(a: Agency): string | null {
  if (a.validTo) {
    const first = a.successors[0];
    if (!first) return `Hoạt động đến ${formatViDate(a.validTo)}${basisOf(a.basis)}.`;
    const into = a.successors.length === 1 ? `hợp nhất vào ${first.agency.name}` : `được chia về ${listVi(a.successors.map((s) => s.agency.name))}`;
    return `Hoạt động đến ${formatViDate(a.validTo)}; từ ${formatViDate(first.effectiveDate)} ${into}${basisOf(first.basis)}.`;
  }
  if (a.predecessors.length > 0) {
    const since = a.predecessors[0]!.successors.find((s) => s.agency === a);
    const basis = since ? basisOf(since.basis) : '';
    const names = listVi(a.predecessors.map((p) => p.name));
    if (a.validFrom) return `Thành lập từ ${formatViDate(a.validFrom)} trên cơ sở ${names}${basis}.`;
    return `Từ ${since ? formatViDate(since.effectiveDate) : ''}, ${names} hợp nhất vào ${a.name}${basis}.`;
  }
  if (a.validFrom) return `Thành lập từ ${formatViDate(a.validFrom)}${basisOf(a.basis)}.`;
  return null;
}

/** Every agency that became `a`, directly or through others, nearest first (each once). */
export function agencyAncestors(a: Agency): Agency[] {
  const out: Agency[] = [];
  const visit = (x: Agency): void => {
    for (const p of x.predecessors) {
      if (out.includes(p) || p === a) continue;
      out.push(p);
      visit(p);
    }
  };
  visit(a);
  return out;
}

/** The era in a few words, for the agencies' list (which cites the decision once): `Đến 28/02/2025.`, `Từ 01/3/2025 tiếp nối Sở Kế hoạch và Đầu tư.` */
export function agencyEraShort(a: Agency): string | null {
  if (a.validTo) return `Đến ${formatViDate(a.validTo)}.`;
  const since = a.predecessors[0]?.successors.find((s) => s.agency === a)?.effectiveDate ?? a.validFrom;
  if (a.predecessors.length > 0 && since) return `${a.validFrom ? 'Thành lập từ' : 'Từ'} ${formatViDate(since)} tiếp nối ${listVi(a.predecessors.map((p) => p.name))}.`;
  if (a.validFrom) return `Thành lập từ ${formatViDate(a.validFrom)}.`;
  return null;
}
