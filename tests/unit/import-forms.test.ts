/**
 * Every number, date and reference form the issue lists, found in running text and read to the
 * right value — and dates never mistaken for figures.
 */
import { describe, expect, it } from 'vitest';
import type { Note } from '../../src/importer/draft.ts';
import { findDates } from '../../src/importer/extract-dates.ts';
import { findFigureCandidates } from '../../src/importer/extract-figures.ts';
import { findReferences } from '../../src/importer/extract-legal-references.ts';

// Every form is printed after "đã đạt": issue 11 keeps "đạt" (reached) as a qualifier, so a form
// that takes one and has none of its own is found with it ("đạt 17,420 tỷ đồng"); a form with its
// own hedge word keeps that one ("gần 53%", not "đạt gần 53%"), and a part of a whole takes none.
describe.each([
  { printed: '17,420 tỷ đồng', found: 'đạt 17,420 tỷ đồng', kind: 'amount', value: 17_420_000_000, total: null, qualifier: 'đạt' },
  { printed: '3.740 triệu đồng', found: 'đạt 3.740 triệu đồng', kind: 'amount', value: 3_740_000_000, total: null, qualifier: 'đạt' },
  { printed: '3.798,254 tỷ đồng', found: 'đạt 3.798,254 tỷ đồng', kind: 'amount', value: 3_798_254_000_000, total: null, qualifier: 'đạt' },
  { printed: '300,9/4.128,9 tỷ đồng', kind: 'fraction', value: 300_900_000_000, total: 4_128_900_000_000, qualifier: null },
  { printed: '100,65%', found: 'đạt 100,65%', kind: 'percent', value: 100.65, total: null, qualifier: 'đạt' },
  { printed: '101,1%', found: 'đạt 101,1%', kind: 'percent', value: 101.1, total: null, qualifier: 'đạt' },
  { printed: 'gần 53%', kind: 'percent', value: 53, total: null, qualifier: 'gần' },
  { printed: 'trên 226,3 tỷ đồng', kind: 'amount', value: 226_300_000_000, total: null, qualifier: 'trên' },
  { printed: '09/19', kind: 'fraction', value: 9, total: 19, qualifier: null, after: ' tiêu chí' },
  { printed: '9/19', kind: 'fraction', value: 9, total: 19, qualifier: null },
  { printed: '04 tiêu chí', found: 'đạt 04 tiêu chí', kind: 'quantity', value: 4, total: null, qualifier: 'đạt' },
  { printed: '478 triệu đồng', found: 'đạt 478 triệu đồng', kind: 'amount', value: 478_000_000, total: null, qualifier: 'đạt' },
  { printed: 'khoảng 10km', kind: 'quantity', value: 10, total: null, qualifier: 'khoảng' },
])('the figure "$printed" in a sentence', ({ printed, found: foundAs = printed, kind, value, total, qualifier, after = '' }) => {
  it(`is found as "${foundAs}" and read as ${kind} ${value}${total === null ? '' : `/${total}`}${qualifier === null ? '' : ` (qualifier ${qualifier})`}`, () => {
    const text = `Đến nay huyện đã đạt ${printed}${after}, theo báo cáo.`;
    const [found, ...others] = findFigureCandidates(text);
    expect(others).toEqual([]);
    expect(found?.printed).toBe(foundAs);
    expect(found?.index).toBe(text.indexOf(foundAs));
    const parsed = found?.parsed;
    expect(parsed?.kind).toBe(kind);
    expect(parsed?.value).toBe(value);
    if (parsed?.kind === 'fraction') expect(parsed.total).toBe(total);
    if (parsed && 'qualifier' in parsed) expect(parsed.qualifier).toBe(qualifier);
  });
});

