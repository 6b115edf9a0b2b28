/**
 * Drafts are safe (issue 11, point 6): the folder name comes from the notice's date and place,
 * an existing draft is never overwritten without --force, an empty or blank file is refused,
 * a missing file gets one line (no stack trace), and a draft in content/ still shows every
 * other error (tests/fixtures/faults/draft-with-other-errors.json).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportError, importFile, noticeDraft } from '../../src/importer/index.ts';

const sourcePath = 'content/notices/2024/2024-04-trang-dinh/source.txt';
const sourceText = readFileSync(sourcePath, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'tp-safe-'));
const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/import-notice.ts', ...args], { encoding: 'utf8' });

async function refusal(path: string): Promise<string> {
  const error = await importFile(path).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ImportError);
  return (error as ImportError).message;
}

describe('an input with no text', () => {
  it.each([
    ['empty.txt', '', 'thấy "một tệp rỗng"'],
    ['blank.txt', ' \n\t\n\u00A0\r\n', 'thấy "chỉ có khoảng trắng"'],
    ['bom-only.txt', '\uFEFF', 'thấy "chỉ có khoảng trắng"'],
  ])('%s is refused, naming the file', async (name, text, found) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    const message = await refusal(path);
    expect(message).toContain(name);
    expect(message).toContain(found);
    expect(message).toContain('cần nội dung của một thông báo (chưa ghi gì)');
  });
});

describe('npm run import with a file it cannot read', { timeout: 30_000 }, () => {
  it('a missing file: one line naming it, exit 1, no stack trace', () => {
    const result = run(join(dir, 'khong-co.txt'));
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([`${join(dir, 'khong-co.txt')}: thấy "không có tệp này"; cần một tệp .txt hoặc .docx đọc được`]);
  });

  it('a folder named like a text file: one line', () => {
    const folder = join(dir, 'folder.txt');
    mkdirSync(folder);
    const result = run(folder);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(`${folder}: thấy "một thư mục"; cần một tệp .txt hoặc .docx đọc được`);
  });
});

describe('the draft folder', { timeout: 30_000 }, () => {
  it('is named from the month of issue and the inspected district', async () => {
    expect((await importFile(sourcePath)).id).toBe('2024-04-trang-dinh');
  });

  it('without a date line, takes the month of the inspection (ngày 09/4/2024) and says so', async () => {
    const path = join(dir, 'no-date-line.txt');
    writeFileSync(path, sourceText.replace('Lạng Sơn, ngày tháng 4 năm 2024\n', ''));
    const draft = noticeDraft(await importFile(path));
    expect(draft.id).toBe('2024-04-trang-dinh');
    expect(draft.frontmatter.review).toContain('[cần biên tập] id: tên thư mục "2024-04-trang-dinh" dựa trên ngày kiểm tra và huyện Tràng Định; đặt lại khi công bố nếu cần');
  });

  it('for two texts with neither date nor place, differs (from the file names), never "khong-ngay-chua-ro"', async () => {
    const a = join(dir, 'Ghi chép A.txt');
    const b = join(dir, 'ghi-chep-b.txt');
    writeFileSync(a, 'Một đoạn văn không có ngày tháng.\n');
    writeFileSync(b, 'Một đoạn văn khác.\n');
    const ids = [(await importFile(a)).id, (await importFile(b)).id];
    expect(ids).toEqual(['khong-ngay-ghi-chep-a', 'khong-ngay-ghi-chep-b']);
  });

  it('is not overwritten by a second import; --force replaces it', () => {
    const out = join(dir, 'twice');
    expect(run(sourcePath, '--out', out).status).toBe(0);
    writeFileSync(join(out, 'figures.csv'), 'edited by hand\n');
    const again = run(sourcePath, '--out', out);
    expect(again.status).toBe(1);
    expect(again.stderr.trim()).toBe(
      `${out}: thấy "một thư mục đã có tệp (figures.csv, import-report.md, indicators-proposed.csv, notice.mdx, source.txt)"; cần một thư mục trống hoặc mới; chưa ghi gì. Thêm --force để thay bản nháp, hoặc --out <thư mục> để ghi vào nơi khác`,
    );
    expect(readFileSync(join(out, 'figures.csv'), 'utf8')).toBe('edited by hand\n');
    const forced = run(sourcePath, '--out', out, '--force');
    expect(forced.status).toBe(0);
    expect(readFileSync(join(out, 'figures.csv'), 'utf8')).toMatch(/^id,locality,indicator,/);
    expect(existsSync(join(out, 'notice.mdx'))).toBe(true);
  });

  it('refuses an unknown option instead of reading it as a file', () => {
    const result = run(sourcePath, '--froce');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('unknown option --froce');
  });
});
