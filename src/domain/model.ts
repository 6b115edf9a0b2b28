/**
 * The one in-memory model of the portal that every page reads. Built once per build from the
 * checked content (src/load/); pages never re-parse files. Every reference is resolved: a
 * figure holds its notice and its locality, a party its agency or locality, so that whoever
 * shows one needs nothing else.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { AgencyRow, IndicatorRow } from './schemas/indicator.ts';
import type { IssuerRow } from './schemas/issuer.ts';
import type { LocalityLevel } from './schemas/locality.ts';
import type { Deadline, Directive, Proposal, StatusValue } from './schemas/directive.ts';
import type { ReportFile } from './schemas/report.ts';
import type { DataQualityNote, Finding, LegalReference, NoticeFrontmatter } from './schemas/notice.ts';
import type { PartialDate } from './vi-date.ts';
import type { Qualifier } from './vi-number.ts';

export type Indicator = IndicatorRow;
/**
 * A provincial department or office (content/agencies.csv), with the days it existed where a
 * decision gives them and what it became (content/agency-successors.csv). An item stays with
 * the agency its notice names; a successor shows a former agency's items as history.
 */
export interface Agency extends AgencyRow {
  /** First day, when a decision established it (2025-03-01 for the departments made by the 2025 mergers); null: before the first notice. */
  validFrom: PartialDate | null;
  /** Last day (2025-02-28 for the departments merged in 2025); null while it exists. */
  validTo: PartialDate | null;
  /** The decision that set either date, as cited, and where it was read. */
  basis: string | null;
  source: string | null;
  /** What it became: one or more agencies (a split), from the day after its last day. */
  successors: AgencySuccessor[];
  /** The agencies that became this one (wholly or in part), in register order. */
  predecessors: Agency[];
}

/** One agency a former agency became, from `effectiveDate`, by the decision cited. */
export interface AgencySuccessor {
  agency: Agency;
  effectiveDate: PartialDate;
  basis: string;
  source: string | null;
}
/** A body that issues notices (content/issuers.csv), with the unit it governs. */
export interface Issuer extends Omit<IssuerRow, 'locality'> {
  locality: Locality;
}

/** What a unit became: a unit of the register (former units) or of the post-2025 register. */
export interface Successor {
  /** The successor when it has a page here (every unit of a register in content/localities). */
  locality: Locality | null;
  code: string | null;
  name: string;
  effectiveDate: PartialDate | null;
  basis: string | null;
  evidence: string | null;
  /** The old unit was divided among several successors (one row each): this is one part. */
  split: boolean;
}

export interface Locality {
  /** GSO code, or the id of a former unit whose code is unknown (`180-vinh-tien`). */
  id: string;
  code: string | null;
  name: string;
  type: string;
  level: LocalityLevel;
  parent: Locality | null;
  /** Province → … → parent; empty for the province. */
  ancestors: Locality[];
  /**
   * `active`: in a register (01/3/2025, or one that took effect later, see validFrom);
   * `former`: named in a notice, absent from the registers (merged earlier).
   */
  status: 'active' | 'former';
  /** First day of the unit where a source gives it (2025-07-01 for the units since the reform); null when unknown. */
  validFrom: PartialDate | null;
  /** Last day of the unit (2025-06-30 for the districts and communes before the reform); null while it exists or when unknown. */
  validTo: PartialDate | null;
  /** URL segment without diacritics: `06013-xa-chi-minh`. */
  slug: string;
  /** Active units below this one in the register of 01/3/2025, in register order. */
  children: Locality[];
  /** Units below this one since a later register took effect (the province's 65 communes since 01/7/2025). */
  currentChildren: Locality[];
  successors: Successor[];
  /** Units that became this one (wholly, or in part when they were split: see their successors). */
  predecessors: Locality[];
}

/**
 * Someone asked to act or answer: a department, a locality's committee, or the notice's own
 * words when it names nobody precisely ("các cơ quan liên quan").
 */
export type Party = { agency: Agency } | { locality: Locality } | { text: string };

/** How an agency is involved in a directive or proposal: named as addressee, leads, coordinates or consolidates. */
export type AgencyRole = 'addressee' | 'lead' | 'coordinating' | 'consolidating';

/** A figure printed in a notice, with its canonical value and where it stands in the text. */
export interface Figure {
  /** Unique across the site: `<notice id>/<figure id>`. */
  key: string;
  id: string;
  notice: Notice;
  locality: Locality;
  indicator: Indicator;
  asOf: PartialDate | null;
  value: number;
  denominator: number | null;
  target: number | null;
  qualifier: Qualifier | null;
  printed: string;
  excerpt: string;
  section: string;
  subject: string | null;
  ref: string | null;
  /** Line of source.txt where the excerpt starts (1-based). */
  sourceLine: number;
  /** Row of figures.csv it came from, for the open-data trail. */
  csvLine: number;
}

/** Current status of a directive or proposal; `chua-bao-cao` when no report gave one. */
export type CurrentStatus = 'chua-bao-cao' | StatusValue;

/** What one report says of one directive or proposal: a status, since when, on which sentence. */
export interface ReportedStatus {
  status: StatusValue;
  /** The day the status holds from. */
  date: PartialDate;
  report: Report;
  /** The sentence of the report it rests on, verbatim. */
  evidence: string;
  /** Line of the report's source.txt where the sentence begins. */
  line: number;
}

