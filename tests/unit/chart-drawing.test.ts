/**
 * The two drawings made from one bar model: the build-time SVG (no JavaScript, print) and the
 * Chart.js configuration (screen). Both must show the same bars, flags and reference lines.
 */
import { describe, expect, it } from 'vitest';
import { axisMax, palette, wrapLabel, type BarChart } from '../../src/site/charts/chart-spec.ts';
import { canvasChart, canvasHeightRem, chartJsConfig } from '../../src/site/charts/chartjs-config.ts';
import { axisTickSets, formatTick } from '../../src/site/charts/axis-ticks.ts';
import { svgChart, svgWidth } from '../../src/site/charts/svg-chart.ts';

const rates: BarChart = {
  categories: ['Giải ngân vốn sự nghiệp các chương trình mục tiêu quốc gia (vốn sự nghiệp)', 'Phân bổ kế hoạch vốn tỉnh giao'],
  series: [{ label: 'Tỷ lệ', values: [0.22, 100.65], colors: [palette.low, palette.primary] }],
  stacked: false,
  max: 110,
  valueFormat: 'percent',
  axisTitle: null,
  references: [{ value: 100, label: 'Kế hoạch 100%' }],
  valueLabels: ['0,22% · rất thấp', '100,65%'],
  flagged: [true, false],
};

const criteria: BarChart = {
  categories: ['Xã Chí Minh'],
  series: [
    { label: 'Đạt', values: [9], colors: [palette.done] },
    { label: 'Còn lại', values: [10], colors: [palette.remaining] },
  ],
  stacked: true,
  max: 19,
  valueFormat: 'count',
  axisTitle: 'tiêu chí',
  references: [],
  valueLabels: ['09/19 · còn 10'],
  flagged: [false],
};

describe('axis end', () => {
  it.each([
    [[35.16], 100, 100],
    [[100.65], 100, 110],
    [[0.22, 100.65], 100, 110],
    [[9], 19, 19],
    [[17.42], 0, 18],
    [[240], 0, 240],
  ])('%j with floor %d ends at %d', (values, floor, expected) => {
    expect(axisMax(values, floor)).toBe(expected);
  });
});

describe('static SVG', () => {
  const layout = svgChart(rates);

  it('keeps a very low rate visible as a sliver, hatched so the flag survives grayscale', () => {
    const [low, full] = layout.rects;
    expect(low!.width).toBeGreaterThanOrEqual(3);
    expect(low!.hatched).toBe(true);
    expect(full!.hatched).toBe(false);
    expect(full!.width).toBeGreaterThan(low!.width * 50);
  });

  it('writes each value at its bar end and keeps everything inside the drawing', () => {
    expect(layout.values.map((v) => v.text)).toEqual(['0,22% · rất thấp', '100,65%']);
    for (const r of layout.rects) expect(r.x + r.width).toBeLessThanOrEqual(svgWidth);
    for (const v of layout.values) expect(v.x).toBeLessThan(svgWidth - 60);
    expect(layout.height).toBeGreaterThan(layout.rects.at(-1)!.y + layout.rects.at(-1)!.height);
  });

  it('draws the plan line at 100% with its label, and labels the axis in vi-VN', () => {
    expect(layout.references).toHaveLength(1);
    expect(layout.references[0]!.label.text).toBe('Kế hoạch 100%');
    expect(layout.ticks.map((t) => t.text)).toContain('100%');
    expect(formatTick(0.5, 'percent')).toBe('0,5%');
  });

  it('writes "0%" whole at the left edge: the first tick starts there instead of centring on it', () => {
    const zero = layout.ticks.find((t) => t.text === '0%')!;
    expect(zero.anchor).toBe('start');
    expect(zero.x).toBeGreaterThanOrEqual(0);
    expect(layout.ticks.filter((t) => t.text !== '0%').every((t) => t.anchor === 'middle')).toBe(true);
  });

  it('breaks every grid and reference line around the text it would cross, so no label needs a halo', () => {
    const texts = [...layout.labels, ...layout.values, ...layout.references.map((r) => r.label)];
    // A text line's box: from one em above its baseline to 4 units below, as wide as 0.55 em a character.
    const box = (t: (typeof texts)[number]) => {
      const w = t.text.length * layout.fontSize * 0.55;
      const left = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
      return { left, right: left + w, top: t.y - layout.fontSize, bottom: t.y + 4 };
    };
    const lines = [
      ...layout.ticks.flatMap((t) => t.segments.map((s) => ({ x: t.x, ...s }))),
      ...layout.references.flatMap((r) => r.segments.map((s) => ({ x: r.x, ...s }))),
    ];
    const crossings = lines.flatMap((l) =>
      texts.filter((t) => {
        const b = box(t);
        return l.x > b.left && l.x < b.right && l.top < b.bottom && l.bottom > b.top;
      }).map((t) => `${l.x.toFixed(0)}: ${t.text}`),
    );
    expect(crossings).toEqual([]);
    // The grid is still there: every tick keeps a line between the label rows.
    for (const t of layout.ticks) expect(t.segments.length, t.text).toBeGreaterThan(0);
  });

  it('wraps long labels onto lines above the bars', () => {
    const labelLines = layout.labels.map((l) => l.text);
    expect(labelLines.join(' ')).toBe(rates.categories.join(' '));
    expect(labelLines.length).toBeGreaterThan(2);
  });

  it('stacks met and remaining criteria to the total, labels the total 19 and draws a legend', () => {
    const stacked = svgChart(criteria);
    const [met, rest] = stacked.rects;
    expect(met!.x + met!.width).toBeCloseTo(rest!.x, 6);
    expect(stacked.ticks.at(-1)!.text).toBe('19');
    expect(stacked.legend.map((l) => l.label)).toEqual(['Đạt', 'Còn lại']);
    expect(stacked.axisTitle?.text).toBe('tiêu chí');
  });
});

