/**
 * The point of the notice a passage of a report names: "(điểm a)", "khoản 2.2 mục 2", "tại điểm g
 * khoản 2.1", "đề xuất số 2". Read from the texts around a passage, outermost first (the citation,
 * the part's and the section's headings, the passage's own heading): a khoản resets the điểm. The
 * report's own lettering ("c) …") is never read as the notice's: only the words điểm/khoản count.
 */
import type { ItemCandidate } from './notices.ts';

export interface PointRef {
  /** The khoản: `2.1`. */
  section: string | null;
  /** The điểm: `g`. */
  label: string | null;
  /** A proposal named by its number: `de-xuat-2`. */
  proposal: string | null;
  /** The words that named it: `điểm d`, `khoản 2.2`. */
  printed: string[];
  /** True when only the citation sentence named the point, not the passage or its headings. */
  fromCitation: boolean;
}

/** "khoản 2.1", "khoản 3", "mục 2.2"; never "khoản 2 Điều 5" of a law, nor "mục 2" (a whole part). */
const SECTION_RE = /(?<![\p{L}])(?:khoản (\d+(?:\.\d+)*)|mục (\d+\.\d+(?:\.\d+)*))(?!\.?\d)(?!,? Điều)/u;
const LABEL_RE = /(?<![\p{L}])điểm ([a-zđ])(?![\p{L}\d])/u;
const PROPOSAL_RE = /(?<![\p{L}])(?:đề xuất|kiến nghị|đề nghị) (?:số |thứ )(\d+)(?!\d)/iu;
/** Words that say a passage is about a proposal, not the directive answering it. */
export const PROPOSAL_WORDS_RE = /(?<![\p{L}])(?:đề xuất|kiến nghị|đề nghị)(?![\p{L}])/iu;

/** The point named across `texts`, outermost first; `texts[0]` is the citation when `withCitation`. */
export function foldPointRefs(texts: readonly string[], withCitation: boolean): PointRef {
  const ref: PointRef = { section: null, label: null, proposal: null, printed: [], fromCitation: false };
  texts.forEach((text, i) => {
    const section = SECTION_RE.exec(text);
    const label = LABEL_RE.exec(text);
    const proposal = PROPOSAL_RE.exec(text);
    if (section) {
      ref.section = section[1] ?? section[2]!;
      ref.label = label?.[1] ?? null;
    } else if (label) ref.label = label[1]!;
    if (proposal) ref.proposal = `de-xuat-${Number(proposal[1])}`;
    const found = [label?.[0], section?.[0], proposal?.[0]].filter((w) => w !== undefined);
    if (found.length > 0) {
      ref.printed.push(...found);
      ref.fromCitation = withCitation && i === 0;
    }
  });
  return ref;
}

/**
 * The items a point names: the directive (or the directives of a khoản) and the proposals they
 * answer; only the proposals when `aboutProposal`. Null when no point is named; empty when the
 * notice has no such point.
 */
export function itemsAtPoint(ref: PointRef, items: readonly ItemCandidate[], aboutProposal: boolean): ItemCandidate[] | null {
  if (ref.proposal !== null && items.some((i) => i.id === ref.proposal)) return items.filter((i) => i.id === ref.proposal);
  if (ref.section === null && ref.label === null) return null;
  const directives = items.filter((i) => i.kind === 'directive' && (ref.section === null || i.section === ref.section) && (ref.label === null || i.label === ref.label));
  const answered = new Set(directives.flatMap((d) => d.proposals));
  const proposals = items.filter((i) => answered.has(i.id));
  return aboutProposal && proposals.length > 0 ? proposals : [...directives, ...proposals];
}
