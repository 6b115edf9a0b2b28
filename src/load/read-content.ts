/**
 * Reads every file of `content/`: the locality register, indicators, agencies, one folder per
 * notice (notice.mdx + figures.csv + source.txt) and one per status report (read-reports.ts).
 * Stage 1 of the pipeline (the only code that reads content/): files → rows that each passed
 * their own schema, with file and line kept for later checks.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import yaml from 'js-yaml';
import { agencyRow, agencySuccessorRow, indicatorRow, type AgencyFileRow, type AgencySuccessorRow, type IndicatorRow } from '../domain/schemas/indicator.ts';
import { issuerRow, type IssuerRow } from '../domain/schemas/issuer.ts';
import { figureRow, type FigureRow } from '../domain/schemas/figure.ts';
import { criterionRow, criterionStatusRow, type CriterionRow, type CriterionStatusRow } from '../domain/schemas/criteria.ts';
import { formerUnitRow, successorRow, unitRow, unitVersionRow, type FormerUnitRow, type SuccessorRow, type UnitRow, type UnitVersionRow } from '../domain/schemas/locality.ts';
import { noticeFrontmatter, type NoticeFrontmatter } from '../domain/schemas/notice.ts';
import type { ContentIssue } from './errors.ts';
import { normalizeDeep } from './normalize.ts';
import { readCsv, type CsvRow } from './read-csv.ts';
import { noticeFolders } from './check-files.ts';
import { readContentText, yamlExpected } from './read-file.ts';
import { refuseDraft } from './draft-flag.ts';
import { readReports, type RawReport } from './read-reports.ts';
import { issuesFromZod, parseContent } from './zod-issues.ts';

/** What a notice marked `draft: true` must become before it is published. */
export const DRAFT_EXPECTED =
  'một thông báo đã duyệt — đây là bản nháp chưa được duyệt: đối chiếu với import-report.md và source.txt, xử lý xong rồi xóa danh sách review:, điền các trường còn trống, duyệt xong thì xóa dòng draft: true';

/** One notice folder as read from disk, whether or not its frontmatter and text could be read. */
export interface NoticeFiles {
  /** Folder name, unique across years: `2024-04-trang-dinh`. */
  id: string;
  /** The year folder it is filed under: `2024`. */
  year: string;
  /** Paths relative to the project, for messages: `content/notices/2024/2024-04-trang-dinh/notice.mdx`. */
  file: string;
  figuresFile: string;
  sourceFile: string;
  /** The frontmatter, or null when it was reported (unreadable, not YAML, against the schema, a draft). */
  frontmatter: NoticeFrontmatter | null;
  /** The body after the frontmatter: the narrative, Markdown text (never compiled or run). */
  narrative: string;
  /** Line of notice.mdx the narrative starts on. */
  narrativeLine: number;
  figures: CsvRow<FigureRow>[];
  /**
   * Ids of the figure rows that were reported (a row against its schema), so a finding that
   * cites one is not reported again; 'all' when figures.csv could not be read at all.
   */
  reportedFigureIds: ReadonlySet<string> | 'all';
  /** Which new-rural criteria a commune has met, when the notice says (optional criteria.csv). */
  criteriaFile: string;
  criteria: CsvRow<CriterionStatusRow>[];
  /** The notice's original text, as published; null when it was reported (missing, unreadable). */
  source: string | null;
}

/** A notice whose frontmatter and original text were both read: it can become part of the model. */
export interface RawNotice extends NoticeFiles {
  frontmatter: NoticeFrontmatter;
  source: string;
}

export interface RawContent {
  units: CsvRow<UnitRow>[];
  /** Registers that took effect later (`units-<date>.csv`), oldest first. */
  unitVersions: (CsvRow<UnitVersionRow> & { file: string })[];
  formerUnits: CsvRow<FormerUnitRow>[];
  successors: (CsvRow<SuccessorRow> & { file: string })[];
  indicators: CsvRow<IndicatorRow>[];
  agencies: CsvRow<AgencyFileRow>[];
  /** What former agencies became (content/agency-successors.csv; none when the file is absent). */
  agencySuccessors: CsvRow<AgencySuccessorRow>[];
  issuers: CsvRow<IssuerRow>[];
  ntmCriteria: CsvRow<CriterionRow>[];
  notices: RawNotice[];
  /** Notices whose frontmatter or text was reported: their other files are still checked. */
  incomplete: NoticeFiles[];
  /** Status reports (content/reports/), each read against its schema. */
  reports: RawReport[];
}

