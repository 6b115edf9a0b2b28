/**
 * Two forms of dates the importer had missed (issue 24, point 9): an excerpt that ends by citing
 * the notice it comes from ("(Theo Thông báo số 215/TB-UBND ngày 20/8/2024, Kết luận …)": the
 * notice's own number and date), and a day printed without a year ("Chiều ngày 14/8, Đoàn kiểm
 * tra …") whose year comes from the rest of the text, with its basis, or a review item saying
 * the text does not tell. The excerpts are made for the test from the forms of real portal pages
 * (the words of the sample notice, content/notices/2024/2024-04-trang-dinh); numbers and dates in
 * them are the test's, not a real notice's.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readClosingCitation } from '../../src/importer/closing-citation.ts';
import { eventYear, yearMentions, type Anchor, type YearClues } from '../../src/importer/event-year.ts';
import { importText } from '../../src/importer/index.ts';
import { referenceOf, type Reference } from '../../src/importer/reference-lists.ts';
import { segment } from '../../src/importer/segment.ts';
import { loadModel } from '../../src/load/load-model.ts';
import { checkAbsent } from '../../src/load/check-absent.ts';
import { checkIssueDate } from '../../src/load/check-date.ts';
import type { ContentIssue } from '../../src/load/errors.ts';
import type { NoticeFrontmatter } from '../../src/domain/schemas/notice.ts';
import { findVerbatim } from '../../src/domain/verbatim.ts';

let reference: Reference;
beforeAll(() => {
  reference = referenceOf(loadModel(resolve('content')));
});

const TITLE = 'Kết luận của đồng chí Lương Trọng Quỳnh, Phó Chủ tịch UBND tỉnh tại buổi kiểm tra tình hình thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới tại huyện Tràng Định';
const VISIT = 'Đoàn kiểm tra số 03 của UBND tỉnh do đồng chí Lương Trọng Quỳnh, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã kiểm tra tình hình thực hiện Chương trình tại huyện Tràng Định.';
const BODY = '1. Kết quả đạt được\nHuyện đã hoàn thành các nhiệm vụ đề ra.';
const CLOSING = '(Theo Thông báo số 215/TB-UBND ngày 20/8/2024, Kết luận của đồng chí Lương Trọng Quỳnh tại buổi kiểm tra)';
const excerpt = (...parts: string[]): string => `${parts.join('\n\n')}\n`;
const draftOf = (text: string) => importText(text, reference).frontmatter;
const reviewOf = (text: string, field: string): string[] => draftOf(text).review.filter((r) => r.includes(`] ${field} (`) || r.includes(`] ${field}:`));

describe('an excerpt that ends by citing the notice it is cut from', () => {
  it('takes that notice\'s number and date as its own, with the words they rest on and a review item', () => {
    const fm = draftOf(excerpt(TITLE, `Chiều ngày 14/8, ${VISIT}`, BODY, CLOSING));
    expect(fm).toMatchObject({
      number: '215/TB-UBND',
      numberPrinted: 'Thông báo số 215/TB-UBND',
      date: '2024-08-20',
      datePrinted: null,
      dateSource: 'not-in-text',
      dateBasis: 'Thông báo số 215/TB-UBND ngày 20/8/2024',
    });
    expect(fm.absent.map((a) => a.field)).not.toContain('numberPrinted');
    expect(fm.review).toContain(`[chưa chắc] number (dòng 8): văn bản không có dòng "Số: …"; số 215/TB-UBND lấy từ câu dẫn nguồn cuối bản trích "${CLOSING}": đó là số của chính thông báo, numberPrinted ghi "Thông báo số 215/TB-UBND" — đối chiếu bản gốc`);
    expect(fm.review).toContain(`[chưa chắc] date (dòng 8): văn bản không có dòng địa danh, ngày tháng năm; ngày ban hành 2024-08-20 lấy từ câu dẫn nguồn cuối bản trích "${CLOSING}" (dateSource: not-in-text, dateBasis: "Thông báo số 215/TB-UBND ngày 20/8/2024") — đối chiếu bản gốc`);
  });

  it('so drafted, the number and date pass the build\'s checks of a notice\'s head (verbatim, not-in-text with its basis)', () => {
    const draft = importText(excerpt(TITLE, `Chiều ngày 14/8, ${VISIT}`, BODY, CLOSING), reference);
    const fm = draft.frontmatter as unknown as NoticeFrontmatter;
    const issues: ContentIssue[] = [];
    checkIssueDate(fm, draft.source, 'notice.mdx', issues);
    checkAbsent(fm, draft.source, 'source.txt', 'notice.mdx', issues);
    expect(issues).toEqual([]);
    expect(findVerbatim(draft.source, fm.numberPrinted!)).toHaveLength(1);
  });

  it('a notice cited in the body is another notice: no number or date is taken from it', () => {
    const body = 'Theo Thông báo số 12/TB-UBND ngày 3/2/2024 của UBND tỉnh, huyện phải hoàn thành các tiêu chí còn thiếu.';
    const fm = draftOf(excerpt(TITLE, body, `Chiều ngày 14/8, ${VISIT}`, BODY));
    expect(fm).toMatchObject({ number: null, numberPrinted: null, date: null, dateSource: 'not-in-text' });
    expect(fm.absent.map((a) => a.field)).toContain('numberPrinted');
  });

  it('with another notice cited in the body, the closing citation still gives the notice\'s own number', () => {
    const body = 'Thực hiện Thông báo số 12/TB-UBND ngày 3/2/2024 của UBND tỉnh, huyện đã rà soát các tiêu chí.';
    expect(draftOf(excerpt(TITLE, body, BODY, CLOSING))).toMatchObject({ number: '215/TB-UBND', date: '2024-08-20' });
  });

  it('only the last paragraph, and only a citation that opens with "Theo" and closes its bracket', () => {
    const last = (text: string) => readClosingCitation(segment(text));
    expect(last(`Huyện đã làm.\n${CLOSING}\nPhóng viên Ngọc Hiển`)).toBeNull();
    expect(last('Huyện đã làm.\n(Theo Thông báo số 215/TB-UBND ngày 20/8/2024')).toBeNull();
    expect(last('Các xã thực hiện theo Thông báo số 12/TB-UBND ngày 3/2/2024.')).toBeNull();
    expect(last('Huyện đã làm. (Theo Thông báo số 215/TB-UBND ngày 20 tháng 8 năm 2024)')).toMatchObject({ number: '215/TB-UBND', numberPrinted: 'Thông báo số 215/TB-UBND', printed: 'Thông báo số 215/TB-UBND ngày 20 tháng 8 năm 2024', date: { iso: '2024-08-20' }, rest: '' });
    expect(last('Huyện đã làm.\nTheo Thông báo số 215/TB-UBND ngày 20/8/2024.')).toMatchObject({ printed: 'Thông báo số 215/TB-UBND ngày 20/8/2024' });
  });

  it('a cited date without a year leaves the date blank and says so', () => {
    const text = excerpt(TITLE, BODY, '(Theo Thông báo số 215/TB-UBND ngày 20/8)');
    expect(draftOf(text)).toMatchObject({ number: '215/TB-UBND', date: null, dateSource: 'not-in-text', dateBasis: null });
    expect(reviewOf(text, 'date')).toEqual([
      '[không tìm thấy] date (dòng 6): văn bản không có dòng địa danh, ngày tháng năm; câu dẫn nguồn cuối bản trích "(Theo Thông báo số 215/TB-UBND ngày 20/8)" ghi "ngày 20/8", không có năm: để date trống, không đoán năm; ghi ngày đủ và dateBasis nếu bản gốc cho biết',
    ]);
  });

  it('a number line that disagrees with the closing citation is kept, and the disagreement is a flaw to review', () => {
    const text = excerpt('Số: 214/TB-UBND', 'Lạng Sơn, ngày 20 tháng 8 năm 2024', 'THÔNG BÁO', TITLE, BODY, CLOSING);
    expect(draftOf(text)).toMatchObject({ number: '214/TB-UBND', numberPrinted: 'Số: 214/TB-UBND', date: '2024-08-20', datePrinted: 'Lạng Sơn, ngày 20 tháng 8 năm 2024' });
    expect(reviewOf(text, 'number')).toEqual([`[lỗi của văn bản] number (dòng 12): dòng số ghi "Số: 214/TB-UBND" nhưng câu dẫn nguồn cuối bản trích "${CLOSING}" ghi số 215/TB-UBND; giữ dòng số, kiểm tra`]);
  });
});

describe('the inspection\'s day printed without a year', () => {
  it('takes the year of the notice\'s date, with the basis in review', () => {
    const text = excerpt(TITLE, `Chiều ngày 14/8, ${VISIT}`, BODY, CLOSING);
    expect(draftOf(text).inspectionDate).toBe('2024-08-14');
    expect(reviewOf(text, 'inspectionDate')).toEqual([
      `[chưa chắc] inspectionDate (dòng 3): ngày kiểm tra lấy từ câu "Chiều ngày 14/8, ${VISIT}" (không có đoạn căn cứ "Thực hiện …" nêu ngày) — kiểm tra`,
      '[chưa chắc] inspectionDate (dòng 3): ngày kiểm tra "Chiều ngày 14/8" không ghi năm; lấy năm 2024: không sau ngày ban hành "Thông báo số 215/TB-UBND ngày 20/8/2024" — kiểm tra',
    ]);
  });

  it('an inspection in December cited by a notice of January is of the year before', () => {
    const text = excerpt(TITLE, `Sáng ngày 28/12, ${VISIT}`, BODY, '(Theo Thông báo số 05/TB-UBND ngày 10/01/2025)');
    expect(draftOf(text).inspectionDate).toBe('2024-12-28');
    expect(reviewOf(text, 'inspectionDate')[1]).toContain('lấy năm 2024: không sau ngày ban hành "Thông báo số 05/TB-UBND ngày 10/01/2025", nên là năm trước năm 2025');
  });

  it('with a date line of January: the programme cited "ngày 28/12" is of the year before, the visit "ngày 08/01" of the same year', () => {
    const text = excerpt('Số: 05/TB-UBND', 'Lạng Sơn, ngày 10 tháng 01 năm 2025', 'THÔNG BÁO', TITLE, `Thực hiện Kế hoạch số 12/KH-UBND ngày 28/12 của UBND tỉnh, ngày 08/01, ${VISIT}`, BODY);
    const fm = draftOf(text);
    expect({ programme: fm.programme?.date, inspectionDate: fm.inspectionDate }).toEqual({ programme: '2024-12-28', inspectionDate: '2025-01-08' });
    expect(fm.review).toContain('[chưa chắc] legalReferences[12/KH-UBND].date (dòng 9): ngày "28/12" không có năm; lấy năm 2024 (văn bản được dẫn không sau ngày ban hành 2025-01-10)');
  });

  it('a day after the notice\'s in the same month is of the year before; the notice\'s own day is not', () => {
    const anchors: Anchor[] = [{ iso: '2024-08-20', basis: 'ngày 20/8/2024', what: 'ngày ban hành' }];
    const clues: YearClues = { anchors, sentence: '', paragraph: '', text: '' };
    expect(eventYear(20, 8, clues)).toMatchObject({ iso: '2024-08-20' });
    expect(eventYear(21, 8, clues)).toMatchObject({ iso: '2023-08-21' });
    // A notice whose day is blank ("ngày tháng 4 năm 2024"): any day of April is not after it.
    const blankDay = { ...clues, anchors: [{ iso: '2024-04', basis: 'ngày tháng 4 năm 2024', what: 'ngày ban hành' }] };
    expect(eventYear(30, 4, blankDay)).toMatchObject({ iso: '2024-04-30' });
    expect(eventYear(1, 5, blankDay)).toMatchObject({ iso: '2023-05-01' });
  });

  it('from the sample\'s basis without its year: the notice\'s month, day left blank, dates it', () => {
    const sample = (text: string) => text.replace('ngày 09/4/2024, đồng chí', 'ngày 09/4, đồng chí');
    const text = sample(readFileSync('content/notices/2024/2024-04-trang-dinh/source.txt', 'utf8'));
    expect(draftOf(text).inspectionDate).toBe('2024-04-09');
    expect(reviewOf(text, 'inspectionDate')).toEqual(['[chưa chắc] inspectionDate (dòng 11): ngày kiểm tra "ngày 09/4" không ghi năm; lấy năm 2024: không sau ngày ban hành "ngày tháng 4 năm 2024" — kiểm tra']);
  });

  it('a page\'s own date line dates it too, and the dashed form "Ngày 7-3" is read like "ngày 7/3"', () => {
    const text = excerpt('04/03/2025 15:39', TITLE, `Ngày 3-3, ${VISIT}`, BODY);
    expect(draftOf(text).inspectionDate).toBe('2025-03-03');
    expect(reviewOf(text, 'inspectionDate')[1]).toBe('[chưa chắc] inspectionDate (dòng 5): ngày kiểm tra "Ngày 3-3" không ghi năm; lấy năm 2025: không sau ngày đăng "04/03/2025 15:39" — kiểm tra');
  });

  it('no year anywhere: the inspection date stays blank and a review item says why', () => {
    const text = excerpt(TITLE, `Chiều ngày 14/8, ${VISIT}`, BODY);
    expect(draftOf(text).inspectionDate).toBeNull();
    expect(reviewOf(text, 'inspectionDate')).toContain('[không tìm thấy] inspectionDate (dòng 3): ngày kiểm tra "Chiều ngày 14/8" không ghi năm và văn bản không cho biết năm (văn bản không ghi ngày ban hành, ngày đăng hay năm nào khác): để inspectionDate trống, không đoán; ghi ngày đủ nếu bản gốc cho biết');
  });

  it('a year in the same sentence dates it; two years in the sentence are a review item, not a choice', () => {
    const one = excerpt(TITLE, `Sáng ngày 5/3, ${VISIT.replace('Chương trình', 'Chương trình năm 2024')}`, BODY);
    expect(draftOf(one).inspectionDate).toBe('2024-03-05');
    expect(reviewOf(one, 'inspectionDate')[1]).toContain('lấy năm 2024: năm duy nhất câu chứa ngày này nêu: "2024"');
    const two = excerpt(TITLE, `Sáng ngày 5/3, ${VISIT.replace('Chương trình', 'kế hoạch năm 2024 và dự toán năm 2025')}`, BODY);
    expect(draftOf(two).inspectionDate).toBeNull();
    expect(reviewOf(two, 'inspectionDate')[1]).toContain('câu nêu 2 năm ("2024", "2025"): không biết năm nào');
  });

  it('the period the inspection covered: it comes after it', () => {
    const text = excerpt(TITLE, `Chiều ngày 14/8, ${VISIT.replace('tại huyện Tràng Định.', 'tại huyện Tràng Định (thời kỳ kiểm tra từ 01/01/2022 đến 31/12/2023).')}`, BODY);
    expect(draftOf(text).inspectionDate).toBe('2024-08-14');
    expect(reviewOf(text, 'inspectionDate')[1]).toContain('đợt kiểm tra diễn ra sau thời kỳ kiểm tra "thời kỳ kiểm tra từ 01/01/2022 đến 31/12/2023"');
  });

  it('a day inside a range, or a legal reference\'s date, is not the inspection\'s day', () => {
    const range = excerpt(TITLE, `Từ ngày 14/8 đến ngày 16/8/2024, ${VISIT}`, BODY);
    expect(draftOf(range).inspectionDate).toBeNull();
    const dashRange = excerpt(TITLE, `Ngày 14/8 - 16/8/2024, ${VISIT}`, BODY);
    expect(draftOf(dashRange).inspectionDate).toBeNull();
    const reference = excerpt(TITLE, `Căn cứ Quyết định số 123/QĐ-UBND ngày 14/8 của UBND tỉnh, ${VISIT}`, BODY);
    expect(draftOf(reference).inspectionDate).toBeNull();
    const inSentence = excerpt(TITLE, `${VISIT.replace('.', '')} theo Nghị định số 30/2020/NĐ-CP ngày 14/8.`, BODY);
    expect(draftOf(inSentence).inspectionDate).toBeNull();
  });
});

describe('the year of a day printed without one (event-year.ts)', () => {
  const clues = (sentence: string, paragraph = sentence, text = paragraph): YearClues => ({ anchors: [], sentence, paragraph, text });

  it('a legal reference, a document number or a compared year is not the day\'s year', () => {
    expect(yearMentions('Sáng ngày 5/3, Đoàn kiểm tra việc thực hiện Nghị định số 30/2020/NĐ-CP ngày 5/3/2020 của Chính phủ')).toEqual([]);
    expect(yearMentions('thực hiện Nghị định 30/2020 về công tác văn thư')).toEqual([]);
    expect(yearMentions('tăng 7,92% so với cùng kỳ năm 2022')).toEqual([]);
    expect(yearMentions('kế hoạch năm 2024, giai đoạn 2021-2025').map((m) => m.year)).toEqual([2024, 2021, 2025]);
  });

  it('the sentence first, then its paragraph, then the text; the first that names a year decides', () => {
    expect(eventYear(14, 8, clues('Chiều ngày 14/8, Đoàn đã kiểm tra.', 'Chiều ngày 14/8, Đoàn đã kiểm tra. Kế hoạch năm 2024 đạt.'))).toMatchObject({ iso: '2024-08-14', how: 'năm duy nhất đoạn chứa ngày này nêu: "2024"' });
    expect(eventYear(14, 8, clues('Chiều ngày 14/8, Đoàn đã kiểm tra.', 'Chiều ngày 14/8, Đoàn đã kiểm tra.', 'Tính đến tháng 8/2021 đạt 14/18 tiêu chí.'))).toMatchObject({ iso: '2021-08-14', how: 'năm duy nhất văn bản nêu: "tháng 8/2021"' });
    expect(eventYear(14, 8, clues('Chiều ngày 14/8 (năm 2023), Đoàn đã kiểm tra.', 'năm 2024'))).toMatchObject({ iso: '2023-08-14' });
  });

  it('at the turn of the year a bare year does not tell; a full date does, by the nearer side', () => {
    expect(eventYear(5, 1, clues('Sáng 5/1, Đoàn kiểm tra kết quả năm 2024.'))).toMatchObject({ iso: null, reason: 'tháng 1 ở chỗ giao năm, câu chỉ nêu "2024" (có thể là năm 2025)' });
    expect(eventYear(29, 12, clues('Sáng ngày 29/12, kỳ họp đánh giá năm 2023.'))).toMatchObject({ iso: null });
    expect(eventYear(5, 1, clues('Sáng 5/1, Đoàn kiểm tra; báo cáo ngày 28/12/2024.'))).toMatchObject({ iso: '2025-01-05' });
    expect(eventYear(28, 12, clues('Sáng 28/12, Đoàn kiểm tra; thông báo ngày 10/01/2025.'))).toMatchObject({ iso: '2024-12-28' });
  });

  it('29/2 of a common year is no date', () => {
    expect(eventYear(29, 2, clues('Sáng ngày 29/2, kiểm tra kế hoạch năm 2023.'))).toMatchObject({ iso: null });
    expect(eventYear(29, 2, clues('Sáng ngày 29/2, kiểm tra kế hoạch năm 2024.'))).toMatchObject({ iso: '2024-02-29' });
  });

  it('a page\'s own date lines must agree', () => {
    const anchors: Anchor[] = [
      { iso: '2024-01-03', basis: '03/01/2024', what: 'ngày đăng' },
      { iso: '2023-12-30', basis: '30/12/2023', what: 'ngày đăng' },
    ];
    expect(eventYear(28, 12, { anchors, sentence: '', paragraph: '', text: '' })).toMatchObject({ iso: '2023-12-28' });
    // 2/1 is not after 03/01/2024 in 2024, but is after 30/12/2023 unless it is of 2023.
    expect(eventYear(2, 1, { anchors, sentence: '', paragraph: '', text: '' })).toMatchObject({ iso: null });
  });
});
