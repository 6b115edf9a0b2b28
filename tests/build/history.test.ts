/**
 * Issue 24, points 3 and 4, on the built pages: a unit since 01/7/2025 shows what its
 * predecessors were told to do, with the status the tracker shows; agencies of both eras, the
 * departments merged on 01/3/2025 (Nghị quyết số 04 ngày 18/02/2025 của HĐND tỉnh Lạng Sơn)
 * marked former, their items shown on their successor's page as history. Texts written out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, mainText, page } from '../helpers/dist-pages.ts';

describe('Xã Thất Khê (since 01/7/2025) and what Xã Chí Minh was told to do', () => {
  const $ = page('/dia-phuong/06040-xa-that-khe-2025/');
  const history = $('[data-predecessor="06013"]');

  it('shows Xã Chí Minh’s directive on new rural development under the old unit’s name, with its notice and “Quá thời hạn”', () => {
    const text = history.text().replace(/\s+/g, ' ');
    expect(text).toContain('Nhiệm vụ giao cho Xã Chí Minh (trước 01/7/2025): 1');
    expect(text).toContain('2.2 Xây dựng nông thôn mới');
    expect(text).toContain('Quá thời hạn (tính toán): thời hạn đã hết ngày 31/12/2024, trước ngày dữ liệu 01/12/2026, và chưa có báo cáo hoàn thành.');
    expect(text).toContain('Nguồn: Kết luận kiểm tra tại huyện Tràng Định, tháng 4/2024');
    expect(text).toContain('Kiến nghị, đề xuất liên quan đến Xã Chí Minh (trước 01/7/2025): 1');
  });

  it('the same status as on the tracker', () => {
    const tracker = page('/nhiem-vu/');
    const onTracker = tracker('#2024-04-trang-dinh-nv-2-2').closest('li').find('.tp-status').first().text().trim();
    expect(history.find('.tp-status').first().text().trim()).toBe(onTracker);
  });

  it('its four-way count includes the old unit’s items, and says so', () => {
    const section = $('#theo-thoi-han').closest('section');
    const count = section.text().replace(/\s+/g, ' ');
    expect(count).toContain('Nhiệm vụ, kiến nghị có thời hạn về Xã Thất Khê và các đơn vị cũ, tại ngày dữ liệu 01/12/2026');
    const cells = section.find('tr').toArray().map((tr) => [$(tr).find('th').text(), $(tr).find('td').text()]);
    expect(cells).toEqual([['Hoàn thành đúng hạn', '0'], ['Hoàn thành quá hạn', '0'], ['Đang thực hiện trong hạn', '0'], ['Quá hạn', '1']]);
    expect(count).toContain('Gồm cả 2 nhiệm vụ, kiến nghị giao cho Xã Chí Minh (đơn vị cũ, trước 01/7/2025).');
  });

  it('has a calendar with the old unit’s deadline, named with it, and a briefing that agrees', () => {
    const ics = readFileSync(join(distDir, 'dia-phuong/06040-xa-that-khe-2025/han.ics'), 'utf8').replace(/\r?\n /g, '');
    expect(ics).toContain('SUMMARY:Hạn: Nhiệm vụ 2.2 — Xây dựng nông thôn mới — giao cho Xã Chí Minh (trước 01/7/2025)');
    const briefing = mainText(page('/ban-in/dia-phuong/06040-xa-that-khe-2025/'));
    expect(briefing).toContain('II. Nhiệm vụ, kiến nghị của các đơn vị cũ');
    expect(briefing).toContain('Theo thời hạn, tại ngày dữ liệu 01/12/2026: 1 quá hạn.');
    expect(briefing).toContain('Xã Chí Minh (trước 01/7/2025)');
  });
});

describe('agencies of both eras', () => {
  it('Sở Kế hoạch và Đầu tư is marked former, with what it became and the resolution', () => {
    const $ = page('/co-quan/so-ke-hoach-va-dau-tu/');
    expect($('.tp-era').text()).toBe('Cơ quan cũ');
    const text = mainText($);
    expect(text).toContain('Hoạt động đến 28/02/2025; từ 01/3/2025 hợp nhất vào Sở Tài chính, theo Nghị quyết số 04 ngày 18/02/2025 của HĐND tỉnh Lạng Sơn');
    expect($('.tp-notice-box a[href="/co-quan/so-tai-chinh/"]').text()).toBe('Sở Tài chính');
  });

  it('Sở Tài chính shows Sở Kế hoạch và Đầu tư as history, with the notice it attended in April 2024', () => {
    const $ = page('/co-quan/so-tai-chinh/');
    expect($('.tp-era').text()).toBe('Cơ quan hiện nay');
    const history = $('[data-predecessor="so-ke-hoach-va-dau-tu"]').text().replace(/\s+/g, ' ');
    expect(history).toContain('Sở Kế hoạch và Đầu tư (đến 28/02/2025) — cơ quan cũ');
    expect(history).toContain('Thông báo có Sở Kế hoạch và Đầu tư dự kiểm tra (1):');
    expect(history).toContain('Kết luận kiểm tra tại huyện Tràng Định, tháng 4/2024');
  });

  it('Sở Xây dựng shows the proposal Sở Giao thông vận tải was to lead as history, under its name; it stays with Sở Giao thông vận tải', () => {
    const $ = page('/co-quan/so-xay-dung/');
    const history = $('[data-predecessor="so-giao-thong-van-tai"]').text().replace(/\s+/g, ' ');
    expect(history).toContain('1 nhiệm vụ, kiến nghị nêu tên Sở Giao thông vận tải.');
    expect(history).toContain('Kiến nghị 2 — Đường giao thông nông thôn xã Tân Minh, Chí Minh');
    expect(history).toContain('Chủ trì: Sở Giao thông vận tải');
    expect(mainText($)).toContain('Chưa có nhiệm vụ hay kiến nghị nào nêu tên Sở Xây dựng trong các thông báo đã công bố.');
    expect(mainText(page('/co-quan/so-giao-thong-van-tai/'))).toContain('1 nhiệm vụ, kiến nghị nêu tên Sở Giao thông vận tải trong 1 thông báo kết luận.');
  });

  it('the list shows both eras, each agency with its four-way count, the former ones with what they became', () => {
    const $ = page('/co-quan/');
    expect($('#hien-nay').text()).toBe('Cơ quan hiện nay (12)');
    expect($('#co-quan-cu').text()).toBe('Cơ quan cũ (đã hợp nhất, sắp xếp lại) (7)');
    const former = $('#co-quan-cu').closest('section');
    const gtvt = former.find('tr').filter((_, tr) => $(tr).find('th a').first().text() === 'Sở Giao thông vận tải');
    expect(gtvt.find('td[data-label="Tổng"]').text()).toBe('1');
    expect(gtvt.find('td[data-label="Quá hạn"]').text()).toBe('0');
    expect(gtvt.find('.tp-agency-counts__era').text()).toBe('Đến 28/02/2025. Nay là Sở Xây dựng (từ 01/3/2025).');
    expect(former.find('th a').first().text()).toBe('Sở Kế hoạch và Đầu tư');
  });

  it('open data lists the agencies with their days and successors', () => {
    const rows = JSON.parse(readFileSync(join(distDir, 'du-lieu/co-quan.json'), 'utf8')) as Record<string, unknown>[];
    expect(rows.find((r) => r['id'] === 'so-ke-hoach-va-dau-tu')).toMatchObject({ valid_to: '2025-02-28', successor_ids: 'so-tai-chinh', successor_date: '2025-03-01' });
    expect(rows.find((r) => r['id'] === 'so-nong-nghiep-va-moi-truong')).toMatchObject({ valid_from: '2025-03-01', valid_to: null, successor_ids: null });
  });
});
