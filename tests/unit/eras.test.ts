/**
 * Two eras of local government (issue 12): the units since 01/7/2025 (Nghị quyết
 * 1672/NQ-UBTVQH15) and those before, linked; a notice names the units of its date.
 * Expected values come from the resolution and the register (content/localities/SOURCES.md).
 */
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/load/load-model.ts';
import { contentCopy, contentErrors } from '../helpers/content-copy.ts';
import { addSyntheticNotice, type SyntheticNotice } from '../helpers/synthetic-notice.ts';

const model = loadModel();
const byId = (id: string) => model.localityById.get(id)!;

function errorsWith(notice: SyntheticNotice): string[] {
  const content = contentCopy([]);
  addSyntheticNotice(content, notice);
  return contentErrors(content);
}

describe('the units since 01/7/2025', () => {
  const current = model.localities.filter((l) => l.validFrom !== null);

  it('are the 65 commune-level units of the resolution: 61 xã and 4 phường, directly under the province', () => {
    expect(current).toHaveLength(65);
    expect(current.filter((l) => l.type === 'Xã')).toHaveLength(61);
    expect(current.filter((l) => l.type === 'Phường')).toHaveLength(4);
    expect(new Set(current.map((l) => l.parent?.name))).toEqual(new Set(['Tỉnh Lạng Sơn']));
    expect(byId('20').currentChildren).toHaveLength(65);
  });

  it('tell the new Xã Thất Khê from the former Thị trấn Thất Khê, both 06040, by era', () => {
    const now = byId('06040-2025');
    const before = byId('06040');
    expect(now.name).toBe('Xã Thất Khê');
    expect(before.name).toBe('Thị trấn Thất Khê');
    expect(now.slug).toBe('06040-xa-that-khe-2025');
    expect(before.slug).toBe('06040-thi-tran-that-khe');
    expect(now.validFrom).toEqual({ year: 2025, month: 7, day: 1 });
    expect(before.validTo).toEqual({ year: 2025, month: 6, day: 30 });
  });

  it('link both ways with the resolution: Xã Thất Khê was Xã Chi Lăng, Xã Chí Minh and Thị trấn Thất Khê', () => {
    // Nghị quyết 1672/NQ-UBTVQH15, Điều 1, khoản 1: "… xã Chi Lăng (huyện Tràng Định), xã Chí Minh và
    // thị trấn Thất Khê thành xã mới có tên gọi là xã Thất Khê".
    const names = byId('06040-2025').predecessors.map((p) => p.name);
    expect(names.sort()).toEqual(['Thị trấn Thất Khê', 'Xã Chi Lăng', 'Xã Chí Minh']);
    const [link] = byId('06013').successors;
    expect(link).toMatchObject({ name: 'Xã Thất Khê', code: '06040', basis: '1672/NQ-UBTVQH15', split: false });
    expect(link?.locality).toBe(byId('06040-2025'));
  });

  it('say so when an old commune was split: Xã Bính Xá (06622) went partly to Xã Đình Lập and partly to Xã Kiên Mộc', () => {
    // Nghị quyết 1672/NQ-UBTVQH15, Điều 1, khoản 40 ("một phần … của xã Bính Xá" → xã Đình Lập) and 43 ("phần còn lại của xã Bính Xá" → xã Kiên Mộc).
    const links = byId('06622').successors;
    expect(links.map((s) => s.name).sort()).toEqual(['Xã Kiên Mộc', 'Xã Đình Lập']);
    expect(links.every((s) => s.split)).toBe(true);
    expect(byId('06625-2025').predecessors.map((p) => p.id)).toContain('06622');
  });

  it('end the districts on 30/6/2025 and keep the province', () => {
    expect(byId('180').validTo).toEqual({ year: 2025, month: 6, day: 30 });
    expect(byId('20').validTo).toBeNull();
  });
});

