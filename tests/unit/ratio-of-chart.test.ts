/**
 * A rate tied to its amount (`ratio_of`) is charted like any rate (issue 11, point 2): before,
 * only the revenue chart drew such rates, and only when dated, so an undated one had no chart.
 */
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/load/load-model.ts';
import { localityCharts } from '../../src/site/charts/locality-charts.ts';
import { localityRecords } from '../../src/site/locality-records.ts';
import { contentCopy } from '../helpers/content-copy.ts';

describe('a rate of an amount without a date (the sample\'s 35,16% with its as_of left blank)', () => {
  const content = contentCopy([
    {
      file: 'notices/2024/2024-04-trang-dinh/figures.csv',
      find: 'thu-nsnn-du-toan-tinh,180,thu-nsnn-du-toan-tinh,2024-03-31,',
      replace: 'thu-nsnn-du-toan-tinh,180,thu-nsnn-du-toan-tinh,,',
    },
  ]);
  const charts = localityCharts(localityRecords(loadModel(content)).get('180')!.figures);
  const all = charts.flatMap((c) => c.table.rows.map((r) => r.join(' | ')));

  it('is drawn with the other rates, value as printed', () => {
    expect(all).toContain('Thu ngân sách so với dự toán tỉnh giao | Không nêu loại vốn | 35,16% | Chưa đạt kế hoạch');
  });

  it('and is drawn once', () => {
    expect(all.filter((r) => r.includes('35,16%')).length).toBe(1);
  });
});

describe('the published sample (dated rate)', () => {
  const charts = localityCharts(localityRecords(loadModel()).get('180')!.figures);
  it('keeps 35,16% in the revenue chart only', () => {
    const rows = charts.map((c) => [c.id, c.table.rows.filter((r) => r.join(' ').includes('35,16%')).length] as const).filter(([, n]) => n > 0);
    expect(rows).toEqual([['bd-thu-ngan-sach', 1]]);
  });
});
