/**
 * What the status-report importer produces: a draft of `report.yaml` in the shape the build reads
 * (src/domain/schemas/report.ts) with `draft: true` and a `review:` list, where anything the
 * text does not settle is null and has a note; the figures the report prints (listed for review:
 * report.yaml has no field for them); and how each entry was found, for import-report.md.
 */
import type { Party } from '../../domain/schemas/common.ts';
import type { StatusValue } from '../../domain/schemas/directive.ts';
import type { DraftFigure, DraftHead, Note } from '../draft.ts';

/** What the report says of one item; `item` null when no directive or proposal clearly fits. */
export interface ReportDraftEntry {
  item: string | null;
  status: StatusValue;
  /** The day the status holds from; null when the report's date is unknown. */
  from: string | null;
  /** The sentence carrying the status words, verbatim. */
  evidence: string;
}

/** report.yaml of a draft (written in the order of src/domain/schemas/report.ts). */
export interface ReportDraftData extends DraftHead {
  title: string | null;
  issuer: Party | null;
  issuerPrinted: string | null;
  answers: { notice: string | null; printed: string | null };
  signer: string | null;
  entries: ReportDraftEntry[];
}

/** How an entry (or a paragraph with status words) was matched, for the report. */
export interface EntryTrace {
  /** Line of the evidence sentence in source.txt. */
  line: number;
  /** The status words found: `đang được thực hiện`. */
  phrase: string;
  /** Why this item, or why none: `điểm a của khoản 2.1`, `từ ngữ chung với đề xuất …`. */
  basis: string;
  /** The items considered, best first, with their scores. */
  candidates: string[];
  /** Why `from` is what it is. */
  fromBasis: string;
}

/** A figure printed in the report: listed with its line, never written to report.yaml. */
export interface ReportFigure {
  printed: string;
  /** The printed figure with the noun a part of a whole counts: `13/19 tiêu chí`. */
  words: string;
  /** Canonical value (src/domain/vi-number.ts); null when the parser could not read it. */
  value: number | null;
  unit: string | null;
  denominator: number | null;
  line: number;
  column: number;
}

/** A status report's draft: its report.yaml data, its text, and what the report of the import lists. */
export interface ReportDraft {
  kind: 'report';
  /** Suggested folder name: `2024-06-bc-trang-dinh`. */
  id: string;
  data: ReportDraftData;
  /** The normalized text, saved as source.txt. */
  source: string;
  notes: Note[];
  figures: ReportFigure[];
  /** The figures read with an indicator and a unit (the notice importer's reader): the draft's figures.csv. */
  csvFigures: DraftFigure[];
  /** One per entry of `data.entries`, in order. */
  traces: EntryTrace[];
  /** How the answered notice was found (or why not). */
  answersBasis: string;
  /** Lines of result passages that state no status, so made no entry. */
  unstated: number[];
  /** What the folder name rests on. */
  idBasis: string;
}
