/**
 * Words a report shares with a notice's item or title, the way a reader recognises what it
 * answers: pairs of syllables (`nha van`, `van hoa`, `hoa thon`), folded by match-key (no
 * diacritics, old and new tone placement equal), each weighted by how few of the items carry it,
 * so "thực hiện", common to every item, counts for nothing and "Pắc Luồng" for much.
 */
import { matchKey } from '../match-key.ts';

/** The syllable pairs of `text`, folded; punctuation breaks a pair. */
export function syllablePairs(text: string): Set<string> {
  const pairs = new Set<string>();
  for (const clause of matchKey(text).split(/[^\p{L}\p{N}\s]+/u)) {
    const words = clause.split(/\s+/u).filter((w) => w !== '');
    for (let i = 1; i < words.length; i++) pairs.add(`${words[i - 1]} ${words[i]}`);
  }
  return pairs;
}

/** How much a pair tells items apart: ln(N / number of items whose words hold it). */
export function pairWeights(texts: readonly Set<string>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const pairs of texts) for (const p of pairs) counts.set(p, (counts.get(p) ?? 0) + 1);
  return new Map([...counts].map(([p, n]) => [p, Math.log(texts.length / n)]));
}

/** The weight of the pairs `a` and `b` share, and the heaviest of them (for the report). */
export function sharedWeight(a: ReadonlySet<string>, b: ReadonlySet<string>, weights: ReadonlyMap<string, number>): { score: number; shared: string[] } {
  const shared = [...a].filter((p) => b.has(p) && (weights.get(p) ?? 0) > 0).sort((x, y) => weights.get(y)! - weights.get(x)!);
  return { score: shared.reduce((sum, p) => sum + weights.get(p)!, 0), shared };
}
