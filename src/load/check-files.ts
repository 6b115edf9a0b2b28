/**
 * The layout of content/notices/: `<year>/<id>/` folders holding only the files a notice is
 * made of. Anything else (a renamed `notice.md`, a stray `figures (1).csv`, a folder at the
 * wrong depth) is an error, so no file is silently ignored and no notice silently vanishes.
 */
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentIssue } from './errors.ts';

/**
 * The files a notice folder may hold; the first three are required. criteria.csv is optional;
 * import-report.md, what `npm run import` found, may stay beside the notice it drafted (never
 * published).
 */
export const NOTICE_FILES = ['notice.mdx', 'figures.csv', 'source.txt', 'criteria.csv', 'import-report.md'] as const;

/** Names editors are likely to use instead of a notice file: the file meant, and the fix. */
const RENAMED: Record<string, { meant: string; expected: string }> = {
  'notice.md': { meant: 'notice.mdx', expected: 'notice.mdx (thông báo của thư mục này chỉ được đọc từ notice.mdx; hãy đổi tên tệp)' },
  'source.md': { meant: 'source.txt', expected: 'source.txt (văn bản gốc của thông báo chỉ được đọc từ source.txt)' },
  'figures.tsv': { meant: 'figures.csv', expected: 'figures.csv (các cột phân cách bằng dấu phẩy, mã UTF-8)' },
  'criteria.tsv': { meant: 'criteria.csv', expected: 'criteria.csv (các cột phân cách bằng dấu phẩy, mã UTF-8)' },
};

export interface NoticeFolder {
  /** Absolute path of the folder. */
  dir: string;
  /** The year folder it is filed under: `2024`. */
  year: string;
  /** Required files that are absent because a file of a likely wrong name (reported) stands in for them. */
  misnamed: ReadonlySet<string>;
}

/**
 * Every `<year>/<id>/` folder of a kind of document under `root` (content/notices,
 * content/reports), in a stable order; a stray file or a folder that is no year goes to `issues`.
 */
export function documentFolders(root: string, kind: { noun: string; folder: string; file: string }, rel: (path: string) => string, issues: ContentIssue[]): { dir: string; year: string; id: string }[] {
  if (!existsSync(root)) return [];
  const fail = (path: string, expected: string): void => {
    issues.push({ file: rel(path), where: null, field: null, found: null, expected });
  };
  const folders: { dir: string; year: string; id: string }[] = [];
  for (const year of readdirSync(root).sort()) {
    const yearDir = join(root, year);
    if (!isDir(yearDir) || !/^\d{4}$/.test(year)) {
      fail(yearDir, `chỉ các thư mục năm (4 chữ số, ví dụ 2024) trong content/${kind.folder}/, trong mỗi thư mục năm là một thư mục cho mỗi ${kind.noun}`);
      continue;
    }
    for (const id of readdirSync(yearDir).sort()) {
      const dir = join(yearDir, id);
      if (isDir(dir)) folders.push({ dir, year, id });
      else fail(dir, `chỉ các thư mục ${kind.noun} trong content/${kind.folder}/${year}/ (content/${kind.folder}/${year}/<mã>/${kind.file})`);
    }
  }
  return folders;
}

/**
 * Every notice folder under `root` (content/notices), in a stable order; what does not belong
 * goes to `issues`. `rel` shortens paths for messages.
 */
export function noticeFolders(root: string, rel: (path: string) => string, issues: ContentIssue[]): NoticeFolder[] {
  return documentFolders(root, { noun: 'thông báo', folder: 'notices', file: 'notice.mdx' }, rel, issues).map(({ dir, year }) => {
    const misnamed = new Set<string>();
    for (const name of readdirSync(dir).sort()) {
      if ((NOTICE_FILES as readonly string[]).includes(name) && !isDir(join(dir, name))) continue;
      const renamed = RENAMED[name];
      if (renamed) misnamed.add(renamed.meant);
      issues.push({ file: rel(join(dir, name)), where: null, field: null, found: null, expected: renamed?.expected ?? `chỉ các tệp của một thông báo trong thư mục của thông báo: ${NOTICE_FILES.join(', ')} (hai tệp cuối không bắt buộc)` });
    }
    return { dir, year, misnamed };
  });
}

function isDir(path: string): boolean {
  return lstatSync(path).isDirectory();
}