describe('a notice names the units of its date', () => {
  it('a synthetic notice of 2026 naming 06040 is about Xã Thất Khê; its figure dated 31/3/2024 stays with the unit of that date', () => {
    const content = contentCopy([]);
    addSyntheticNotice(content, { year: '2026', id: '2026-03-that-khe', date: '2026-03', ids: { '180': '06040', '06013': '06040', '06028': '06037', '05998': '06001' } });
    const m = loadModel(content);
    const notice = m.noticeById.get('2026-03-that-khe')!;
    expect(notice.inspected.map((l) => l.id)).toEqual(['06040-2025', '06040-2025']);
    const revenue = notice.figures.find((f) => f.id === 'thu-nsnn')!;
    expect(revenue.locality.name).toBe('Thị trấn Thất Khê');
    const allocation = notice.figures.find((f) => f.id === 'phan-bo-ke-hoach-von')!;
    expect(allocation.locality.name).toBe('Xã Thất Khê');
  });

  it('a notice of 2026 naming huyện Tràng Định (180) as existing fails, naming the unit, the date and the era', () => {
    const errors = errorsWith({ year: '2026', id: '2026-03-trang-dinh', date: '2026-03-10', ids: {} });
    expect(errors).toContain(
      'content/notices/2026/2026-03-trang-dinh/notice.mdx, trường "inspected[0]": thấy "180 = Huyện Tràng Định"; cần một đơn vị còn tồn tại vào 10/3/2026: Huyện Tràng Định (180, đơn vị trước khi sắp xếp, tồn tại đến 30/6/2025) không tồn tại vào thời điểm đó',
    );
  });

  it('a notice of 2024 naming a unit made in 2025 fails likewise', () => {
    const errors = errorsWith({ year: '2024', id: '2024-05-that-khe', date: '2024-05', ids: { '06013': '06040-2025' } });
    expect(errors).toContain(
      'content/notices/2024/2024-05-that-khe/notice.mdx, trường "inspected[1]": thấy "06040-2025 = Xã Thất Khê"; cần một đơn vị còn tồn tại vào tháng 5/2024: Xã Thất Khê (06040, đơn vị từ 01/7/2025, mã 06040-2025) không tồn tại vào thời điểm đó',
    );
  });

  it('a notice dated only "2025" cannot say which 06040 it means', () => {
    const errors = errorsWith({ year: '2025', id: '2025-that-khe', date: '2025', ids: { '06013': '06040' } });
    expect(errors.some((e) => e.includes('trường "inspected[1]"') && e.includes('Thị trấn Thất Khê') && e.includes('Xã Thất Khê') && e.includes('ghi mã kèm năm bắt đầu của đơn vị (như 06040-2025) hoặc ghi ngày đầy đủ'))).toBe(true);
  });
});

describe('the page of a new unit', () => {
  it('receives a synthetic 2026 notice naming it, and keeps the 2024 notice as its predecessors’ history', async () => {
    const { localityRecords } = await import('../../src/site/locality-records.ts');
    const { historyOf } = await import('../../src/site/reform-eras.ts');
    const content = contentCopy([]);
    addSyntheticNotice(content, { year: '2026', id: '2026-03-that-khe', date: '2026-03', ids: { '180': '06040', '06013': '06040', '06028': '06037', '05998': '06001' } });
    const m = loadModel(content);
    const records = localityRecords(m);
    const thatKhe = records.get('06040-2025')!;
    expect(thatKhe.notices.map((n) => n.id)).toEqual(['2026-03-that-khe']);
    const history = historyOf(thatKhe.locality, records);
    const chiMinh = history.find((e) => e.unit.id === '06013')!;
    expect(chiMinh.record?.notices.map((n) => n.id)).toEqual(['2024-04-trang-dinh']);
    // The old commune's 09/19 stays the old commune's.
    expect(thatKhe.figures.some((f) => f.notice.id === '2024-04-trang-dinh')).toBe(false);
  });
});

describe('indicator comparisons', () => {
  it('rank the units of each era apart: a 2026 figure of Xã Thất Khê is never ranked with the 2024 figure of Huyện Tràng Định', async () => {
    const { indicatorRecords } = await import('../../src/site/indicator-records.ts');
    const { splitByEra } = await import('../../src/site/reform-eras.ts');
    const content = contentCopy([]);
    addSyntheticNotice(content, { year: '2026', id: '2026-03-that-khe', date: '2026-03', ids: { '180': '06040', '06013': '06040', '06028': '06037', '05998': '06001' } });
    const latest = indicatorRecords(loadModel(content)).get('phan-bo-ke-hoach-von')!.latest;
    expect(latest.map((f) => f.locality.name).sort()).toEqual(['Huyện Tràng Định', 'Xã Thất Khê']);
    const { current, former } = splitByEra(latest);
    expect(current.map((f) => f.locality.name)).toEqual(['Xã Thất Khê']);
    expect(former.map((f) => f.locality.name)).toEqual(['Huyện Tràng Định']);
  });
});

describe('the importer', () => {
  it('proposes the units of the notice’s era: "xã Thất Khê" in a 2026 text is Xã Thất Khê (06040-2025), and the 2024 sample keeps its units', async () => {
    const { readFileSync } = await import('node:fs');
    const { importText } = await import('../../src/importer/index.ts');
    const { referenceOf } = await import('../../src/importer/reference-lists.ts');
    const reference = referenceOf(model);
    const sample = readFileSync('content/notices/2024/2024-04-trang-dinh/source.txt', 'utf8');
    expect(importText(sample, reference).frontmatter.inspected).toEqual(['180', '06013']);
    // A synthetic text of 2026 (made here, never in content/): the commune has its new name.
    const text2026 = sample.replace('Lạng Sơn, ngày tháng 4 năm 2024', 'Lạng Sơn, ngày 10 tháng 3 năm 2026').replaceAll('xã Chí Minh', 'xã Thất Khê');
    const draft = importText(text2026, reference);
    expect(draft.frontmatter.date).toBe('2026-03-10');
    expect(draft.frontmatter.inspected).toContain('06040-2025');
    expect(draft.frontmatter.inspected).not.toContain('180');
  });
});
