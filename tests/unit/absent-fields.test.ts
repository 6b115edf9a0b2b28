/**
 * A notice whose kept text lacks its number line, presiding official or signature block is
 * valid when the field is null and an `absent` entry says why (issue 11, point 4); the page and
 * briefing say so in a sentence. Refusals are in tests/fixtures/faults/absent-*.json.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../src/importer/index.ts';
import { referenceOf } from '../../src/importer/reference-lists.ts';
import { loadModel } from '../../src/load/load-model.ts';
import { absentNote, absentSentence } from '../../src/site/notice-absent.ts';
import { contentCopy } from '../helpers/content-copy.ts';

const M = 'notices/2024/2024-04-trang-dinh/notice.mdx';
const S = 'notices/2024/2024-04-trang-dinh/source.txt';
const SIGNATURE = 'TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\nDương Công Hiệp';

describe('the build', () => {
  it('accepts a notice kept without its signature block, and without naming who presided, each with its reason', () => {
    const content = contentCopy([
      { file: S, find: SIGNATURE, replace: '' },
      {
        file: M,
        find: 'signature:\n  chain: [TL. CHỦ TỊCH, KT. CHÁNH VĂN PHÒNG, PHÓ CHÁNH VĂN PHÒNG]\n  signer: Dương Công Hiệp',
        replace: 'signature: null\nabsent:\n  - field: signature\n    reason: bản đăng trên cổng thông tin không kèm phần chữ ký\n  - field: presiding\n    reason: bản lưu không có trích yếu.',
      },
      { file: M, find: 'presiding:\n  name: Lương Trọng Quỳnh\n  role: Phó Chủ tịch UBND tỉnh, Trưởng Đoàn kiểm tra số 03', replace: 'presiding: null' },
    ]);
    const notice = loadModel(content).noticeById.get('2024-04-trang-dinh')!;
    expect(notice.signature).toBeNull();
    expect(absentNote(notice, 'signature')).toBe('văn bản được lưu không có phần chữ ký (bản đăng trên cổng thông tin không kèm phần chữ ký)');
    expect(absentSentence(notice, 'signature')).toBe('Văn bản được lưu không có phần chữ ký (bản đăng trên cổng thông tin không kèm phần chữ ký).');
    expect(absentNote(notice, 'presiding')).toBe('văn bản được lưu không nêu người chủ trì, kết luận (bản lưu không có trích yếu)');
  });
});

describe('the importer', () => {
  it('writes a field the text lacks as null, with an absent entry whose reason the editor writes, and a review note', () => {
    const reference = referenceOf(loadModel(resolve('content')));
    const draft = importText('Giải ngân vốn đầu tư công đạt 45%.\n', reference);
    const fm = draft.frontmatter;
    expect([fm.numberPrinted, fm.presiding, fm.signature]).toEqual([null, null, null]);
    expect(fm.absent).toEqual([
      { field: 'numberPrinted', reason: null },
      { field: 'presiding', reason: null },
      { field: 'signature', reason: null },
    ]);
    expect(fm.review.filter((r) => r.includes('viết lý do vào absent'))).toHaveLength(3);
  });
});
