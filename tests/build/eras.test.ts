/**
 * Two eras on the built pages (issue 12): every unit since 01/7/2025 has a page; the sample
 * notice of 04/2024 stays on the pages of the units it named and shows, as history labelled with
 * the old unit's name and date, on the page of the unit they became — never as its own figures.
 * Names and dates from Nghị quyết 1672/NQ-UBTVQH15 and the sample notice.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/load/load-model.ts';
import { localityUrl } from '../../src/site/urls.ts';
import { distDir, mainText, page, pageExists } from '../helpers/dist-pages.ts';

const model = loadModel();
const current = model.localities.filter((l) => l.validFrom !== null);
const thatKhe = page('/dia-phuong/06040-xa-that-khe-2025/');

describe('the units since 01/7/2025', () => {
  it('each of the 65 has a page titled with its name and marked as current', () => {
    expect(current).toHaveLength(65);
    for (const l of current) {
      const $ = page(localityUrl(l));
      expect($('h1').text(), l.id).toBe(l.name);
      expect($('.tp-era').text(), l.id).toBe('Đơn vị hành chính hiện nay, từ 01/7/2025');
    }
  });

  it('the new Xã Thất Khê and the former Thị trấn Thất Khê (both 06040) have two addresses; the old address still shows the old unit', () => {
    expect(thatKhe('h1').text()).toBe('Xã Thất Khê');
    const old = page('/dia-phuong/06040-thi-tran-that-khe/');
    expect(old('h1').text()).toBe('Thị trấn Thất Khê');
    expect(old('.tp-era').text()).toBe('Đơn vị cũ: tồn tại đến 30/6/2025 (danh mục đơn vị hành chính 01/3/2025)');
    expect(old('.tp-notice-box a[href="/dia-phuong/06040-xa-that-khe-2025/"]').text()).toBe('Xã Thất Khê');
  });

  it('Xã Thất Khê lists what it was formed from and shows Xã Chí Minh’s figures as history, under the old name and date', () => {
    const text = mainText(thatKhe);
    expect(text).toContain('Hình thành từ 01/7/2025, theo Nghị quyết 1672/NQ-UBTVQH15, trên cơ sở 3 đơn vị cũ');
    expect(thatKhe('img.tp-locator__img')).toHaveLength(0);
    expect(text).toContain('Chưa có thông báo kết luận kiểm tra nào được công bố cho Xã Thất Khê.');
    const history = thatKhe('[data-predecessor="06013"]');
    expect(history.find('h3').text().replace(/\s+/g, ' ').trim()).toBe('Xã Chí Minh, Huyện Tràng Định — đơn vị cũ, đến 30/6/2025');
    expect(history.text()).toContain('09/19 tiêu chí');
    expect(history.find('a[href="/thong-bao/2024-04-trang-dinh/"]').length).toBeGreaterThan(0);
    // Not the new unit's own figures: no key figures, no "all figures about Xã Thất Khê".
    expect(thatKhe('.tp-key-figure')).toHaveLength(0);
    expect(text).not.toContain('Tất cả số liệu về Xã Thất Khê');
  });

  it('the sample notice still shows on the pages of the units it named', () => {
    for (const path of ['/dia-phuong/06013-xa-chi-minh/', '/dia-phuong/180-huyen-trang-dinh/']) {
      const $ = page(path);
      expect($('a[href="/thong-bao/2024-04-trang-dinh/"]').length, path).toBeGreaterThan(0);
      expect($('.tp-era').text(), path).toBe('Đơn vị cũ: tồn tại đến 30/6/2025 (danh mục đơn vị hành chính 01/3/2025)');
    }
  });

  it('an old commune split in two (Xã Bính Xá) says so and links both new units', () => {
    const dinhLap = page(localityUrl(model.localityById.get('06622')!));
    const box = dinhLap('.tp-notice-box').text().replace(/\s+/g, ' ');
    expect(box).toContain('Từ 01/7/2025, Xã Bính Xá được chia về Xã Đình Lập (mã 06613) và Xã Kiên Mộc (mã 06625), theo Nghị quyết 1672/NQ-UBTVQH15.');
    expect(dinhLap('.tp-notice-box a[href="/dia-phuong/06625-xa-kien-moc-2025/"]').text()).toBe('Xã Kiên Mộc');
    expect(dinhLap('.tp-notice-box a[href="/dia-phuong/06613-xa-dinh-lap-2025/"]').text()).toBe('Xã Đình Lập');
  });
});

describe('the current structure comes first', () => {
  it('the locality index lists the 65 current units before the pre-reform tree, which is dated', () => {
    const $ = page('/dia-phuong/');
    const headings = $('h2').map((_, h) => $(h).text()).get();
    expect(headings[0]).toBe('Hiện nay: 65 đơn vị cấp xã, từ 01/7/2025');
    expect(headings).toContain('Trước 01/7/2025: danh mục ngày 01/3/2025');
    expect($('table.tp-current-units tbody tr')).toHaveLength(65);
  });

  it('the home page gives the current count first, and dates the former units of the latest notice', () => {
    const text = mainText(page('/'));
    expect(text).toContain('Từ 01/7/2025, Tỉnh Lạng Sơn có 65 đơn vị hành chính cấp xã (61 xã, 4 phường) và không còn cấp huyện');
    expect(text).toContain('Huyện Tràng Định (đơn vị cũ, đến 30/6/2025), Xã Chí Minh (đơn vị cũ, đến 30/6/2025)');
  });

  it('a page exists for every unit of both eras', () => {
    for (const l of model.localities) expect(pageExists(localityUrl(l)), l.id).toBe(true);
  });
});

describe('comparisons and the map', () => {
  it('an indicator ranking says which era its units belong to', () => {
    const $ = page('/chi-tieu/thu-nsnn-du-toan-tinh/');
    expect($('.tp-era-note').first().text()).toBe('Các đơn vị trước 01/7/2025 (huyện, xã theo danh mục 01/3/2025): số liệu lịch sử');
  });

  it('the current units are placed by former district, without a drawn boundary, and the page says why', () => {
    const $ = page('/ban-do/don-vi-hien-nay/');
    expect(mainText($)).toContain('Vì sao không có bản đồ ranh giới các đơn vị mới?');
    const linked = new Set($('.tp-by-district a').map((_, a) => $(a).attr('href')).get());
    for (const l of current) expect(linked.has(localityUrl(l)), l.id).toBe(true);
    expect($('svg path')).toHaveLength(0);
    expect(page('/ban-do/')('a[href="/ban-do/don-vi-hien-nay/"]').length).toBe(1);
  });
});

describe('open data carries both eras', () => {
  const json = (file: string) => JSON.parse(readFileSync(join(distDir, 'du-lieu', file), 'utf8')) as Record<string, string | null>[];

  it('dia-phuong: the two units of code 06040 with their validity', () => {
    const units = json('dia-phuong.json').filter((r) => r['code'] === '06040');
    expect(units).toEqual([
      expect.objectContaining({ id: '06040', name: 'Thị trấn Thất Khê', era: 'cu', valid_from: null, valid_to: '2025-06-30' }),
      expect.objectContaining({ id: '06040-2025', name: 'Xã Thất Khê', era: 'hien-nay', valid_from: '2025-07-01', valid_to: null, parent_id: '20' }),
    ]);
  });

  it('ke-thua: old → new with the new unit’s id, the resolution and the split flag, so old figures join new units', () => {
    const links = json('ke-thua.json');
    expect(links.filter((r) => r['id'] === '06013')).toEqual([
      expect.objectContaining({ successor_id: '06040-2025', successor_name: 'Xã Thất Khê', effective_date: '2025-07-01', basis: '1672/NQ-UBTVQH15', split: 'khong' }),
    ]);
    expect(links.filter((r) => r['id'] === '06622').map((r) => [r['successor_id'], r['split']])).toEqual([
      ['06613-2025', 'co'],
      ['06625-2025', 'co'],
    ]);
    // The new unit's own download lists what it was formed from.
    const own = JSON.parse(readFileSync(join(distDir, 'du-lieu/dia-phuong/06040-xa-that-khe-2025/ke-thua.json'), 'utf8')) as Record<string, string>[];
    expect(own.map((r) => r['name']).sort()).toEqual(['Thị trấn Thất Khê', 'Xã Chi Lăng', 'Xã Chí Minh']);
  });
});
