/**
 * Reads the status reports of `content/reports/<year>/<id>/` (report.yaml + source.txt), each
 * against its schema: part of stage 1 (read-content.ts). What a report says is checked against
 * the notices in check-reports.ts.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { reportFile, type ReportFile } from '../domain/schemas/report.ts';
import { refuseDraft } from './draft-flag.ts';
import type { ContentIssue } from './errors.ts';
import { normalizeDeep } from './normalize.ts';
import { documentFolders } from './check-files.ts';
import { readContentText, yamlExpected } from './read-file.ts';
import { readCsv, type CsvRow } from './read-csv.ts';
import { figureRow, type FigureRow } from '../domain/schemas/figure.ts';
import { issuesFromZod, parseContent } from './zod-issues.ts';

/** The files a report folder may hold; figures.csv (the figures the report gives, as a notice's) is optional. */
export const REPORT_FILES = ['report.yaml', 'source.txt', 'figures.csv'] as const;

/** What a report marked `draft: true` must become before it is published. */
export const REPORT_DRAFT_EXPECTED =
  'một báo cáo đã duyệt — đây là bản nháp chưa được duyệt: đối chiếu với import-report.md và source.txt, xử lý xong rồi xóa danh sách review:, điền các trường còn trống (nhiệm vụ, kiến nghị được báo cáo; thông báo được trả lời), duyệt xong thì xóa dòng draft: true';

/** One report folder whose data and text were both read. */
export interface RawReport {
  /** Folder name, unique across years: `2024-06-bc-trang-dinh`. */
  id: string;
  /** The year folder it is filed under. */
  year: string;
  /** Paths relative to the project, for messages. */
  file: string;
  sourceFile: string;
  data: ReportFile;
  /** Line of report.yaml where each top-level field and each entry (`entries[2]`) begins, for messages. */
  lines: ReadonlyMap<string, number>;
  /** The report's text as published, NFC. */
  source: string;
  /** figures.csv, as a notice's (docs/data-format.md): each figure the report gives, with its words. */
  figuresFile: string;
  figures: CsvRow<FigureRow>[];
}

/** Where the fields of a report.yaml begin: `date` → 5, `entries[0]` → 14 (its `- item:` line). */
function fieldLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let entry = 0;
  text.split(/\r?\n/).forEach((line, i) => {
    const top = /^([A-Za-z]+):/.exec(line);
    if (top) lines.set(top[1]!, i + 1);
    else if (/^\s*-\s+item:/.test(line)) lines.set(`entries[${entry++}]`, i + 1);
  });
  return lines;
}

const isDir = (path: string): boolean => statSync(path).isDirectory();

/** Every report of `contentDir`; what cannot be read is pushed to `issues` and left out. */
export function readReports(contentDir: string, rel: (path: string) => string, issues: ContentIssue[]): RawReport[] {
  const fail = (path: string, expected: string): void => {
    issues.push({ file: rel(path), where: null, field: null, found: null, expected });
  };
  return documentFolders(join(contentDir, 'reports'), { noun: 'báo cáo', folder: 'reports', file: 'report.yaml' }, rel, issues).flatMap(({ dir, year, id }) => {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) fail(dir, 'tên thư mục chỉ gồm chữ thường không dấu, chữ số và từng dấu "-" đơn lẻ: 2024-06-bc-trang-dinh');
    for (const name of readdirSync(dir).sort()) {
      if (!(REPORT_FILES as readonly string[]).includes(name) || isDir(join(dir, name))) fail(join(dir, name), `chỉ các tệp của một báo cáo trong thư mục của báo cáo: ${REPORT_FILES.join(', ')}`);
    }
    return readReport(dir, id, year, rel, contentDir, issues) ?? [];
  });
}

function readReport(dir: string, id: string, year: string, rel: (path: string) => string, contentDir: string, issues: ContentIssue[]): RawReport | null {
  const dataPath = join(dir, 'report.yaml');
  const sourcePath = join(dir, 'source.txt');
  const file = rel(dataPath);
  const text = (path: string, expected: string): string | null => {
    if (existsSync(path)) return readContentText(path, rel(path), contentDir, issues);
    issues.push({ file: rel(path), where: null, field: null, found: null, expected });
    return null;
  };
  const yamlText = text(dataPath, 'tệp báo cáo: số, ngày, cơ quan ban hành, thông báo được trả lời và mỗi nhiệm vụ hoặc kiến nghị một mục (docs/data-format.md, mục "Status reports")');
  const source = text(sourcePath, 'văn bản gốc của báo cáo, đặt cạnh report.yaml')?.normalize('NFC') ?? null;
  if (yamlText === null) return null;
  let raw: unknown;
  try {
    // CORE_SCHEMA: an unquoted 2024-06-20 stays a string and is checked as a date.
    raw = normalizeDeep(yaml.load(yamlText, { schema: yaml.CORE_SCHEMA }));
  } catch (e) {
    if (!(e instanceof yaml.YAMLException)) throw e;
    issues.push({ file, where: `dòng ${e.mark.line + 1}`, field: null, found: null, expected: yamlExpected(e.reason) });
    return null;
  }
  // An imported draft (npm run import) is refused as a draft; every other error is still listed.
  raw = refuseDraft(raw, file, REPORT_DRAFT_EXPECTED, issues);
  const parsed = parseContent(reportFile, raw);
  if (!parsed.success) {
    issues.push(...issuesFromZod(parsed.error, file, null, raw));
    return null;
  }
  const figuresPath = join(dir, 'figures.csv');
  const figuresText = existsSync(figuresPath) ? readContentText(figuresPath, rel(figuresPath), contentDir, issues) : null;
  const figures = figuresText === null ? null : readCsv(figuresText, rel(figuresPath), figureRow);
  if (figures) issues.push(...figures.issues);
  if (source === null) return null;
  return { id, year, file, sourceFile: rel(sourcePath), data: parsed.data, lines: fieldLines(yamlText), source, figuresFile: rel(figuresPath), figures: figures?.rows ?? [] };
}
