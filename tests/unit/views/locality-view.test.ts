/**
 * A unit's page and its briefing (one view): golden JSON of the units the sample notice concerns
 * in both eras and of a unit it does not, so a change to what they show is a reviewed diff of
 * tests/unit/views/golden/; and what readers check first, as the notice prints it.
 */
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../../src/load/load-model.ts';
import { computeSiteData } from '../../../src/site/compute-site-data.ts';
import { localityView } from '../../../src/site/views/locality-view.ts';
import { goldenJson } from '../../helpers/golden.ts';

const site = computeSiteData(loadModel());
const viewOf = (id: string) => localityView(site, site.localities.get(id)!);

describe('localityView', () => {
  it.each([
    ['20', 'the province: its districts side by side in the briefing'],
    ['180', 'Huyện Tràng Định, the district inspected'],
    ['06013', 'Xã Chí Minh, the commune the notice names'],
    ['06040-2025', 'Xã Thất Khê since 01/7/2025, Chí Minh among its predecessors'],
    ['05971', 'Phường Hoàng Văn Thụ, no notice about it'],
  ])('%s (%s): golden', async (id) => {
    await expect(goldenJson(viewOf(id), site)).toMatchFileSnapshot(`golden/locality-${id}.json`);
  });

  it('Tràng Định: its page and briefing name it and its level as the register does', () => {
    const view = viewOf('180');
    expect(view.head.title).toBe('Huyện Tràng Định');
    expect(view.levelAndCode).toBe('Cấp huyện · mã 180');
    expect(view.briefing.subject).toBe('Huyện Tràng Định');
    expect(view.briefing.period).toBe('Thông báo kết luận tháng 4/2024, kiểm tra ngày 09/4/2024');
  });

  it('the province briefing compares its districts and numbers no section of its own', () => {
    const view = viewOf('20');
    expect(view.briefing.isProvince).toBe(true);
    expect(view.briefing.subject).toBe('Tỉnh Lạng Sơn: các huyện, thành phố');
    expect(view.briefing.numbered).toEqual({});
  });

  it('a unit since 2025 shows its predecessors as history; one of before has none', () => {
    expect(viewOf('06040-2025').predecessorHistory?.length).toBeGreaterThan(0);
    expect(viewOf('06013').predecessorHistory).toBeNull();
  });

  it('Xã Thất Khê: its count includes Xã Chí Minh\'s overdue directive and says so; its briefing agrees with its page', () => {
    const view = viewOf('06040-2025');
    expect(view.inherited?.directives.map(({ item, from }) => [item.section, item.topic, from.name])).toEqual([['2.2', 'Xây dựng nông thôn mới', 'Xã Chí Minh']]);
    expect(view.inherited?.proposals.map(({ item }) => item.topic)).toEqual(['Đường giao thông nông thôn xã Tân Minh, Chí Minh']);
    expect(view.followUp.counts).toEqual({ 'dung-han': 0, 'tre-han': 0, 'trong-han': 0, 'qua-han': 1 });
    expect(view.followUpOf).toBe('về Xã Thất Khê và các đơn vị cũ');
    expect(view.followUpScope).toBe('Gồm cả 2 nhiệm vụ, kiến nghị giao cho Xã Chí Minh (đơn vị cũ, trước 01/7/2025).');
    expect(view.briefing.followUp).toBe('Theo thời hạn, tại ngày dữ liệu 01/12/2026: 1 quá hạn.');
    expect(view.briefing.followUpScope).toBe(view.followUpScope);
    expect(view.briefing.inherited?.items.map((x) => x.from)).toEqual(['Xã Chí Minh (trước 01/7/2025)', 'Xã Chí Minh (trước 01/7/2025)']);
    expect(view.briefing.numbered).toEqual({ 'so-lieu': 'I', 'lich-su': 'II' });
  });

  it('Xã Chí Minh (before the reform) counts its own items only, and says nothing of predecessors', () => {
    const view = viewOf('06013');
    expect(view.followUpScope).toBeNull();
    expect(view.inherited).toBeNull();
    expect(view.followUpOf).toBe('về Xã Chí Minh');
  });
});
