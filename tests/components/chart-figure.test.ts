/**
 * A chart as a reader without JavaScript gets it (ChartFigure.astro, StaticChart.astro): the
 * finding as title, a summary, the drawing made at build time, the same numbers as a table, and
 * links to the printed words. The charts are the sample notice's, as its page builds them; the
 * expected texts are the notice's figures written out (content/notices/2024/2024-04-trang-dinh/).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheerioAPI } from 'cheerio';
import ChartFigure from '../../src/components/ChartFigure.astro';
import StaticChart from '../../src/components/StaticChart.astro';
import { localityCharts } from '../../src/site/charts/locality-charts.ts';
import type { ChartSpec } from '../../src/site/charts/chart-spec.ts';
import * as cheerio from 'cheerio';
import { render, renderHtml, textOf } from '../helpers/render.ts';
import { sampleNotice } from '../helpers/site-data.ts';

/** The chart `id` of the notice page: its charts of one unit, ids prefixed `bd-<unit id>`. */
function chart(unit: string, id: string): ChartSpec {
  const figures = sampleNotice().figures.filter((f) => f.locality.id === unit);
  const spec = localityCharts(figures, `bd-${unit}`).find((s) => s.id === id);
  if (!spec) throw new Error(`no chart ${id}`);
  return spec;
}

/** The texts drawn in an SVG, in drawing order. */
const svgTexts = ($: CheerioAPI): string[] => $('svg text').map((_, t) => textOf($(t))).get();

describe('ChartFigure: state revenue against the time elapsed (Huyện Tràng Định, 31/3/2024)', () => {
  let $: CheerioAPI;
  beforeAll(async () => {
    $ = await render(ChartFigure, { spec: chart('180', 'bd-180-thu-ngan-sach') });
  });

  it('is titled with the finding and summed up in one sentence, both naming the figure', () => {
    const figure = $('figure.tp-chart');
    expect(figure.attr('id')).toBe('bd-180-thu-ngan-sach');
    expect(textOf($(`#${figure.attr('aria-labelledby')}`))).toBe('Thu ngân sách vượt tiến độ thời gian');
    expect(textOf($(`#${figure.attr('aria-describedby')}`))).toBe(
      'Thu ngân sách nhà nước trên địa bàn đến 31/3/2024 đạt 17,42 tỷ đồng, bằng 35,16% dự toán tỉnh giao, vượt tiến độ thời gian (25%).',
    );
  });

  it('shows the drawing without JavaScript: the SVG is there, the canvas waits hidden for the script', () => {
    expect($('svg.tp-chart__static')).toHaveLength(1);
    expect($('.tp-chart__canvas').attr('hidden')).toBeDefined();
  });

  it('draws the share collected, 35,16%, against the time elapsed, 25%', () => {
    const texts = svgTexts($);
    expect(texts).toContain('35,16%');
    expect(texts).toContain('Tiến độ thời gian 25%');
    expect($('svg rect title').map((_, t) => textOf($(t))).get()).toEqual(['Đã thu so với dự toán tỉnh giao — Đã thu: 35,16%']);
  });

  it('gives the same numbers as a table, the amount in tỷ as printed', () => {
    expect(textOf($('table caption'))).toBe('Số liệu của biểu đồ: Thu ngân sách vượt tiến độ thời gian');
    const rows = $('tbody tr').map((_, tr) => [$(tr).children().map((__, c) => textOf($(c))).get()]).get();
    expect(rows).toEqual([
      ['Đã thu đến 31/3/2024', '17,42 tỷ đồng'],
      ['Tỷ lệ so với dự toán tỉnh giao', '35,16% (vượt tiến độ)'],
      ['Tiến độ thời gian đến 31/3/2024', '25%'],
      ['Dự toán tỉnh giao', 'thông báo không nêu'],
    ]);
  });

  it('links the notice and each printed figure it is drawn from', () => {
    const links = $('.tp-chart__source a').map((_, a) => [[textOf($(a)), $(a).attr('href')]]).get();
    expect(links).toEqual([
      ['Kết luận kiểm tra tại huyện Tràng Định, tháng 4/2024', '/thong-bao/2024-04-trang-dinh/'],
      ['“17,420 tỷ đồng”', '/thong-bao/2024-04-trang-dinh/#so-lieu-thu-nsnn'],
      ['“35,16%”', '/thong-bao/2024-04-trang-dinh/#so-lieu-thu-nsnn-du-toan-tinh'],
    ]);
  });

  it('has no note where the figures need none', () => {
    expect($('.tp-chart__note')).toHaveLength(0);
  });

  it('hands the script its data: the canvas names a JSON block that parses', () => {
    const config = $(`script#${$('canvas').attr('data-tp-chart')}`);
    expect(config.attr('type')).toBe('application/json');
    expect(() => JSON.parse(config.text())).not.toThrow();
  });
});

