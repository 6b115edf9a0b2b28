/**
 * What the importer produces: a draft of a notice's frontmatter and figure rows in the shapes
 * the build reads (src/domain/schemas), where anything the text does not settle is null and has a
 * note, plus every note for the extraction report.
 */
import type { Party } from '../domain/schemas/common.ts';
import type { Directive, Proposal } from '../domain/schemas/directive.ts';
import type { AbsentField, DataQualityNote, Finding, LegalReference } from '../domain/schemas/notice.ts';
import type { ProposedIndicator } from './extract-figures.ts';

/**
 * One thing a person must look at, with the line it is about.
 * - `fuzzy`: a name matched to the register or agency list though not spelt exactly;
 * - `uncertain`: a value the importer chose but could not be sure of;
 * - `missing`: a field it could not find (left blank in the draft);
 * - `anomaly`: a flaw of the notice itself (blank number, typo, inconsistency);
 * - `editorial`: a field only a person can write (short title, topics).
 */
export interface Note {
  kind: 'fuzzy' | 'uncertain' | 'missing' | 'anomaly' | 'editorial';
  /** Field path in the draft: `directives[2.1-a].addressee.localities`, `figures[3].indicator`. */
  field: string;
  message: string;
  line: number | null;
}

/** A figure row of figures.csv, with where its printed text stands in the source. */
export interface DraftFigure {
  id: string;
  locality: string | null;
  /** Null when no indicator of indicators.csv clearly fits: the editor chooses or adds one. */
  indicator: string | null;
  as_of: string | null;
  value: number;
  unit: string;
  denominator: number | null;
  target: number | null;
  printed: string;
  excerpt: string;
  section: string;
  subject: string | null;
  ref: string | null;
  /** Why this indicator (the words its label shares with the clause), or the new one proposed. Not a column. */
  reason: string;
  /** Position of `printed` in source.txt. */
  line: number;
  column: number;
  offset: number;
}

export type DraftLegalReference = Omit<LegalReference, 'issuer'> & { issuer: string | null };
export type DraftFinding = Omit<Finding, 'topic'> & { topic: string | null };
export type DraftDirective = Omit<Directive, 'topic' | 'addressee'> & {
  topic: string | null;
  addressee: { printed: string; localities: string[]; agencies: string[] };
};
export type DraftProposal = Omit<Proposal, 'topic' | 'from' | 'response'> & {
  topic: string | null;
  from: Party | null;
  response: string | null;
};

/**
 * What every draft begins with, a notice's and a status report's: the flag and the review list
 * that make the build refuse it, and the head's kind, number and date lines (null when blank).
 */
export interface DraftHead {
  draft: true;
  review: string[];
  documentType: string | null;
  number: string | null;
  numberPrinted: string | null;
  date: string | null;
  datePrinted: string | null;
}

/** The frontmatter of notice.mdx, with null where the text did not give a value. */
export interface DraftFrontmatter extends DraftHead {
  /** Written only when it is not implied (see src/domain/schemas/notice.ts): a month only, a year inferred, no date line. */
  dateSource?: 'partial' | 'year-inferred' | 'not-in-text';
  /** The words the year (year-inferred) or the date (not-in-text) rests on; null until an editor writes them. */
  dateBasis?: string | null;
  /** Id of the issuing body in content/issuers.csv; null when the text names none of them. */
  issuer: string | null;
  title: string | null;
  shortTitle: string | null;
  presiding: { name: string; role: string | null } | null;
  /** Null when the text has no signature block at all (then an `absent` entry). */
  signature: { chain: string[]; signer: string | null } | null;
  /**
   * Header and signature fields the text lacks (numberPrinted, presiding, signature), each with
   * its reason: null until an editor writes why (the build refuses a blank reason).
   */
  absent: { field: AbsentField; reason: string | null }[];
  programme: DraftLegalReference | null;
  inspectionDate: string | null;
  team: string | null;
  agencies: string[];
  agenciesPrinted: string | null;
  localParticipants: string[];
  inspected: string[];
  findings: DraftFinding[];
  directives: DraftDirective[];
  proposals: DraftProposal[];
  legalReferences: DraftLegalReference[];
  recipients: string[];
  dataQuality: DataQualityNote[];
}

export interface Draft {
  /** A notice's draft (a status report's is status-report/draft.ts). */
  kind: 'notice';
  /** Suggested folder name: `2024-04-trang-dinh`. */
  id: string;
  frontmatter: DraftFrontmatter;
  /** The narrative of notice.mdx: the preamble paragraphs, verbatim. */
  narrative: string[];
  figures: DraftFigure[];
  /** Rows proposed for content/indicators.csv (indicators-proposed.csv in the draft folder). */
  proposedIndicators: ProposedIndicator[];
  /** The normalized text, saved as source.txt. */
  source: string;
  notes: Note[];
}
