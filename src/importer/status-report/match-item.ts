/**
 * Which directive or proposal of the answered notice a passage reports on: first by the point it
 * names (item-refs.ts: "(điểm d)" under "khoản 2.1", or the citation's "tại điểm g khoản 2.1"),
 * then, among what is left, by the words it shares with each item (shared-words.ts), the
 * report's issuer being an addressee or party of the item counting a little. One clear best is
 * the entry's item; a tie or a weak best leaves the item to a person, with the candidates.
 */
import { foldPointRefs, itemsAtPoint, PROPOSAL_WORDS_RE } from './item-refs.ts';
import type { ItemCandidate } from './notices.ts';
import { pairWeights, sharedWeight, syllablePairs } from './shared-words.ts';

export interface ItemMatch {
  /** The item's id; null when no item clearly fits. */
  item: string | null;
  basis: string;
  /** Items considered, best first: `de-xuat-2 (7.4: giao thong, tan minh)`. */
  candidates: string[];
  /** A point the passage names that the notice does not have (`khoản 3.1`). */
  unknownPoint: string | null;
}

/** A best score below this, or under this many times the next, is too weak to choose. */
const MIN_SCORE = 2;
const MIN_RATIO = 1.5;
const PARTY_BONUS = 0.5;

/** Matches passages against the items of one notice. */
export function itemMatcher(items: readonly ItemCandidate[], issuer: string | null) {
  const pairs = new Map(items.map((i) => [i.id, syllablePairs(i.text)]));
  const weights = pairWeights([...pairs.values()]);

  const rank = (text: string, pool: readonly ItemCandidate[]) => {
    const own = syllablePairs(text);
    return pool
      .map((i) => {
        const { score, shared } = sharedWeight(own, pairs.get(i.id)!, weights);
        const party = issuer !== null && i.parties.includes(issuer) ? PARTY_BONUS : 0;
        return { item: i, score: score + party, shared };
      })
      .sort((a, b) => b.score - a.score);
  };

  /**
   * `headings`: texts around the passage, outermost first (the citation first when `withCitation`);
   * `text`: its heading and paragraphs.
   */
  return (headings: readonly string[], withCitation: boolean, text: string): ItemMatch => {
    const ref = foldPointRefs(headings, withCitation);
    const opening = [headings.at(-1) ?? '', text.slice(0, 120)].join(' ');
    const atPoint = itemsAtPoint(ref, items, PROPOSAL_WORDS_RE.test(opening));
    const named = ref.printed.join(', ');
    const unknownPoint = atPoint !== null && atPoint.length === 0 ? named : null;
    if (atPoint?.length === 1 && !ref.fromCitation) {
      return { item: atPoint[0]!.id, basis: `văn bản nêu ${named}`, candidates: [atPoint[0]!.id], unknownPoint };
    }
    let pool = atPoint !== null && atPoint.length > 0 ? atPoint : items;
    let ranked = rank(text, pool);
    // A point named only in the citation narrows, unless the passage shares no words with it.
    if (ref.fromCitation && (ranked[0]?.score ?? 0) < MIN_SCORE) {
      pool = items;
      ranked = rank(text, pool);
    }
    const candidates = ranked.slice(0, 4).map((r) => `${r.item.id} (${r.score.toFixed(1)}${r.shared.length > 0 ? `: ${r.shared.slice(0, 3).join(', ')}` : ''})`);
    const [best, next] = ranked;
    const narrowed = pool === items ? 'mọi nhiệm vụ và đề xuất' : `${named}: ${pool.map((i) => i.id).join(', ')}`;
    if (best && best.score >= MIN_SCORE && best.score >= MIN_RATIO * (next?.score ?? 0)) {
      return { item: best.item.id, basis: `từ ngữ chung, trong ${narrowed}`, candidates, unknownPoint };
    }
    return { item: null, basis: `không rõ: ${best && next && best.score < MIN_RATIO * next.score ? 'hai mục gần như nhau' : 'ít từ ngữ chung'}, trong ${narrowed}`, candidates, unknownPoint };
  };
}
