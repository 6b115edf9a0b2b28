/**
 * Comparisons across localities and over time. The published content has one notice, so the
 * second date and the second locality here are synthetic figures made in the test from the
 * real ones (never written to content/).
 */
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/load/load-model.ts';
import { figureSeries } from '../../src/site/figure-series.ts';
import { indicatorRecords } from '../../src/site/indicator-records.ts';
import type { Figure } from '../../src/domain/model.ts';
import { comparisonChart, rankFigures } from '../../src/site/charts/comparison-chart.ts';
import { seriesChart } from '../../src/site/charts/series-chart.ts';

const model = loadModel();
const byId = (id: string): Figure => model.figures.find((f) => f.id === id)!;
const revenueRate = byId('thu-nsnn-du-toan-tinh');
const disbursement = byId('giai-ngan-von-su-nghiep');
const criteriaMet = byId('tieu-chi-ntm-dat');

describe('indicator comparison', () => {
  it('ranks localities, best first, and says who is highest and lowest', () => {
    const other = { ...disbursement, key: 'x/1', locality: model.localityById.get('181')!, value: 45.5 };
    const spec = comparisonChart([disbursement, other], 'c')!;
    const name = (code: string) => model.localityById.get(code)!.name;
    expect(spec.chart.categories).toEqual([name('181'), name('180')]);
    expect(spec.title).toBe(`Giải ngân vốn sự nghiệp các chương trình mục tiêu quốc gia: cao nhất ${name('181')} 45,5%, thấp nhất ${name('180')} 0,22%`);
    expect(spec.chart.flagged).toEqual([false, true]);
    expect(spec.chart.references).toEqual([{ value: 100, label: 'Kế hoạch 100%' }]);
  });

  it('compares criteria met as a share of their total, with the distance to 19', () => {
    const spec = comparisonChart([criteriaMet], 'c')!;
    expect(spec.chart.stacked).toBe(true);
    expect(spec.chart.max).toBe(19);
    expect(spec.chart.valueLabels).toEqual(['09/19 · còn 10']);
  });

  it('puts lower-is-better indicators in ascending order', () => {
    const notMet = byId('tieu-chi-ntm-chua-dat');
    const worse = { ...notMet, key: 'x/2', locality: model.localityById.get('06028')!, value: 14 };
    expect(rankFigures([worse, notMet]).map((f) => f.value)).toEqual([10, 14]);
  });

  it('builds a page record for every indicator, with the latest figure per locality', () => {
    const records = indicatorRecords(model);
    expect([...records.keys()]).toEqual(model.indicators.map((i) => i.id));
    expect(records.get('thu-nsnn-du-toan-tinh')!.latest).toEqual([revenueRate]);
  });
});

describe('time series', () => {
  const later = { ...revenueRate, key: 'later/x', notice: { ...revenueRate.notice, id: 'later' }, asOf: { year: 2024, month: 6, day: 30 }, value: 61.2 };

  it('forms a series only where a locality has the indicator at two or more dates, oldest first', () => {
    expect(figureSeries([revenueRate])).toEqual([]);
    expect(figureSeries([later, revenueRate])).toEqual([[revenueRate, later]]);
  });

  it('keeps the newer notice’s figure when two notices give the same date', () => {
    const restated = { ...revenueRate, key: 'newer/x', notice: { ...revenueRate.notice, id: 'newer' }, value: 35.2 };
    expect(figureSeries([later, restated, revenueRate])).toEqual([[restated, later]]);
  });

  it('places an undated figure at its notice’s date, so two notices make a series', () => {
    // Synthetic second notice, a year later, giving disbursement without a date of its own.
    const notice = { ...disbursement.notice, id: '2025-04-x', date: { year: 2025, month: 4, day: null } };
    const next = { ...disbursement, key: '2025-04-x/g', notice, value: 38.5 };
    const [series] = figureSeries([next, disbursement]);
    expect(series).toEqual([disbursement, next]);
    const spec = seriesChart(series!, 's')!;
    expect(spec.table.rows).toEqual([['thông báo tháng 4/2024', '0,22%'], ['thông báo tháng 4/2025', '38,5%']]);
    expect(spec.title).toContain('tăng từ 0,22% (thông báo tháng 4/2024) lên 38,5% (thông báo tháng 4/2025)');
  });

  it('says in words how the figure moved', () => {
    const spec = seriesChart([revenueRate, later], 's')!;
    expect(spec.title).toBe('Thu ngân sách so với dự toán tỉnh giao tăng từ 35,16% (31/3/2024) lên 61,2% (30/6/2024)');
    expect(spec.table.rows).toEqual([['31/3/2024', '35,16%'], ['30/6/2024', '61,2%']]);
  });
});
