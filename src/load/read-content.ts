/**
 * Reads every file of `content/`: the locality register, indicators, agencies and one folder
 * per notice (notice.mdx + figures.csv + source.txt). Stage 1 of the pipeline (the only code that reads content/): files → rows
 * that each passed their own schema, with file and line kept for later checks.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import yaml from 'js-yaml';
import { agencyRow, indicatorRow, type AgencyRow, type IndicatorRow } from '../domain/schemas/indicator.ts';
import { figureRow, type FigureRow } from '../domain/schemas/figure.ts';
import { criterionRow, criterionStatusRow, type CriterionRow, type CriterionStatusRow } from '../domain/schemas/criteria.ts';
import { formerUnitRow, successorRow, unitRow, type FormerUnitRow, type SuccessorRow, type UnitRow } from '../domain/schemas/locality.ts';
import { noticeFrontmatter, type NoticeFrontmatter } from '../domain/schemas/notice.ts';
import type { ContentIssue } from './errors.ts';
import { normalizeDeep } from './normalize.ts';
import { readCsv, type CsvRow } from './read-csv.ts';
import { issuesFromZod } from './zod-issues.ts';

/** What a notice marked `draft: true` must become before it is published. */
export const DRAFT_EXPECTED =
  'a reviewed notice — bản nháp chưa được duyệt: check it against import-report.md and source.txt, resolve and delete the review: list, fill the blank fields, then remove draft: true after review';

/** One notice folder as read from disk. */
export interface RawNotice {
  /** Folder name, unique across years: `2024-04-trang-dinh`. */
  id: string;
  /** Paths relative to the project, for messages: `content/notices/2024/2024-04-trang-dinh/notice.mdx`. */
  file: string;
  figuresFile: string;
  sourceFile: string;
  frontmatter: NoticeFrontmatter;
  /** The body after the frontmatter: the narrative, Markdown text (never compiled or run). */
  narrative: string;
  figures: CsvRow<FigureRow>[];
  /** Which new-rural criteria a commune has met, when the notice says (optional criteria.csv). */
  criteriaFile: string;
  criteria: CsvRow<CriterionStatusRow>[];
  /** The notice's original text, as published. */
  source: string;
}

export interface RawContent {
  units: CsvRow<UnitRow>[];
  formerUnits: CsvRow<FormerUnitRow>[];
  successors: (CsvRow<SuccessorRow> & { file: string })[];
  indicators: CsvRow<IndicatorRow>[];
  agencies: CsvRow<AgencyRow>[];
  ntmCriteria: CsvRow<CriterionRow>[];
  notices: RawNotice[];
}

/** Reads `contentDir`; `projectDir` only shortens the paths printed in errors. */
export function readContent(contentDir: string, projectDir = dirname(contentDir)): { content: RawContent; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const rel = (p: string): string => relative(projectDir, p);
  const csv = <S extends Parameters<typeof readCsv>[2]>(path: string, schema: S) => {
    if (!existsSync(path)) {
      issues.push({ file: rel(path), where: null, field: null, found: null, expected: 'this file to exist' });
      return [];
    }
    const result = readCsv(readFileSync(path, 'utf8'), rel(path), schema);
    issues.push(...result.issues);
    return result.rows;
  };

  const localitiesDir = join(contentDir, 'localities');
  const successorFiles = existsSync(localitiesDir)
    ? readdirSync(localitiesDir).filter((f) => /^successors-.*\.csv$/.test(f)).sort()
    : [];
  const content: RawContent = {
    units: csv(join(localitiesDir, 'units.csv'), unitRow),
    formerUnits: csv(join(localitiesDir, 'former-units.csv'), formerUnitRow),
    successors: successorFiles.flatMap((f) =>
      csv(join(localitiesDir, f), successorRow).map((row) => ({ ...row, file: rel(join(localitiesDir, f)) })),
    ),
    indicators: csv(join(contentDir, 'indicators.csv'), indicatorRow),
    agencies: csv(join(contentDir, 'agencies.csv'), agencyRow),
    ntmCriteria: csv(join(contentDir, 'ntm-criteria.csv'), criterionRow),
    notices: [],
  };

  for (const dir of noticeDirs(join(contentDir, 'notices'))) {
    const file = rel(join(dir, 'notice.mdx'));
    const parsed = readNoticeFile(readFileSync(join(dir, 'notice.mdx'), 'utf8'), file, issues);
    const sourcePath = join(dir, 'source.txt');
    const source = existsSync(sourcePath) ? readFileSync(sourcePath, 'utf8').normalize('NFC') : null;
    if (source === null) issues.push({ file: rel(sourcePath), where: null, field: null, found: null, expected: 'the original text of the notice beside notice.mdx' });
    const figures = csv(join(dir, 'figures.csv'), figureRow);
    const criteriaPath = join(dir, 'criteria.csv');
    const criteria = existsSync(criteriaPath) ? csv(criteriaPath, criterionStatusRow) : [];
    if (parsed && source !== null) {
      content.notices.push({
        id: basename(dir),
        file,
        figuresFile: rel(join(dir, 'figures.csv')),
        sourceFile: rel(sourcePath),
        ...parsed,
        figures,
        criteriaFile: rel(criteriaPath),
        criteria,
        source,
      });
    }
  }
  return { content, issues };
}

/** Every folder under `root` that holds a notice.mdx, in a stable order. */
function noticeDirs(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((p) => basename(p) === 'notice.mdx')
    .map((p) => join(root, dirname(p)))
    .sort();
}

/** notice.mdx: YAML frontmatter between two `---` lines, then the narrative. */
function readNoticeFile(text: string, file: string, issues: ContentIssue[]): { frontmatter: NoticeFrontmatter; narrative: string } | null {
  const body = text.replace(/^\uFEFF/, '');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(body);
  if (!match) {
    issues.push({ file, where: 'line 1', field: null, found: text.slice(0, 20), expected: 'YAML frontmatter between two "---" lines' });
    return null;
  }
  let data: unknown;
  try {
    // CORE_SCHEMA: an unquoted 2024-04-09 stays a string (no Date objects) and is checked as such.
    data = normalizeDeep(yaml.load(match[1] ?? '', { schema: yaml.CORE_SCHEMA }));
  } catch (e) {
    if (!(e instanceof yaml.YAMLException)) throw e;
    // The mark counts lines of the frontmatter from 0; the file has the "---" line before it.
    issues.push({ file, where: `line ${e.mark.line + 2}`, field: null, found: null, expected: `valid YAML (${e.reason})` });
    return null;
  }
  // An imported draft (npm run import) is refused as a draft, and every other error is still
  // listed, so the editor sees at once all that is left to fix. Its review: list goes with it.
  if (data !== null && typeof data === 'object' && (data as { draft?: unknown }).draft === true) {
    issues.push({ file, where: null, field: 'draft', found: 'true', expected: DRAFT_EXPECTED });
    data = Object.fromEntries(Object.entries(data).filter(([key]) => key !== 'draft' && key !== 'review'));
  }
  const parsed = noticeFrontmatter.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    issues.push(...issuesFromZod(parsed.error, file, null, data));
    return null;
  }
  return { frontmatter: parsed.data, narrative: body.slice(match[0].length).normalize('NFC') };
}