describe('Chart.js configuration', () => {
  const config = chartJsConfig(rates);

  it('carries the same values, colours and axis end as the SVG', () => {
    expect(config.data.datasets[0]!.data).toEqual([0.22, 100.65]);
    expect(config.data.datasets[0]!.backgroundColor).toEqual([palette.low, palette.primary]);
    expect(config.options?.scales?.['x']?.max).toBe(110);
    expect(config.data.labels).toEqual(rates.categories.map((c) => wrapLabel(c)));
  });

  it('draws the reference line at the same value', () => {
    const annotations = (config.options?.plugins as { annotation: { annotations: Record<string, { xMin: number }> } }).annotation.annotations;
    expect(Object.values(annotations).map((a) => a.xMin)).toEqual([100]);
  });

  it('is plain JSON, so it survives serialization into the page', () => {
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
  });

  it('gives the canvas room for every wrapped label line', () => {
    expect(canvasHeightRem(rates)).toBeGreaterThan(canvasHeightRem(criteria));
  });
});

describe('axis ticks, written once for both drawings', () => {
  const texts = (chart: BarChart): string[][] => axisTickSets(chart).map((set) => set.map((t) => t.text));

  it('end a rate axis at 100%, never at the 110% it stretches to for 100,65%', () => {
    expect(texts(rates)).toEqual([
      ['0%', '20%', '40%', '60%', '80%', '100%'],
      ['0%', '50%', '100%'],
      ['0%', '100%'],
    ]);
    expect(texts({ ...rates, max: 100 })).toEqual(texts(rates));
  });

  it('label the total of a count (19 criteria), a tenth or more past the last round tick', () => {
    expect(texts(criteria)).toEqual([
      ['0', '5', '10', '15', '19'],
      ['0', '10', '19'],
      ['0', '19'],
    ]);
  });

  it('let the end take the place of a round tick it would touch (240 beside 200)', () => {
    const amounts: BarChart = { ...criteria, series: [{ label: 'Thu ngân sách', values: [240], colors: [palette.primary] }], stacked: false, max: 240, axisTitle: 'tỷ đồng', valueLabels: ['240 tỷ đồng'] };
    expect(texts(amounts)).toEqual([
      ['0', '50', '100', '150', '200', '240'],
      ['0', '100', '240'],
      ['0', '240'],
    ]);
    expect(texts({ ...amounts, max: 0.3 })).toEqual([['0', '0,1', '0,2', '0,3'], ['0', '0,3']]);
  });

  it('are the ticks the static drawing shows (its finest set)', () => {
    expect(svgChart(rates).ticks.map((t) => t.text)).toEqual(['0%', '20%', '40%', '60%', '80%', '100%']);
    expect(svgChart(criteria).ticks.map((t) => t.text)).toEqual(['0', '5', '10', '15', '19']);
  });
});

describe('the canvas drawing says what the static one says', () => {
  it('carries the value labels, ticks and tooltips written at build, nothing left to format', () => {
    const canvas = canvasChart(rates);
    expect(canvas.valueLabels).toEqual(['0,22% · rất thấp', '100,65%']);
    expect(canvas.valueLabels).toEqual(svgChart(rates).values.map((v) => v.text));
    expect(canvas.tickSets[0]!.map((t) => t.text)).toEqual(svgChart(rates).ticks.map((t) => t.text));
    expect(canvas.tooltips).toEqual([['Tỷ lệ: 0,22%', 'Tỷ lệ: 100,65%']]);
    expect(canvasChart(criteria).tooltips).toEqual([['Đạt: 9'], ['Còn lại: 10']]);
    expect(JSON.parse(JSON.stringify(canvas))).toEqual(canvas);
  });

  it('names each SVG bar as its tooltip does', () => {
    expect(svgChart(criteria).rects.map((r) => r.title)).toEqual(['Xã Chí Minh — Đạt: 9', 'Xã Chí Minh — Còn lại: 10']);
  });
});

describe('static SVG legend', () => {
  it('starts each entry after the previous label, so labels never overlap', () => {
    const layout = svgChart({ ...criteria, series: [{ ...criteria.series[0]!, label: 'Đạt, hoàn thành' }, criteria.series[1]!] });
    const [first, second] = layout.legend;
    expect(second!.x - first!.x).toBeGreaterThan(20 + 'Đạt, hoàn thành'.length * 14 * 0.55);
  });
});
