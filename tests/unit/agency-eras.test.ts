/**
 * Agencies in two eras (issue 24, point 4): the departments Lạng Sơn merged from 01/3/2025
 * (Nghị quyết số 04 ngày 18/02/2025 của HĐND tỉnh, content/SOURCES.md), each former one linked to
 * what it became; every check of content/agencies.csv and content/agency-successors.csv at its
 * boundary. Expected texts are written out from the resolution's dates, not computed.
 */
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/load/load-model.ts';
import { agencyEraLabel, agencyAncestors, formerAgencyLabel } from '../../src/site/agency-eras.ts';
import { contentCopy, contentErrors, type Edit } from '../helpers/content-copy.ts';

const model = loadModel();
const agency = (id: string) => model.agencyById.get(id)!;
const SUCCESSORS = 'agency-successors.csv';
const AGENCIES = 'agencies.csv';

function errorsWith(edits: Edit[]): string[] {
  return contentErrors(contentCopy(edits));
}

describe('the register of agencies in time', () => {
  it('ends Sở Kế hoạch và Đầu tư on 28/02/2025 and has Sở Tài chính continue it from 01/3/2025, citing the resolution', () => {
    const khdt = agency('so-ke-hoach-va-dau-tu');
    expect(khdt.validTo).toEqual({ year: 2025, month: 2, day: 28 });
    expect(khdt.successors.map((s) => [s.agency.id, s.effectiveDate])).toEqual([['so-tai-chinh', { year: 2025, month: 3, day: 1 }]]);
    expect(khdt.successors[0]!.basis).toContain('Nghị quyết số 04 ngày 18/02/2025 của HĐND tỉnh Lạng Sơn');
    expect(agency('so-tai-chinh').predecessors.map((a) => a.id)).toEqual(['so-ke-hoach-va-dau-tu']);
    expect(agency('so-tai-chinh').validTo).toBeNull();
  });

  it('makes Sở Nông nghiệp và Môi trường from Sở Nông nghiệp và PTNT and Sở Tài nguyên và Môi trường', () => {
    expect(agency('so-nong-nghiep-va-moi-truong').validFrom).toEqual({ year: 2025, month: 3, day: 1 });
    expect(agency('so-nong-nghiep-va-moi-truong').predecessors.map((a) => a.name)).toEqual(['Sở Nông nghiệp và Phát triển nông thôn', 'Sở Tài nguyên và Môi trường']);
  });

  it('links every merger the resolution names, and no other', () => {
    const links = model.agencies.flatMap((a) => a.successors.map((s) => `${a.id} → ${s.agency.id}`));
    expect(links).toEqual([
      'so-ke-hoach-va-dau-tu → so-tai-chinh',
      'so-nong-nghiep-va-phat-trien-nong-thon → so-nong-nghiep-va-moi-truong',
      'so-giao-thong-van-tai → so-xay-dung',
      'so-tai-nguyen-va-moi-truong → so-nong-nghiep-va-moi-truong',
      'so-lao-dong-thuong-binh-va-xa-hoi → so-noi-vu',
      'so-thong-tin-va-truyen-thong → so-khoa-hoc-va-cong-nghe',
      'ban-dan-toc → so-dan-toc-va-ton-giao',
    ]);
    // Not verified in the province's decisions: left without an era change.
    for (const id of ['so-van-hoa-the-thao-va-du-lich', 'so-y-te', 'so-cong-thuong', 'so-giao-duc-va-dao-tao']) {
      expect(agency(id).validTo, id).toBeNull();
      expect(agency(id).predecessors, id).toEqual([]);
    }
  });

  it('says which era an agency belongs to, in words', () => {
    expect(agencyEraLabel(agency('so-ke-hoach-va-dau-tu'))).toBe(
      'Hoạt động đến 28/02/2025; từ 01/3/2025 hợp nhất vào Sở Tài chính, theo Nghị quyết số 04 ngày 18/02/2025 của HĐND tỉnh Lạng Sơn về thành lập, tổ chức lại các cơ quan chuyên môn thuộc UBND tỉnh.',
    );
    expect(agencyEraLabel(agency('so-nong-nghiep-va-moi-truong'))).toBe(
      'Thành lập từ 01/3/2025 trên cơ sở Sở Nông nghiệp và Phát triển nông thôn và Sở Tài nguyên và Môi trường, theo Nghị quyết số 04 ngày 18/02/2025 của HĐND tỉnh Lạng Sơn về thành lập, tổ chức lại các cơ quan chuyên môn thuộc UBND tỉnh.',
    );
    expect(agencyEraLabel(agency('so-y-te'))).toBeNull();
    expect(formerAgencyLabel(agency('so-ke-hoach-va-dau-tu'))).toBe('Sở Kế hoạch và Đầu tư (đến 28/02/2025)');
    expect(agencyAncestors(agency('so-xay-dung')).map((a) => a.id)).toEqual(['so-giao-thong-van-tai']);
  });

  it('keeps the sample notice of April 2024 naming the departments of its date', () => {
    const notice = model.noticeById.get('2024-04-trang-dinh')!;
    expect(notice.agencies.map((a) => a.id)).toContain('so-ke-hoach-va-dau-tu');
  });
});

