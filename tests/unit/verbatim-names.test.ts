/**
 * Names of people and bodies are checked against source.txt with case, Unicode form and white
 * space folded; quotations and figures stay exact (issue 11, point 4). Edits of the published
 * sample, whose source prints "Ban Dân tộc" and "Lương Trọng Quỳnh".
 */
import { describe, expect, it } from 'vitest';
import { findName, findVerbatim } from '../../src/domain/verbatim.ts';
import { ContentError, formatIssue } from '../../src/load/errors.ts';
import { loadModel } from '../../src/load/load-model.ts';
import { contentCopy, type Edit } from '../helpers/content-copy.ts';

const errors = (edits: Edit[]): string[] => {
  try {
    loadModel(contentCopy(edits));
    return [];
  } catch (e) {
    if (e instanceof ContentError) return e.issues.map(formatIssue);
    throw e;
  }
};
const NOTICE = 'notices/2024/2024-04-trang-dinh/notice.mdx';

describe('findName', () => {
  it('folds case, Unicode form and white space', () => {
    expect(findName('Ban Dân tộc, Văn phòng', 'Ban dân tộc')).toEqual([0]);
    expect(findName('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'kt. chủ   tịch'.normalize('NFD'))).toEqual([0]);
    expect(findName('Ban Dân tộc', 'Ban Dân tộ')).toEqual([0]);
    expect(findName('Ban Dân tộc', 'Ban Dan toc')).toEqual([]);
  });

  it('while quotations stay exact', () => {
    expect(findVerbatim('Ban Dân tộc', 'Ban dân tộc')).toEqual([]);
  });
});

describe('the build', () => {
  it('accepts an agency short name and a presiding name that differ from the text only in case', () => {
    expect(
      errors([
        { file: 'agencies.csv', find: 'ban-dan-toc,Ban Dân tộc tỉnh,Ban Dân tộc', replace: 'ban-dan-toc,Ban Dân tộc tỉnh,Ban dân tộc' },
        { file: NOTICE, find: '  name: Lương Trọng Quỳnh', replace: '  name: LƯƠNG TRỌNG QUỲNH' },
      ]),
    ).toEqual([]);
  });

  it('still refuses a name the text does not contain', () => {
    expect(errors([{ file: NOTICE, find: '  signer: Dương Công Hiệp', replace: '  signer: Dương Công Hiệu' }])).toEqual([
      'content/notices/2024/2024-04-trang-dinh/notice.mdx, trường "signature.signer": thấy "Dương Công Hiệu"; cần một tên có trong content/notices/2024/2024-04-trang-dinh/source.txt (không kể chữ hoa, chữ thường và khoảng trắng)',
    ]);
  });
});
