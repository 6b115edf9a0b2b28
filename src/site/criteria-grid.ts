/**
 * Communes × the 19 new-rural criteria, from what the notices say criterion by criterion.
 * A cell the notices do not speak of stays unknown, never "not met".
 */
import type { CriterionStatus, Locality, NtmCriterion } from '../domain/model.ts';

export type CriterionCell = 'dat' | 'chua-dat' | null;

export interface CriteriaGridRow {
  locality: Locality;
  cells: CriterionCell[];
  met: number;
  notMet: number;
  /** The statements behind the cells, for source links. */
  statuses: CriterionStatus[];
}

export function criteriaGrid(rows: readonly { locality: Locality; criteria: readonly CriterionStatus[] }[], criteria: readonly NtmCriterion[]): CriteriaGridRow[] {
  return rows
    .filter((r) => r.criteria.length > 0)
    .map((r) => {
      const cells = criteria.map((c): CriterionCell => {
        const status = r.criteria.find((s) => s.criterion.number === c.number);
        return status ? (status.met ? 'dat' : 'chua-dat') : null;
      });
      return {
        locality: r.locality,
        cells,
        met: cells.filter((c) => c === 'dat').length,
        notMet: cells.filter((c) => c === 'chua-dat').length,
        statuses: [...r.criteria],
      };
    });
}