describe('the checks of the agency register, each at its boundary', () => {
  const khdtRow = 'so-ke-hoach-va-dau-tu,so-tai-chinh,2025-03-01,';

  it('accepts a successor dated the day after the last day (the real register)', () => {
    expect(errorsWith([])).toEqual([]);
  });

  it('rejects a successor dated the last day itself', () => {
    expect(errorsWith([{ file: SUCCESSORS, find: khdtRow, replace: 'so-ke-hoach-va-dau-tu,so-tai-chinh,2025-02-28,' }])).toEqual([
      'content/agency-successors.csv, dòng 2, trường "effective_date": thấy "2025-02-28"; cần ngày liền sau ngày cuối cùng của Sở Kế hoạch và Đầu tư (so-ke-hoach-va-dau-tu, đến 28/02/2025)',
    ]);
  });

  it('rejects a successor dated the day before the successor began, and accepts the day it began', () => {
    const begins = (day: string): Edit => ({ file: AGENCIES, find: 'Nông nghiệp và Môi trường,2025-03-01,', replace: `Nông nghiệp và Môi trường,${day},` });
    expect(errorsWith([begins('2025-03-02')])).toEqual([
      'content/agency-successors.csv, dòng 3, trường "effective_date": thấy "2025-03-01"; cần một ngày mà cơ quan kế tục đang tồn tại: Sở Nông nghiệp và Môi trường (so-nong-nghiep-va-moi-truong, từ 02/3/2025) không tồn tại vào ngày đó',
      'content/agency-successors.csv, dòng 4, trường "effective_date": thấy "2025-03-01"; cần một ngày mà cơ quan kế tục đang tồn tại: Sở Nông nghiệp và Môi trường (so-nong-nghiep-va-moi-truong, từ 02/3/2025) không tồn tại vào ngày đó',
    ]);
    expect(errorsWith([begins('2025-03-01')])).toEqual([]);
  });

  it('rejects an unknown successor and an unknown agency', () => {
    expect(errorsWith([{ file: SUCCESSORS, find: khdtRow, replace: 'so-ke-hoach-va-dau-tu,so-tai-chinh-moi,2025-03-01,' }])).toEqual([
      'content/agency-successors.csv, dòng 2, trường "successor": thấy "so-tai-chinh-moi"; cần mã của một cơ quan có trong content/agencies.csv',
    ]);
    expect(errorsWith([{ file: SUCCESSORS, find: khdtRow, replace: 'so-ke-hoach-dau-tu,so-tai-chinh,2025-03-01,' }])).toEqual([
      'content/agency-successors.csv, dòng 2, trường "agency": thấy "so-ke-hoach-dau-tu"; cần mã của một cơ quan có trong content/agencies.csv',
    ]);
  });

  it('rejects a successor of an agency that has no last day', () => {
    expect(errorsWith([{ file: SUCCESSORS, find: khdtRow, replace: 'so-y-te,so-tai-chinh,2025-03-01,' }])).toEqual([
      'content/agency-successors.csv, dòng 2, trường "agency": thấy "so-y-te"; cần một cơ quan có ngày cuối cùng (valid_to trong content/agencies.csv) thì mới có cơ quan kế tục: Sở Y tế (so-y-te) không có ngày cuối cùng',
    ]);
  });

  it('rejects a last day before the first, and a date without the decision that set it', () => {
    expect(errorsWith([{ file: AGENCIES, find: 'Nông nghiệp và Môi trường,2025-03-01,,', replace: 'Nông nghiệp và Môi trường,2025-03-01,2025-02-28,' }])).toContain(
      'content/agencies.csv, dòng 17, trường "valid_to": thấy "2025-02-28"; cần một ngày không trước valid_from 2025-03-01',
    );
    expect(errorsWith([{ file: AGENCIES, find: 'so-y-te,Sở Y tế,Y tế,,,,', replace: 'so-y-te,Sở Y tế,Y tế,,2030-12-31,,' }])).toEqual([
      'content/agencies.csv, dòng 11, trường "basis": thấy ""; cần văn bản làm căn cứ cho valid_from hoặc valid_to, ghi như khi trích dẫn (ví dụ Nghị quyết số 04 ngày 18/02/2025 của HĐND tỉnh Lạng Sơn)',
    ]);
  });

  it('rejects an agency that is its own successor, directly or through another', () => {
    expect(errorsWith([{ file: SUCCESSORS, find: khdtRow, replace: 'so-ke-hoach-va-dau-tu,so-ke-hoach-va-dau-tu,2025-03-01,' }])).toEqual([
      'content/agency-successors.csv, dòng 2, trường "successor": thấy "so-ke-hoach-va-dau-tu"; cần một cơ quan khác với cơ quan được kế tục (một cơ quan không kế tục chính nó)',
    ]);
    // Sở Tài chính ends and becomes Sở Kế hoạch và Đầu tư again: a cycle, reported once.
    const errors = errorsWith([
      { file: AGENCIES, find: 'so-tai-chinh,Sở Tài chính,Tài chính,,,,', replace: 'so-tai-chinh,Sở Tài chính,Tài chính,,2025-02-28,Quyết định thử,' },
      { file: SUCCESSORS, find: 'ban-dan-toc,', replace: 'so-tai-chinh,so-ke-hoach-va-dau-tu,2025-03-01,Quyết định thử,\nban-dan-toc,' },
    ]);
    expect(errors.filter((e) => e.includes('vòng lặp'))).toEqual([
      'content/agency-successors.csv, dòng 8, trường "successor": thấy "so-ke-hoach-va-dau-tu"; cần chuỗi cơ quan kế tục không quay lại cơ quan trước đó (vòng lặp: so-ke-hoach-va-dau-tu → so-tai-chinh → so-ke-hoach-va-dau-tu)',
    ]);
  });

  it('rejects a notice naming an agency after its last day, and accepts one whose month it lasted through', () => {
    // The sample notice is dated April 2024 and names Sở Kế hoạch và Đầu tư.
    const endsOn = (last: string, next: string): Edit[] => [
      { file: AGENCIES, find: 'Kế hoạch và Đầu tư,,2025-02-28,', replace: `Kế hoạch và Đầu tư,,${last},` },
      { file: SUCCESSORS, find: khdtRow, replace: `so-ke-hoach-va-dau-tu,so-tai-chinh,${next},` },
    ];
    const errors = errorsWith(endsOn('2024-04-29', '2024-04-30'));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toBe(
      'content/notices/2024/2024-04-trang-dinh/notice.mdx, trường "agencies[0]": thấy "so-ke-hoach-va-dau-tu"; cần một cơ quan còn tồn tại vào tháng 4/2024: Sở Kế hoạch và Đầu tư (so-ke-hoach-va-dau-tu, đến 29/4/2024) không tồn tại vào thời điểm đó; từ 30/4/2024 là so-tai-chinh',
    );
    expect(errorsWith(endsOn('2024-04-30', '2024-05-01'))).toEqual([]);
  });
});
