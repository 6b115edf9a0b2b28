/**
 * Status reports as readers get them: the published content plus the three report fixtures of
 * tests/fixtures/reports/ (shaped like real reports; never in content/). Each status comes from
 * a report, dated, with its sentence; the tracker, the badge and the report page say the same.
 * Expected values are the fixtures' own words.
 */
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/load/load-model.ts';
import { computeSiteData } from '../../src/site/compute-site-data.ts';
import { reportCitation } from '../../src/site/report-text.ts';
import { reportView } from '../../src/site/views/report-view.ts';
import { contentCopy } from '../helpers/content-copy.ts';

const fixtures = ['2024-06-bc-trang-dinh', '2024-12-bc-so-tai-chinh', '2025-03-bc-chi-minh'];
const content = contentCopy(fixtures.map((id) => ({ copy: `tests/fixtures/reports/${id}`, to: `reports/${id.slice(0, 4)}/${id}` })));
const model = loadModel(content);
const site = computeSiteData(model);
const notice = model.noticeById.get('2024-04-trang-dinh')!;
const directive = (id: string) => notice.directives.find((d) => d.id === id)!;
const proposal = (id: string) => notice.proposals.find((p) => p.id === id)!;

describe('reports in the model', () => {
  it('are read newest first, each answering the sample notice', () => {
    expect(model.reports.map((r) => r.id)).toEqual(['2025-03-bc-chi-minh', '2024-12-bc-so-tai-chinh', '2024-06-bc-trang-dinh']);
    expect(model.reports.every((r) => r.notice === notice)).toBe(true);
  });

  it('a report cites a notice published without a number by its date and title, kept as printed', () => {
    const r = model.reportById.get('2024-06-bc-trang-dinh')!;
    expect(r.answersPrinted).toMatch(/^Thông báo kết luận tháng 4\/2024 của UBND tỉnh/);
    expect(reportCitation(r)).toBe('Báo cáo số 112/BC-UBND ngày 20/6/2024 của UBND huyện Tràng Định');
  });

  it('Xã Chí Minh (2.2): 11/19 in June 2024, then 13/19 in March 2025, still in progress', () => {
    const d = directive('2.2');
    expect(d.changes.map((c) => [c.report.id, c.status, c.date])).toEqual([
      ['2024-06-bc-trang-dinh', 'dang-thuc-hien', { year: 2024, month: 6, day: 20 }],
      ['2025-03-bc-chi-minh', 'dang-thuc-hien', { year: 2025, month: 3, day: 10 }],
    ]);
    expect(d.changes[0]!.evidence).toContain('Đến nay xã Chí Minh đạt 11/19 tiêu chí');
    expect(d.changes[1]!.evidence).toContain('Năm 2024 xã đạt 13/19 tiêu chí');
    expect(d.currentStatus).toBe('dang-thuc-hien');
  });

  it('the completion of de-xuat-3 holds from the day of its decision, 28/11/2024, not the report\'s', () => {
    const p = proposal('de-xuat-3');
    expect(p.currentStatus).toBe('hoan-thanh');
    expect(p.changes.at(-1)?.date).toEqual({ year: 2024, month: 11, day: 28 });
    expect(p.changes.at(-1)?.evidence).toContain('Quyết định số 1840/QĐ-UBND ngày 28/11/2024');
  });

  it('each sentence is found on its line of the report', () => {
    for (const r of model.reports) for (const e of r.entries) expect(r.sourceLines[e.line - 1]).toContain(e.evidence.slice(0, 30));
  });

  it('an item no report mentions stays "chưa có báo cáo"', () => {
    expect(directive('2.1-c').changes).toEqual([]);
    expect(directive('2.1-c').currentStatus).toBe('chua-bao-cao');
  });
});

describe('the tracker and the report page', () => {
  it('2.2 was due in 2024 and is not reported done: overdue, computed, with its reports', () => {
    const item = site.items.find((i) => i.notice === notice && i.id === '2.2')!;
    expect(item.reported).toBe('dang-thuc-hien');
    expect(item.overdue?.deadlineEnd).toEqual({ year: 2024, month: 12, day: 31 });
    expect(item.changes).toHaveLength(2);
  });

  it('the page of Sở Tài chính\'s report: each item, its status, since when, and its sentence', () => {
    const view = reportView(model.reportById.get('2024-12-bc-so-tai-chinh')!);
    expect(view.citation).toBe('Báo cáo số 2150/BC-STC ngày 16/12/2024 của Sở Tài chính');
    expect(view.rows.map((r) => [r.label, r.status, r.from])).toEqual([
      ['Kiến nghị 3', 'Hoàn thành', '28/11/2024'],
      ['Kiến nghị 1', 'Đang thực hiện', '16/12/2024'],
    ]);
    expect(view.rows[0]!.href).toBe('/thong-bao/2024-04-trang-dinh/#de-xuat-3');
  });
});

describe('figures a report gives', () => {
  it('Xã Chí Minh: 13/19 criteria at the end of 2024, read from the report\'s words, on its line', () => {
    const r = model.reportById.get('2025-03-bc-chi-minh')!;
    expect(r.figures.map((f) => [f.locality.id, f.indicator.id, f.value, f.denominator, f.printed])).toEqual([['06013', 'tieu-chi-ntm-dat', 13, 19, '13/19']]);
    const view = reportView(r);
    expect(view.figures).toEqual([{ locality: 'Xã Chí Minh', label: expect.any(String), value: '13/19 tiêu chí', printed: '13/19', asOf: '31/12/2024', line: 27 }]);
    expect(r.sourceLines[26]).toContain('Năm 2024 xã đạt 13/19 tiêu chí');
  });

  it('are the report\'s, never added to the notice\'s figures', () => {
    expect(notice.figures.some((f) => f.value === 13)).toBe(false);
    expect(model.figures).toHaveLength(notice.figures.length);
  });
});
