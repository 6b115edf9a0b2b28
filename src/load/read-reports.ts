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
import { readContentText } from './read-file.ts';
import { readCsv, type CsvRow } from './read-csv.ts';
import { figureRow, type FigureRow } from '../domain/schemas/figure.ts';
import { issuesFromZod } from './zod-issues.ts';

/** The files a report folder may hold; figures.csv (the figures the report gives, as a notice's) is optional. */
export const REPORT_FILES = ['report.yaml', 'source.txt', 'figures.csv'] as const;

/** What a report marked `draft: true` must become before it is published. */
export const REPORT_DRAFT_EXPECTED =
  'a reviewed report — bản nháp chưa được duyệt: check it against import-report.md and source.txt, resolve and delete the review: list, fill the blank fields (an item, the notice answered), then remove draft: true after review';

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
  return documentFolders(join(contentDir, 'reports'), { noun: 'report', folder: 'reports', file: 'report.yaml' }, rel, issues).flatMap(({ dir, year, id }) => {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) fail(dir, 'a folder name of lower-case letters without diacritics, digits and single hyphens: 2024-06-bc-trang-dinh');
    for (const name of readdirSync(dir).sort()) {
      if (!(REPORT_FILES as readonly string[]).includes(name) || isDir(join(dir, name))) fail(join(dir, name), `only the files of a report in its folder: ${REPORT_FILES.join(', ')}`);
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
  const yamlText = text(dataPath, 'the report: its number, date, issuer, the notice it answers and one entry per directive or proposal (docs/data-format.md, "Status reports")');
  const source = text(sourcePath, 'the original text of the report beside report.yaml')?.normalize('NFC') ?? null;
  if (yamlText === null) return null;
  let raw: unknown;
  try {
    // CORE_SCHEMA: an unquoted 2024-06-20 stays a string and is checked as a date.
    raw = normalizeDeep(yaml.load(yamlText, { schema: yaml.CORE_SCHEMA }));
  } catch (e) {
    if (!(e instanceof yaml.YAMLException)) throw e;
    issues.push({ file, where: `line ${e.mark.line + 1}`, field: null, found: null, expected: `valid YAML (${e.reason})` });
    return null;
  }
  // An imported draft (npm run import) is refused as a draft; every other error is still listed.
  raw = refuseDraft(raw, file, REPORT_DRAFT_EXPECTED, issues);
  const parsed = reportFile.safeParse(raw, { reportInput: true });
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