/** Reads `contentDir`; `projectDir` only shortens the paths printed in errors. */
export function readContent(contentDir: string, projectDir = dirname(contentDir)): { content: RawContent; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const rel = (p: string): string => relative(projectDir, p);
  const csvResult = <S extends Parameters<typeof readCsv>[2]>(path: string, schema: S, reportMissing = true) => {
    if (!existsSync(path)) {
      if (reportMissing) issues.push({ file: rel(path), where: null, field: null, found: null, expected: 'có tệp này' });
      return null;
    }
    const text = readContentText(path, rel(path), contentDir, issues);
    if (text === null) return null;
    const result = readCsv(text, rel(path), schema);
    issues.push(...result.issues);
    return result;
  };
  const csv = <S extends Parameters<typeof readCsv>[2]>(path: string, schema: S) => csvResult(path, schema)?.rows ?? [];
  const readText = (path: string, missing: string | null): string | null => {
    if (existsSync(path)) return readContentText(path, rel(path), contentDir, issues);
    if (missing !== null) issues.push({ file: rel(path), where: null, field: null, found: null, expected: missing });
    return null;
  };

  const localitiesDir = join(contentDir, 'localities');
  const successorFiles = existsSync(localitiesDir)
    ? readdirSync(localitiesDir).filter((f) => /^successors-.*\.csv$/.test(f)).sort()
    : [];
  const versionFiles = existsSync(localitiesDir)
    ? readdirSync(localitiesDir).filter((f) => /^units-\d{4}-\d{2}-\d{2}\.csv$/.test(f)).sort()
    : [];
  const content: RawContent = {
    units: csv(join(localitiesDir, 'units.csv'), unitRow),
    unitVersions: versionFiles.flatMap((f) =>
      csv(join(localitiesDir, f), unitVersionRow).map((row) => ({ ...row, file: rel(join(localitiesDir, f)) })),
    ),
    formerUnits: csv(join(localitiesDir, 'former-units.csv'), formerUnitRow),
    successors: successorFiles.flatMap((f) =>
      csv(join(localitiesDir, f), successorRow).map((row) => ({ ...row, file: rel(join(localitiesDir, f)) })),
    ),
    indicators: csv(join(contentDir, 'indicators.csv'), indicatorRow),
    agencies: csv(join(contentDir, 'agencies.csv'), agencyRow),
    agencySuccessors: csvResult(join(contentDir, 'agency-successors.csv'), agencySuccessorRow, false)?.rows ?? [],
    issuers: csv(join(contentDir, 'issuers.csv'), issuerRow),
    ntmCriteria: csv(join(contentDir, 'ntm-criteria.csv'), criterionRow),
    notices: [],
    incomplete: [],
    reports: readReports(contentDir, rel, issues),
  };

  // Every file of a notice is read and checked, even when another of its files is broken, so
  // an editor sees every error at once.
  for (const { dir, year, misnamed } of noticeFolders(join(contentDir, 'notices'), rel, issues)) {
    const file = rel(join(dir, 'notice.mdx'));
    // A file under a wrong name (notice.md) was reported with the fix; its absence is not reported again.
    const text = (path: string, missing: string): string | null => readText(path, misnamed.has(basename(path)) ? null : missing);
    const noticeText = text(join(dir, 'notice.mdx'), 'tệp thông báo: phần đầu YAML (frontmatter) giữa hai dòng "---", sau đó là phần nội dung');
    const parsed = noticeText === null ? null : readNoticeFile(noticeText, file, issues);
    const sourcePath = join(dir, 'source.txt');
    const source = text(sourcePath, 'văn bản gốc của thông báo, đặt cạnh notice.mdx')?.normalize('NFC') ?? null;
    const figures = csvResult(join(dir, 'figures.csv'), figureRow, !misnamed.has('figures.csv'));
    const criteriaPath = join(dir, 'criteria.csv');
    const criteria = existsSync(criteriaPath) ? csv(criteriaPath, criterionStatusRow) : [];
    const notice: NoticeFiles = {
      id: basename(dir),
      year,
      file,
      figuresFile: rel(join(dir, 'figures.csv')),
      sourceFile: rel(sourcePath),
      frontmatter: parsed?.frontmatter ?? null,
      narrative: parsed?.narrative ?? '',
      narrativeLine: parsed?.narrativeLine ?? 1,
      figures: figures?.rows ?? [],
      reportedFigureIds: figures?.rejected ? new Set(figures.rejected.map((r) => r['id'] ?? '')) : 'all',
      criteriaFile: rel(criteriaPath),
      criteria,
      source,
    };
    if (isComplete(notice)) content.notices.push(notice);
    else content.incomplete.push(notice);
  }
  return { content, issues };
}

function isComplete(notice: NoticeFiles): notice is RawNotice {
  return notice.frontmatter !== null && notice.source !== null;
}

/** notice.mdx: YAML frontmatter between two `---` lines, then the narrative. */
function readNoticeFile(text: string, file: string, issues: ContentIssue[]): { frontmatter: NoticeFrontmatter | null; narrative: string; narrativeLine: number } | null {
  const body = text;
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(body);
  if (!match) {
    issues.push({ file, where: 'dòng 1', field: null, found: text.slice(0, 20), expected: 'phần đầu YAML (frontmatter) giữa hai dòng "---"' });
    return null;
  }
  const narrative = body.slice(match[0].length).normalize('NFC');
  const narrativeLine = match[0].split('\n').length;
  let data: unknown;
  try {
    // CORE_SCHEMA: an unquoted 2024-04-09 stays a string (no Date objects) and is checked as such.
    data = normalizeDeep(yaml.load(match[1] ?? '', { schema: yaml.CORE_SCHEMA }));
  } catch (e) {
    if (!(e instanceof yaml.YAMLException)) throw e;
    // The mark counts lines of the frontmatter from 0; the file has the "---" line before it.
    issues.push({ file, where: `dòng ${e.mark.line + 2}`, field: null, found: null, expected: yamlExpected(e.reason) });
    return { frontmatter: null, narrative, narrativeLine };
  }
  // An imported draft (npm run import) is refused as a draft; every other error is still listed.
  data = refuseDraft(data, file, DRAFT_EXPECTED, issues);
  const parsed = parseContent(noticeFrontmatter, data);
  if (!parsed.success) {
    issues.push(...issuesFromZod(parsed.error, file, null, data));
    return { frontmatter: null, narrative, narrativeLine };
  }
  return { frontmatter: parsed.data, narrative, narrativeLine };
}