describe('ChartFigure: disbursement "rất thấp" (0,22%) beside allocation (100,65%)', () => {
  let $: CheerioAPI;
  beforeAll(async () => {
    $ = await render(ChartFigure, { spec: chart('180', 'bd-180-phan-bo-giai-ngan') });
  });

  it('says the verdict beside the bar and both shares in the drawing', () => {
    const texts = svgTexts($);
    expect(texts).toContain('0,22% · rất thấp');
    expect(texts).toContain('100,65%');
    expect(texts).toContain('Kế hoạch 100%');
  });

  it('notes the unbalanced counterpart funds, printed "3.740 triệu đồng", under the drawing', () => {
    expect($('.tp-chart__note').map((_, p) => textOf($(p))).get()).toEqual(['Vốn đối ứng chưa cân đối được nguồn: 3,74 tỷ đồng.']);
    expect($('.tp-chart__source a').map((_, a) => textOf($(a))).get()).toContain('“3.740 triệu đồng”');
  });
});

describe('StaticChart: the new-rural criteria of Xã Chí Minh, 09/19 met', () => {
  let $: CheerioAPI;
  beforeAll(async () => {
    const spec = chart('06013', 'bd-06013-hoan-thanh');
    $ = await render(StaticChart, { chart: spec.chart, id: spec.id });
  });

  it('draws 9 met and 10 remaining out of 19, the axis ending at 19', () => {
    const texts = svgTexts($);
    expect(texts).toContain('09/19 · còn 10');
    expect(texts.slice(0, 5)).toEqual(['0', '5', '10', '15', '19']);
    expect($('rect title').map((_, t) => textOf($(t))).get()).toEqual([
      'Tiêu chí nông thôn mới đã đạt — Đạt, hoàn thành: 9',
      'Tiêu chí nông thôn mới đã đạt — Còn lại: 10',
    ]);
  });

  it('draws the met and the remaining part at lengths in proportion, 9 to 10, told apart in a legend', () => {
    const bars = $('rect:has(title)');
    const [met, remaining] = bars.map((_, r) => Number($(r).attr('width'))).get();
    expect(met! / remaining!).toBeCloseTo(9 / 10, 6);
    expect(bars.eq(0).attr('fill')).not.toBe(bars.eq(1).attr('fill'));
    expect(svgTexts($).slice(-2)).toEqual(['Đạt, hoàn thành', 'Còn lại']);
  });

  it('is hidden from screen readers, which read the figure\'s summary and table instead', () => {
    expect($('svg').attr('aria-hidden')).toBe('true');
  });
});

describe('StaticChart: words of a notice are text in the drawing, never markup', () => {
  // A unit's name and a label as an imported text could carry them: markup characters and quotes.
  const words = 'Xã <b>"Chí Minh"</b> & Bản \'Mới\'';
  let $: CheerioAPI;
  let html: string;
  beforeAll(async () => {
    const spec = chart('06013', 'bd-06013-hoan-thanh');
    const drawn = { ...spec.chart, categories: [words], valueLabels: [`${words} <script>alert(1)</script>`] };
    html = await renderHtml(StaticChart, { chart: drawn, id: 'bd-"x"' });
    $ = cheerio.load(html, null, false);
  });

  it('writes the label, the value and the tooltip as the words themselves', () => {
    expect(svgTexts($)).toContain(words);
    expect(svgTexts($)).toContain(`${words} <script>alert(1)</script>`);
    expect($('rect title').first().text()).toBe(`${words} — Đạt, hoàn thành: 9`);
  });

  it('adds no element and no attribute of its own: no <b>, no <script>, the quoted id kept whole', () => {
    expect($('svg b, svg script')).toHaveLength(0);
    expect(html).not.toContain('<script>');
    expect($('pattern').attr('id')).toBe('bd-"x"-hatch');
  });
});