describe.each([
  { text: 'ngày 09/4/2024, đồng chí', printed: 'ngày 09/4/2024', iso: '2024-04-09', fromContext: false },
  { text: 'kiểm tra 09/4/2024 tại', printed: '09/4/2024', iso: '2024-04-09', fromContext: false },
  { text: 'Quyết định ngày 19/01/2024 của', printed: 'ngày 19/01/2024', iso: '2024-01-19', fromContext: false },
  { text: 'họp ngày 20/9 tại huyện', printed: 'ngày 20/9', iso: '2023-09-20', fromContext: true },
  { text: 'từ tháng 8/ 2021 đến nay', printed: 'tháng 8/ 2021', iso: '2021-08', fromContext: false },
  { text: 'Lạng Sơn, ngày tháng 4 năm 2024', printed: 'ngày tháng 4 năm 2024', iso: '2024-04', fromContext: false },
  { text: 'Lạng Sơn, ngày 5 tháng 4 năm 2024', printed: 'ngày 5 tháng 4 năm 2024', iso: '2024-04-05', fromContext: false },
  { text: 'ban hành ngày 27 tháng 12 năm\n2008 của Chính phủ', printed: 'ngày 27 tháng 12 năm\n2008', iso: '2008-12-27', fromContext: false },
  { text: 'Quyết định ngày 27 tháng 12\nnăm 2008 của', printed: 'ngày 27 tháng 12\nnăm 2008', iso: '2008-12-27', fromContext: false },
  { text: 'báo cáo tháng\n8/2021 của huyện', printed: 'tháng\n8/2021', iso: '2021-08', fromContext: false },
  { text: 'Kết luận ký ngày 13.11.2023 của Chánh thanh tra', printed: '13.11.2023', iso: '2023-11-13', fromContext: false },
  { text: 'thu hồi từ ngày 1.1.2016 đến nay', printed: '1.1.2016', iso: '2016-01-01', fromContext: false },
  { text: 'LSO – Sáng nay (12/3), Thanh tra Chính phủ công bố', printed: '12/3', iso: '2023-03-12', fromContext: true },
])('the date in "$text"', ({ text, printed, iso, fromContext }) => {
  it(`is read as ${iso}${fromContext ? ' (year from the context, 2023)' : ''} and is not a figure`, () => {
    expect(findDates(text, 2023)).toEqual([{ printed, index: text.indexOf(printed), iso, yearFromContext: fromContext }]);
    expect(findFigureCandidates(text)).toEqual([]);
  });
});

describe('a date split by a blank line', () => {
  it('is no date: a blank line ends a paragraph', () => {
    expect(findDates('kết quả ngày 27 tháng 12 năm\n\n2008 là năm đầu', 2023)).toEqual([]);
  });
});

describe('legal references', () => {
  const read = (text: string) => {
    const notes: Note[] = [];
    const found = findReferences(text, { province: 'Lạng Sơn', year: 2024, notes, line: 7 });
    return { refs: found.map((f) => f.ref), notes: notes.map((n) => `${n.kind} ${n.field}`) };
  };

  it.each([
    {
      text: 'tại Quyết định số 136/QĐ-UBND ngày 19/01/2024 của UBND tỉnh Lạng Sơn; lãnh đạo',
      ref: { id: 'qd-136-2024-ubnd', number: '136/QĐ-UBND', type: 'Quyết định', issuer: 'UBND tỉnh Lạng Sơn', date: '2024-01-19', printed: 'Quyết định số 136/QĐ-UBND ngày 19/01/2024 của UBND tỉnh Lạng Sơn' },
      notes: [],
    },
    {
      text: 'theo Nghị quyết số 111/2024/QH15 ngày 18/01/2024 của Quốc hội về một số cơ chế (xem)',
      ref: { id: 'nq-111-2024-qh15', number: '111/2024/QH15', type: 'Nghị quyết', issuer: 'Quốc hội', date: '2024-01-18', subject: 'một số cơ chế' },
      notes: [],
    },
    {
      text: 'thực hiện 111/2024/QH15 của Quốc hội',
      ref: { number: '111/2024/QH15', type: 'Văn bản', issuer: 'Quốc hội', date: null },
      notes: ['uncertain legalReferences[111/2024/QH15].type', 'missing legalReferences[111/2024/QH15].date'],
    },
    {
      text: '(Hội đồng nhân dân tỉnh đã ban hành Nghị quyết số 07/NQ-HĐND ngày 06/4/2024).',
      ref: { id: 'nq-07-2024-hdnd', number: '07/NQ-HĐND', type: 'Nghị quyết', issuer: 'HĐND tỉnh Lạng Sơn', date: '2024-04-06', printed: 'Nghị quyết số 07/NQ-HĐND ngày 06/4/2024' },
      notes: [],
    },
    {
      text: 'theo 07/NQ-HĐND ngày 20/9',
      ref: { number: '07/NQ-HĐND', type: 'Nghị quyết', issuer: 'HĐND tỉnh Lạng Sơn', date: '2024-09-20' },
      notes: ['uncertain legalReferences[07/NQ-HĐND].issuer', 'uncertain legalReferences[07/NQ-HĐND].date'],
    },
    {
      text: 'Thực hiện Chương trình số 15/CTr-UBND 12/3/2024 của UBND tỉnh về kiểm tra, ngày 09/4/2024',
      ref: { number: '15/CTr-UBND', type: 'Chương trình', issuer: 'UBND tỉnh Lạng Sơn', date: '2024-03-12', subject: 'kiểm tra', printed: 'Chương trình số 15/CTr-UBND 12/3/2024 của UBND tỉnh' },
      notes: [],
    },
  ])('reads $ref.number in "$text"', ({ text, ref, notes }) => {
    const result = read(text);
    expect(result.refs).toHaveLength(1);
    expect(result.refs[0]).toMatchObject(ref);
    expect(result.notes).toEqual(notes);
  });
});
