/**
 * The one in-memory model of the portal that every page reads. Built once per build from the
 * validated content (see build-model.ts); pages never re-parse files.
 */
import type { AgencyRow, IndicatorRow } from './schemas/indicator.ts';
import type { LocalityLevel } from './schemas/locality.ts';
import type { Directive, Proposal } from './schemas/directive.ts';
import type { DataQualityNote, Finding, LegalReference, NoticeFrontmatter } from './schemas/notice.ts';
import type { PartialDate } from './vi-date.ts';
import type { Qualifier } from './vi-number.ts';

export type Indicator = IndicatorRow;
export type Agency = AgencyRow;

/** What a unit became: a unit of the register (former units) or of the post-2025 register. */
export interface Successor {
  /** Id in this register when the successor has a page here, else null (post-reform unit). */
  localityId: string | null;
  code: string | null;
  name: string;
  effectiveDate: PartialDate | null;
  basis: string | null;
  evidence: string | null;
}

export interface Locality {
  /** GSO code, or the id of a former unit whose code is unknown (`180-vinh-tien`). */
  id: string;
  code: string | null;
  name: string;
  type: string;
  level: LocalityLevel;
  parentId: string | null;
  /** `active`: in the register of 01/3/2025; `former`: named in a notice, since merged. */
  status: 'active' | 'former';
  /** URL segment without diacritics: `06013-xa-chi-minh`. */
  slug: string;
  childIds: string[];
  successors: Successor[];
  /** Former units that became this one. */
  predecessorIds: string[];
}

/** A figure printed in a notice, with its canonical value and where it stands in the text. */
export interface Figure {
  /** Unique across the site: `<notice id>/<figure id>`. */
  key: string;
  id: string;
  noticeId: string;
  localityId: string;
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

/** Current status of a directive or proposal; `chua-bao-cao` when no change was reported. */
export type CurrentStatus = 'chua-bao-cao' | Directive['status'][number]['status'];

/** One of the 19 criteria of the commune new-rural standard. */
export interface NtmCriterion {
  number: number;
  name: string;
}

/** What a notice says of one criterion of one commune: met or not, in its words. */
export interface CriterionStatus {
  noticeId: string;
  localityId: string;
  criterion: NtmCriterion;
  met: boolean;
  excerpt: string;
  sourceLine: number;
}

export interface Notice extends Omit<NoticeFrontmatter, 'date' | 'inspectionDate'> {
  id: string;
  date: PartialDate;
  inspectionDate: PartialDate;
  figures: Figure[];
  /** Criteria the notice says each commune has met or not (often none: only a count is given). */
  criteria: CriterionStatus[];
  /** Lines of the original text. */
  sourceLines: string[];
  /** MDX file, for the collection entry holding the narrative. */
  file: string;
}

/** A directive, with the notice it comes from. */
export interface DirectiveItem extends Directive {
  notice: Notice;
  currentStatus: CurrentStatus;
}

/** A proposal, with the notice that answered it and its figures (amounts). */
export interface ProposalItem extends Proposal {
  notice: Notice;
  figures: Figure[];
  currentStatus: CurrentStatus;
}

export interface FindingItem extends Finding {
  notice: Notice;
}

export interface Model {
  /** All units, province first, then each district followed by its communes, then former units. */
  localities: Locality[];
  localityById: ReadonlyMap<string, Locality>;
  /** Newest first. */
  notices: Notice[];
  noticeById: ReadonlyMap<string, Notice>;
  indicators: Indicator[];
  indicatorById: ReadonlyMap<string, Indicator>;
  agencyById: ReadonlyMap<string, Agency>;
  figures: Figure[];
  /** The 19 criteria, in order. */
  ntmCriteria: NtmCriterion[];
  criteria: CriterionStatus[];
  directives: DirectiveItem[];
  proposals: ProposalItem[];
  findings: FindingItem[];
  /** Directives and proposals of each notice, by notice id. */
  itemsByNotice: ReadonlyMap<string, { directives: DirectiveItem[]; proposals: ProposalItem[] }>;
}

export type { DataQualityNote, Directive, Finding, LegalReference, Proposal };
