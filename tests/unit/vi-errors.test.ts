/**
 * Content errors are read by the clerks who publish, in Vietnamese only: publishing from the desk
 * (the same checks as `npm run validate`) refuses a broken figure with a line that names the file,
 * the line, the field, the value found and what is needed, all in Vietnamese; zod's own messages
 * (a wrong type, a value not among the options, a missing field) come out in Vietnamese too.
 * Expected texts are written out here, never computed by the code under test.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishDraft } from '../../src/importer/publish.ts';
import { loadModel } from '../../src/load/load-model.ts';
import { contentCopy, contentErrors, type Edit } from '../helpers/content-copy.ts';

/** Words of the former English format that must not reach a clerk (a field path such as `absent[0].field` is no such word). */
const ENGLISH = /\bexpected\b|\bfound\b|(?<![.\w])line \d|(?<![.\w])field "|\(missing\)|\bcells\b/u;

function errorsWith(edits: Edit[]): string[] {
  return contentErrors(contentCopy(edits));
}

describe('a publication refused for a broken figure', () => {
  // A draft made from the sample notice, its revenue typed a thousand times too small (17420 for 17,420 tỷ đồng).
  const draftDir = join(mkdtempSync(join(tmpdir(), 'tp-vi-errors-')), '2024-04-trang-dinh-thu');
  cpSync('content/notices/2024/2024-04-trang-dinh', draftDir, { recursive: true });
  const figures = join(draftDir, 'figures.csv');
  writeFileSync(figures, readFileSync(figures, 'utf8').replace(',17420000000,', ',17420,'));
  const result = publishDraft(draftDir, contentCopy([]), '2024-04-trang-dinh-thu');

  it('is one line in Vietnamese: file, line, field, value found and what is needed', () => {
    expect(result.folder).toBeNull();
    expect(result.errors).toEqual([
      'content/notices/2024/2024-04-trang-dinh-thu/figures.csv, dòng 3, trường "value": thấy "17420"; cần 17420000000, giá trị đọc từ số như in "17,420 tỷ đồng"',
    ]);
    expect(result.errors[0]).not.toMatch(ENGLISH);
  });

  it('gives the desk the same parts to show at the figure (Vị trí, Trường, Giá trị hiện có, Cần)', () => {
    expect(result.issues).toEqual([
      {
        file: 'content/notices/2024/2024-04-trang-dinh-thu/figures.csv',
        where: 'dòng 3',
        field: 'value',
        found: '17420',
        expected: '17420000000, giá trị đọc từ số như in "17,420 tỷ đồng"',
      },
    ]);
  });

  it('stops `npm run validate` with the count in Vietnamese', () => {
    const content = contentCopy([{ file: 'notices/2024/2024-04-trang-dinh/figures.csv', find: ',17420000000,', replace: ',17420,' }]);
    expect(() => loadModel(content)).toThrow(
      '1 lỗi nội dung:\n  - content/notices/2024/2024-04-trang-dinh/figures.csv, dòng 3, trường "value": thấy "17420"; cần 17420000000, giá trị đọc từ số như in "17,420 tỷ đồng"',
    );
  });
});

describe("zod's own messages, in Vietnamese", () => {
  const NOTICE = 'notices/2024/2024-04-trang-dinh/notice.mdx';

  it('a value of the wrong type', () => {
    expect(errorsWith([{ file: NOTICE, find: '    occurrences: 5', replace: '    occurrences: năm' }])).toEqual([
      'content/notices/2024/2024-04-trang-dinh/notice.mdx, trường "dataQuality[2].occurrences": thấy "năm"; cần số',
    ]);
  });

  it('a missing field', () => {
    expect(errorsWith([{ file: NOTICE, find: 'team: Đoàn kiểm tra số 03\n', replace: '' }])).toEqual([
      'content/notices/2024/2024-04-trang-dinh/notice.mdx, trường "team": thấy "(không có)"; cần văn bản',
    ]);
  });

  it('a blank field that must have text', () => {
    expect(errorsWith([{ file: NOTICE, find: 'team: Đoàn kiểm tra số 03', replace: "team: ''" }])).toEqual([
      'content/notices/2024/2024-04-trang-dinh/notice.mdx, trường "team": thấy ""; cần văn bản có >=1 ký tự',
    ]);
  });

  it('a value that is not one of the options', () => {
    expect(errorsWith([{ file: NOTICE, find: '  - kind: spelling', replace: '  - kind: typo' }])).toEqual([
      'content/notices/2024/2024-04-trang-dinh/notice.mdx, trường "dataQuality[2].kind": thấy "typo"; cần một trong các giá trị "spelling"|"inconsistency"|"blank"',
    ]);
  });
});

describe('every error of the fault fixtures', () => {
  it('reads without the words of the former English format', () => {
    const dir = 'tests/fixtures/faults';
    const lines = readdirSync(dir).flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { errors: string[] }).errors);
    expect(lines.length).toBeGreaterThan(70);
    expect(lines.filter((l) => ENGLISH.test(l))).toEqual([]);
  });
});
