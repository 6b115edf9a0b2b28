/**
 * The importer proposes the link when a notice repeats an earlier one (issue 22, point 3): a
 * later notice (a text written here, shaped like the sample) whose item 2.2 says "như đã kết
 * luận tại Thông báo kết luận tháng 4/2024 …" is imported against a copy of content/ holding the
 * sample (2024-04-trang-dinh, no number). Expected values are the fixture's words, written here.
 */
import { describe, expect, it } from 'vitest';
import { findVerbatim } from '../../src/domain/verbatim.ts';
import { importText, type Draft } from '../../src/importer/index.ts';
import { referenceOf } from '../../src/importer/reference-lists.ts';
import { answerableNotices } from '../../src/importer/status-report/index.ts';
import { loadModel } from '../../src/load/load-model.ts';
import { contentCopy } from '../helpers/content-copy.ts';
import { addSyntheticNotice } from '../helpers/synthetic-notice.ts';

const CITATION = 'như đã kết luận tại Thông báo kết luận tháng 4/2024 của UBND tỉnh về kết quả kiểm tra tại huyện Tràng Định';

/** A notice of 2025 whose 2.2 says `item22` (and 2.1 a, `item21a`). */
const laterNotice = (item22: string, item21a = 'Tập trung chỉ đạo thu ngân sách nhà nước trên địa bàn, đẩy nhanh tiến độ giải ngân vốn đầu tư công.'): string => `UBND TỈNH LẠNG SƠN

Số: 45/TB-UBND

Lạng Sơn, ngày 12 tháng 3 năm 2025

THÔNG BÁO

Kết luận của đồng chí Phó Chủ tịch UBND tỉnh tại buổi kiểm tra tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2025 tại huyện Tràng Định

Ngày 04/3/2025, Đoàn kiểm tra của UBND tỉnh đã kiểm tra tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2025 tại huyện Tràng Định, kết luận như sau:

1. Nhận định chung

Huyện Tràng Định đã tích cực, chủ động trong lãnh đạo, chỉ đạo thực hiện các nhiệm vụ năm 2025.

2. Một số nhiệm vụ trọng tâm trong thời gian tới

2.1. Đối với huyện Tràng Định

a) ${item21a}

b) Tiếp tục thực hiện tốt công tác quốc phòng, an ninh, trật tự an toàn xã hội.

2.2. Đối với xã Chí Minh, huyện Tràng Định:

${item22}

Nơi nhận:

- Thường trực HĐND tỉnh;
- Lưu: VT, KT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn A
`;

const SAMPLE_AS_CITED = `Xã Chí Minh tiếp tục thực hiện các tiêu chí nông thôn mới chưa đạt ${CITATION}.`;

/** Imports `text` against the notices of a copy of content/. */
function importAgainst(content: string, text: string): Draft {
  const model = loadModel(content);
  return importText(text, referenceOf(model), null, answerableNotices(model.notices));
}
const repeatNotes = (draft: Draft) => draft.notes.filter((n) => n.field.endsWith('.repeats'));
const directive = (draft: Draft, id: string) => draft.frontmatter.directives.find((d) => d.id === id)!;

const content = contentCopy([]);

describe('a directive that repeats an earlier notice', () => {
  const draft = importAgainst(content, laterNotice(SAMPLE_AS_CITED));

  it('is linked to the notice it cites by month and place, and to its directive on Xã Chí Minh', () => {
    expect(directive(draft, '2.2').repeats).toEqual([{ notice: '2024-04-trang-dinh', item: '2.2', printed: CITATION }]);
    // The build's check of `printed` (load/check-repeats.ts) finds it in source.txt.
    expect(findVerbatim(draft.source, CITATION)).toHaveLength(1);
  });

  it('with a review item saying the link is proposed, on its line; other directives link nothing', () => {
    const notes = repeatNotes(draft);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ kind: 'uncertain', field: 'directives[2.2].repeats', line: 27 });
    expect(notes[0]!.message).toMatch(/^đề xuất: nhắc lại nhiệm vụ 2\.2 của thông báo 2024-04-trang-dinh/u);
    expect(draft.frontmatter.review.some((r) => r.includes('đề xuất: nhắc lại nhiệm vụ 2.2'))).toBe(true);
    expect(directive(draft, '2.1-b').repeats).toEqual([]);
  });
});

describe('a directive citing the point it repeats', () => {
  it('is linked to that point ("điểm a khoản 2.1")', () => {
    const printed = 'như đã kết luận tại điểm a khoản 2.1 Thông báo kết luận tháng 4/2024 của UBND tỉnh về kết quả kiểm tra tại huyện Tràng Định';
    const draft = importAgainst(content, laterNotice(SAMPLE_AS_CITED, `Tổ chức thực hiện hoàn thành các chỉ tiêu kinh tế - xã hội năm 2025, ${printed}.`));
    expect(directive(draft, '2.1-a').repeats).toEqual([{ notice: '2024-04-trang-dinh', item: '2.1-a', printed }]);
    expect(repeatNotes(draft).find((n) => n.field === 'directives[2.1-a].repeats')!.message).toContain('nhiệm vụ văn bản nêu điểm a, khoản 2.1');
  });
});

describe('no link is proposed', () => {
  it('when two earlier notices fit the citation alike: the review item lists both', () => {
    const twin = contentCopy([]);
    addSyntheticNotice(twin, { year: '2024', id: '2024-04-trang-dinh-ban-sao', date: '2024-04', ids: {} });
    const draft = importAgainst(twin, laterNotice(SAMPLE_AS_CITED));
    expect(directive(draft, '2.2').repeats).toEqual([]);
    const [note] = repeatNotes(draft);
    expect(note!.message).toContain('nhiều thông báo khớp như nhau');
    expect(note!.message).toContain('2024-04-trang-dinh (');
    expect(note!.message).toContain('2024-04-trang-dinh-ban-sao (');
  });

  it('when the cited notice is not in content/', () => {
    const draft = importAgainst(content, laterNotice('Xã Chí Minh tiếp tục thực hiện các tiêu chí nông thôn mới chưa đạt theo kết luận tại Thông báo số 12/TB-UBND ngày 05/3/2024 của UBND tỉnh.'));
    expect(directive(draft, '2.2').repeats).toEqual([]);
    const [note] = repeatNotes(draft);
    expect(note!.field).toBe('directives[2.2].repeats');
    expect(note!.message).toContain('thông báo số 12/TB-UBND không có trong content/notices');
  });

  it('when "(nhắc lại)" cites no notice: a review item only', () => {
    const draft = importAgainst(content, laterNotice('Xã Chí Minh hoàn thành các tiêu chí nông thôn mới chưa đạt (nhắc lại).'));
    expect(directive(draft, '2.2').repeats).toEqual([]);
    expect(repeatNotes(draft).map((n) => n.message)).toEqual([
      '"(nhắc lại)": nhiệm vụ nhắc lại nhưng không dẫn thông báo nào; nếu nhắc lại nhiệm vụ của một thông báo trước, ghi repeats: [{ notice, item, printed }]',
    ]);
  });

  it('when no words say the directive repeats one ("tiếp tục" alone does not)', () => {
    const draft = importAgainst(content, laterNotice('Xã Chí Minh tiếp tục thực hiện các tiêu chí nông thôn mới chưa đạt.'));
    expect(draft.frontmatter.directives.every((d) => d.repeats.length === 0)).toBe(true);
    expect(repeatNotes(draft)).toEqual([]);
  });
});
