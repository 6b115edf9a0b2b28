/** The charts of one locality's figures: revenue pace, allocation and disbursement, completion. */
import type { Figure } from '../../domain/model.ts';
import { completionChart } from './completion-chart.ts';
import { ratesChart } from './rates-chart.ts';
import { revenueChart } from './revenue-chart.ts';
import type { ChartSpec } from './chart-spec.ts';

/** Figures newest first; `prefix` keeps chart ids unique when a page shows several localities. */
export function localityCharts(figures: readonly Figure[], prefix = 'bd'): ChartSpec[] {
  return [
    revenueChart(figures, `${prefix}-thu-ngan-sach`),
    ratesChart(figures, `${prefix}-phan-bo-giai-ngan`),
    completionChart(figures, `${prefix}-hoan-thanh`),
  ].filter((c) => c !== null);
}
