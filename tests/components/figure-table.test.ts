/**
 * FigureTable: each figure of a notice in its vi-VN form beside the words the notice prints it
 * in, and the link to where they stand. Expected texts are written out as the notice has them
 * (content/notices/2024/2024-04-trang-dinh/source.txt and figures.csv) and as the built page
 * shows them, never computed by the code that renders them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheerioAPI } from 'cheerio';
import FigureTable from '../../src/components/FigureTable.astro';
import { render, textOf } from '../helpers/render.ts';
import { sampleNotice } from '../helpers/site-data.ts';

/** The cells of the row of one figure, by the column's label (what a phone shows before each). */
function row($: CheerioAPI, key: string) {
  const tr = $(`tr[data-figure-key="2024-04-trang-dinh/${key}"]`);
  const cell = (label: string) => tr.find(`td[data-label="${label}"]`);
  return { tr, name: textOf(tr.children('th')), value: cell('Giá trị'), when: textOf(cell('Thời điểm')), words: cell('Nguyên văn trong thông báo') };
}

describe('FigureTable on the notice page', () => {
  let $: CheerioAPI;
  beforeAll(async () => {
    $ = await render(FigureTable, { figures: sampleNotice().figures, context: 'notice' });
  });

  it('has a row for each of the 13 figures of the notice, headed by what each is', () => {
    expect($('tbody tr')).toHaveLength(13);
    expect($('thead th').map((_, th) => textOf($(th))).get()).toEqual(['Chỉ tiêu', 'Địa phương', 'Giá trị', 'Thời điểm', 'Nguyên văn trong thông báo']);
    // On a phone each cell shows its column's header: the same words as the header row.
    expect($('tbody tr').first().children('td').map((_, td) => $(td).attr('data-label')).get()).toEqual(['Địa phương', 'Giá trị', 'Thời điểm', 'Nguyên văn trong thông báo']);
  });

  it('shows state revenue as "17,42 tỷ đồng", at 31/3/2024, beside the printed "17,420 tỷ đồng"', () => {
    const r = row($, 'thu-nsnn');
    expect(r.name).toBe('Thu ngân sách nhà nước trên địa bàn');
    expect(textOf(r.value)).toBe('17,42 tỷ đồng');
    expect(r.value.hasClass('tp-num')).toBe(true);
    expect(r.when).toBe('31/3/2024');
    expect(textOf(r.words)).toContain('“tổng thu ngân sách nhà nước trên địa bàn đến 31/03/2024 thực hiện đạt 17,420 tỷ đồng”');
  });

  it('links each figure to its words in the original text below (section and line of source.txt)', () => {
    const link = row($, 'thu-nsnn').words.find('a');
    expect(textOf(link)).toBe('mục 1, dòng 19');
    expect(link.attr('href')).toBe('#nguyen-van-thu-nsnn');
  });

  it('carries the anchor other pages link a figure by (charts, locality pages)', () => {
    expect(row($, 'thu-nsnn').tr.attr('id')).toBe('so-lieu-thu-nsnn');
  });

  it.each([
    // key, value shown, as of, locality, link to the words
    ['phan-bo-ke-hoach-von', '100,65%', 'không nêu (thông báo tháng 4/2024)', 'Huyện Tràng Định', 'mục 1, dòng 19'],
    ['tram-y-te-ban-giao', '03/04 công trình', 'không nêu (thông báo tháng 4/2024)', 'Huyện Tràng Định', 'mục 1, dòng 23'],
    ['giai-ngan-von-su-nghiep', '0,22%', 'không nêu (thông báo tháng 4/2024)', 'Huyện Tràng Định', 'mục 1, dòng 25'],
    // Printed "3.740 triệu đồng": shown in tỷ like every amount of the site.
    ['von-doi-ung-chua-can-doi', '3,74 tỷ đồng', 'không nêu (thông báo tháng 4/2024)', 'Huyện Tràng Định', 'mục 1, dòng 25'],
    ['tieu-chi-ntm-dat', '09/19 tiêu chí', 'không nêu (thông báo tháng 4/2024)', 'Xã Chí Minh', 'mục 2.2, dòng 59'],
    // Printed "khoảng 10km": the qualifier stays, the unit is spaced.
    ['de-xuat-3-chieu-dai-duong', 'khoảng 10 km', 'không nêu (thông báo tháng 4/2024)', 'Huyện Tràng Định', 'mục 2.1, dòng 55'],
  ])('%s: %s, as of %s, in %s, %s', (key, value, when, locality, place) => {
    const r = row($, key);
    expect(textOf(r.value)).toBe(value);
    expect(r.when).toBe(when);
    expect(textOf(r.tr.find('td[data-label="Địa phương"] a'))).toBe(locality);
    expect(textOf(r.words.find('a'))).toBe(place);
  });

  it('links the unit each figure is about to its page (a commune, not its district)', () => {
    expect(row($, 'thu-nsnn').tr.find('td[data-label="Địa phương"] a').attr('href')).toBe('/dia-phuong/180-huyen-trang-dinh/');
    expect(row($, 'tieu-chi-ntm-dat').tr.find('td[data-label="Địa phương"] a').attr('href')).toBe('/dia-phuong/06013-xa-chi-minh/');
  });
});

describe('FigureTable on a locality page', () => {
  let $: CheerioAPI;
  beforeAll(async () => {
    const figures = sampleNotice().figures.filter((f) => f.locality.id === '180');
    $ = await render(FigureTable, { figures, context: 'locality' });
  });

  it('names the notice each figure is from, linked, where the notice page names the unit', () => {
    expect(textOf($('thead th').eq(1))).toBe('Thông báo');
    const notice = row($, 'thu-nsnn').tr.find('td[data-label="Thông báo"] a');
    expect(textOf(notice)).toBe('Kết luận kiểm tra tại huyện Tràng Định, tháng 4/2024');
    expect(notice.attr('href')).toBe('/thong-bao/2024-04-trang-dinh/');
  });

  it('links the words to the figure on the notice page, and sets no anchor of its own', () => {
    const r = row($, 'thu-nsnn');
    expect(textOf(r.value)).toBe('17,42 tỷ đồng');
    expect(r.words.find('a').attr('href')).toBe('/thong-bao/2024-04-trang-dinh/#so-lieu-thu-nsnn');
    expect($('tr[id]')).toHaveLength(0);
  });

  it('shows only the figures it is given: the 11 of Huyện Tràng Định, none of Xã Chí Minh', () => {
    expect($('tbody tr')).toHaveLength(11);
    expect(row($, 'tieu-chi-ntm-dat').tr).toHaveLength(0);
  });
});
