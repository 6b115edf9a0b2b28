/**
 * Chart specs built from the published figures: the sentence a reader without JavaScript gets,
 * the table, and the numbers handed to Chart.js must all say the same thing.
 */
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/load/load-model.ts';
import { localityRecords } from '../../src/site/locality-records.ts';
import { revenueChart } from '../../src/site/charts/revenue-chart.ts';
import { ratesChart } from '../../src/site/charts/rates-chart.ts';
import { completionChart } from '../../src/site/charts/completion-chart.ts';

const model = loadModel();
const records = localityRecords(model);
const figuresOf = (code: string) => records.get(code)!.figures;

describe('revenue chart', () => {
  const spec = revenueChart(figuresOf('180'), 'r')!;

  it('reads revenue against the share of the year elapsed, in words', () => {
    expect(spec.title).toBe('Thu ngân sách vượt tiến độ thời gian');
    expect(spec.summary).toBe(
      'Thu ngân sách nhà nước trên địa bàn đến 31/3/2024 đạt 17,42 tỷ đồng, bằng 35,16% dự toán tỉnh giao, vượt tiến độ thời gian (25%).',
    );
  });

  it('draws the rate with the elapsed share as a reference line', () => {
    expect(spec.chart.series[0]!.values).toEqual([35.16]);
    expect(spec.chart.references).toEqual([{ value: 25, label: 'Tiến độ thời gian 25%' }]);
  });

  it('says the estimate is not given rather than inventing it', () => {
    expect(spec.table.rows).toContainEqual(['Dự toán tỉnh giao', 'thông báo không nêu']);
  });

  it('reads a district-assigned estimate beside the province one when a notice gives both', () => {
    const figures = figuresOf('180');
    const provinceRate = figures.find((f) => f.indicator.id === 'thu-nsnn-du-toan-tinh')!;
    // Synthetic: the sample gives only the province estimate.
    const districtRate = { ...provinceRate, key: 'x/huyen', id: 'huyen', indicator: model.indicatorById.get('thu-nsnn-du-toan-huyen')!, value: 22.4 };
    const both = revenueChart([provinceRate, districtRate, ...figures.filter((f) => f !== provinceRate)], 'r')!;
    expect(both.chart.categories).toEqual(['Đã thu so với dự toán tỉnh giao', 'Đã thu so với dự toán huyện giao']);
    expect(both.title).toBe('Thu ngân sách vượt tiến độ thời gian so với dự toán tỉnh giao, chậm hơn tiến độ thời gian so với dự toán huyện giao');
    expect(both.summary).toContain('bằng 35,16% dự toán tỉnh giao (vượt tiến độ), bằng 22,4% dự toán huyện giao (chậm hơn tiến độ); tiến độ thời gian 25%.');
    expect(both.table.rows).toContainEqual(['Tỷ lệ so với dự toán huyện giao', '22,4% (chậm hơn tiến độ)']);
  });

  it('is absent where no dated revenue rate exists', () => {
    expect(revenueChart(figuresOf('06013'), 'r')).toBeNull();
  });
});

describe('allocation and disbursement chart', () => {
  const spec = ratesChart(figuresOf('180'), 'g')!;

  it('flags 0,22% as very low in the title, summary, table and colour', () => {
    expect(spec.title).toContain('rất thấp: 0,22%');
    expect(spec.summary).toMatch(/giải ngân vốn sự nghiệp các chương trình mục tiêu quốc gia đạt 0,22%, rất thấp/i);
    expect(spec.table.rows).toContainEqual(['Giải ngân vốn sự nghiệp các chương trình mục tiêu quốc gia', 'Vốn sự nghiệp', '0,22%', 'Rất thấp']);
    expect(spec.table.rows).toContainEqual(['Phân bổ kế hoạch vốn tỉnh giao', 'Không nêu loại vốn', '100,65%', 'Đạt kế hoạch']);
    expect(new Set(spec.chart.series[0]!.colors).size).toBe(2);
    expect(spec.chart.flagged).toEqual(spec.chart.series[0]!.values.map((v) => v < 10));
    expect(spec.chart.valueLabels).toContain('0,22% · rất thấp');
  });
});

describe('completion chart', () => {
  it('shows 09/19 criteria met and 10 remaining for xã Chí Minh', () => {
    const spec = completionChart(figuresOf('06013'), 'c')!;
    expect(spec.title).toBe('Tiêu chí nông thôn mới đã đạt: 09/19, còn 10 tiêu chí');
    expect(spec.chart.series.map((s) => s.values)).toEqual([[9], [10]]);
  });

  it('shows works completed and handed over against their totals for Tràng Định', () => {
    const spec = completionChart(figuresOf('180'), 'c')!;
    expect(spec.table.rows.map((r) => r.slice(1))).toEqual([['4', '4', '0'], ['3', '4', '1']]);
  });
});