/**
 * A status report (content/reports/<year>/<id>/): a district's, a commune's or an agency's
 * report on what it did of a notice's directives and proposals.
 */
export interface Report extends Omit<ReportFile, 'date' | 'issuer' | 'answers' | 'entries'> {
  id: string;
  date: PartialDate;
  issuer: Party;
  /** The notice it answers, and the words it cites it by. */
  notice: Notice;
  answersPrinted: string;
  /** The figures it gives (its figures.csv), each with its words and line: of the report, never the notice's. */
  figures: (Omit<Figure, 'notice'> & { report: Report })[];
  /** One entry per item it reports on, in the report's order. */
  entries: (ReportedStatus & { item: DirectiveItem | ProposalItem })[];
  sourceLines: string[];
  /** report.yaml, relative to the project, for messages. */
  file: string;
}

/** One of the 19 criteria of the commune new-rural standard. */
export interface NtmCriterion {
  number: number;
  name: string;
}

/** What a notice says of one criterion of one commune: met or not, in its words. */
export interface CriterionStatus {
  notice: Notice;
  locality: Locality;
  criterion: NtmCriterion;
  met: boolean;
  excerpt: string;
  sourceLine: number;
}

/** A finding of a notice, with the units it concerns and the figures it cites. */
export interface NoticeFinding extends Omit<Finding, 'localities' | 'figures'> {
  localities: Locality[];
  figures: Figure[];
}

/** A directive as the notice gives it, its addressees and parties resolved. */
export interface NoticeDirective extends Omit<Directive, 'addressee' | 'lead' | 'coordinating'> {
  addressee: { printed: string; localities: Locality[]; agencies: Agency[] };
  lead: Party[];
  coordinating: Party[];
}

/** A proposal as the notice gives it, its parties and units resolved. */
export interface NoticeProposal extends Omit<Proposal, 'from' | 'localities' | 'lead' | 'coordinating' | 'consolidating'> {
  from: Party;
  localities: Locality[];
  lead: Party[];
  coordinating: Party[];
  consolidating: Party[];
}

type ResolvedFields = 'date' | 'inspectionDate' | 'issuer' | 'inspected' | 'agencies' | 'findings' | 'directives' | 'proposals' | 'draft';

export interface Notice extends Omit<NoticeFrontmatter, ResolvedFields> {
  id: string;
  date: PartialDate;
  inspectionDate: PartialDate;
  /** The issuing body, from content/issuers.csv. */
  issuer: Issuer;
  inspected: Locality[];
  agencies: Agency[];
  findings: FindingItem[];
  directives: DirectiveItem[];
  proposals: ProposalItem[];
  figures: Figure[];
  /** Criteria the notice says each commune has met or not (often none: only a count is given). */
  criteria: CriterionStatus[];
  /** Lines of the original text. */
  sourceLines: string[];
  /** The notice's narrative (the body of notice.mdx): Markdown text, shown as text, never run. */
  narrative: string;
  /** notice.mdx, relative to the project, for messages. */
  file: string;
}

/** A directive, with the notice it comes from, what reports said of it (oldest first) and its status now. */
export interface DirectiveItem extends Omit<NoticeDirective, 'repeats'> {
  notice: Notice;
  /** The earlier directives it repeats, and the later ones that repeat it (oldest first). */
  repeats: DirectiveItem[];
  repeatedBy: DirectiveItem[];
  changes: ReportedStatus[];
  currentStatus: CurrentStatus;
}

/** A proposal, with the notice that answered it and its figures (amounts). */
export interface ProposalItem extends NoticeProposal {
  notice: Notice;
  figures: Figure[];
  changes: ReportedStatus[];
  currentStatus: CurrentStatus;
}

export interface FindingItem extends NoticeFinding {
  notice: Notice;
}

/** A district-level unit's boundary (GeoJSON, WGS 84), checked against the register. */
export type DistrictShape = Feature<Polygon | MultiPolygon, { code: string; name: string }>;

export interface Model {
  /** The province this portal publishes (content/portal.yaml), the root of its units. */
  province: Locality;
  /** The 2025 reform as it applied to the province (content/portal.yaml). */
  reform: {
    provinceUnchanged: boolean;
    /** A merged province: the provinces consolidated and the one they became (`Tỉnh Tuyên Quang`, `08`). */
    merged?: { provinces: string[]; into: { code: string; name: string } } | undefined;
  };
  /** All units, province first, then each district followed by its communes, then former units. */
  localities: Locality[];
  localityById: ReadonlyMap<string, Locality>;
  /** Newest first. */
  notices: Notice[];
  noticeById: ReadonlyMap<string, Notice>;
  indicators: Indicator[];
  indicatorById: ReadonlyMap<string, Indicator>;
  /** In the order of content/agencies.csv. */
  agencies: Agency[];
  agencyById: ReadonlyMap<string, Agency>;
  /** In the order of content/issuers.csv. */
  issuers: Issuer[];
  figures: Figure[];
  /** The 19 criteria, in order. */
  ntmCriteria: NtmCriterion[];
  criteria: CriterionStatus[];
  directives: DirectiveItem[];
  proposals: ProposalItem[];
  findings: FindingItem[];
  /** Status reports, newest first. */
  reports: Report[];
  reportById: ReadonlyMap<string, Report>;
  /** District boundaries (content/geo/), one per active district-level unit. */
  districtShapes: DistrictShape[];
}

export type { DataQualityNote, Deadline, LegalReference, StatusValue };
