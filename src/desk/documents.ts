/**
 * A document folder as the desk edits it — a draft in drafts/<id>/ or a published notice or report
 * in content/: its data (a notice's frontmatter and narrative, or report.yaml), figures.csv and
 * source.txt. Read and written in the formats the importer writes and the loader reads
 * (src/importer/draft-writer.ts, src/load/read-content.ts); the loader alone says whether it is valid.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import Papa from 'papaparse';
import { figureRow } from '../domain/schemas/figure.ts';

export type DocumentKind = 'notice' | 'report';
export type FigureCells = Record<string, string>;

export interface DeskDocument {
  dir: string;
  kind: DocumentKind;
  /** The YAML data: a notice's frontmatter, or report.yaml. */
  data: Record<string, unknown>;
  /** A notice's narrative (the body of notice.mdx), kept as it is. */
  narrative: string;
  /** figures.csv rows, every cell a string ('' for blank); empty when the folder has none. */
  figures: FigureCells[];
  hasFigures: boolean;
  source: string;
}

/** The columns of figures.csv, in the schema's order. */
export const FIGURE_COLUMNS = Object.keys(figureRow.shape);

/** Which kind of document a folder holds, or null when neither. */
export function kindOf(dir: string): DocumentKind | null {
  if (existsSync(join(dir, 'report.yaml'))) return 'report';
  if (existsSync(join(dir, 'notice.mdx'))) return 'notice';
  return null;
}

const FRONT = /^(?:#[^\n]*\n)*---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/u;

/** Reads a document folder; null when it holds no notice.mdx or report.yaml. */
export function readDocument(dir: string): DeskDocument | null {
  const kind = kindOf(dir);
  if (kind === null) return null;
  const text = readFileSync(join(dir, kind === 'report' ? 'report.yaml' : 'notice.mdx'), 'utf8');
  let yamlText = text;
  let narrative = '';
  if (kind === 'notice') {
    const m = FRONT.exec(text);
    yamlText = m?.[1] ?? '';
    narrative = m?.[2] ?? '';
  }
  const data = (yaml.load(yamlText, { schema: yaml.CORE_SCHEMA }) ?? {}) as Record<string, unknown>;
  const figuresPath = join(dir, 'figures.csv');
  const hasFigures = existsSync(figuresPath);
  const figures = hasFigures ? Papa.parse<FigureCells>(readFileSync(figuresPath, 'utf8'), { header: true, skipEmptyLines: true }).data : [];
  const sourcePath = join(dir, 'source.txt');
  const source = existsSync(sourcePath) ? readFileSync(sourcePath, 'utf8').normalize('NFC') : '';
  return { dir, kind, data, narrative, figures, hasFigures, source };
}

const dump = (data: unknown): string => yaml.dump(data, { schema: yaml.CORE_SCHEMA, lineWidth: 100, noRefs: true });

/** The files of a document as text: [name, text] for its data file and figures.csv. */
export function documentFiles(doc: DeskDocument): [string, string][] {
  const files: [string, string][] = [];
  if (doc.kind === 'report') files.push(['report.yaml', dump(doc.data)]);
  else files.push(['notice.mdx', `---\n${dump(doc.data)}---\n${doc.narrative.startsWith('\n') ? '' : '\n'}${doc.narrative}`]);
  if (doc.hasFigures || doc.figures.length > 0) {
    const rows = doc.figures.map((r) => FIGURE_COLUMNS.map((c) => r[c] ?? ''));
    files.push(['figures.csv', `${Papa.unparse({ fields: FIGURE_COLUMNS, data: rows }, { newline: '\n' })}\n`]);
  }
  return files;
}

/** Writes each file of `files` into `dir` atomically: a temporary file beside it, then a rename. */
export function writeFilesAtomically(dir: string, files: readonly (readonly [string, string])[]): void {
  for (const [name, text] of files) {
    const tmp = join(dir, `.${name}.${process.pid}.tmp`);
    writeFileSync(tmp, text);
    renameSync(tmp, join(dir, name));
  }
}

/** Writes the document's data and figures back to its folder. */
export function saveDocument(doc: DeskDocument): void {
  writeFilesAtomically(doc.dir, documentFiles(doc));
}
