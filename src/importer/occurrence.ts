/**
 * Where in the source a figure was read. A notice prints the same figure again for another fact
 * ("kiến nghị thu hồi 2.416,7 triệu đồng, đã thu 2.416,7 triệu đồng"): each place is a row of its
 * own, so a figure is told from a repeat by its place, never by its printed text or value. Only
 * the same words read twice (two patterns over one phrase, "hơn 2,3 tỷ đồng" and "2,3 tỷ đồng";
 * one paragraph passed twice) are one figure.
 */

/** Source offsets of the printed figure: `start` its first character, `end` just after its last. */
export interface SourceSpan {
  start: number;
  end: number;
}

/** True when two readings share a character of the source: they are one occurrence. */
export function sameOccurrence(a: SourceSpan, b: SourceSpan): boolean {
  return a.start < b.end && b.start < a.end;
}
