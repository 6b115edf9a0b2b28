/**
 * The notice page and its briefing (one view): golden JSON of every real notice, so a change to
 * what they show is a reviewed diff of tests/unit/views/golden/; and the facts readers check
 * first, as the sample notice prints them.
 */
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../../src/load/load-model.ts';
import { computeSiteData } from '../../../src/site/compute-site-data.ts';
import { noticeView } from '../../../src/site/views/notice-view.ts';
import { goldenJson } from '../../helpers/golden.ts';

const site = computeSiteData(loadModel());

describe('noticeView', () => {
  it.each(site.model.notices.map((n) => [n.id, n] as const))('%s: golden', async (id, notice) => {
    await expect(goldenJson(noticeView(site, notice), site)).toMatchFileSnapshot(`golden/notice-${id}.json`);
  });
});

describe('the sample notice as it prints its facts', () => {
  const view = noticeView(site, site.model.noticeById.get('2024-04-trang-dinh')!);
  it('a blank number and day stay blank, with the words as printed', () => {
    expect(view.facts.number).toBe('để trống trong văn bản (“Số: /TB-UBND”)');
    expect(view.facts.issued).toBe('tháng 4/2024 — ngày để trống trong văn bản (“Lạng Sơn, ngày tháng 4 năm 2024”)');
  });
  it('the inspection and the programme it followed', () => {
    expect(view.facts.inspectionDate).toBe('09/4/2024');
    expect(view.facts.programme).toBe('Chương trình số 15/CTr-UBND ngày 12/3/2024 của UBND tỉnh Lạng Sơn');
  });
  it('figures of the district and of Xã Chí Minh apart, so the briefing names the unit of each', () => {
    expect(view.units.map((u) => u.locality.name)).toEqual(['Huyện Tràng Định', 'Xã Chí Minh']);
    expect(view.briefing.grouped).toBe(true);
  });
});
