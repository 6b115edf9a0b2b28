/**
 * Splits the lines of a notice's original text into plain and highlighted pieces, so that
 * each figure is marked where it stands (found through its excerpt) and can be linked to.
 */
import { findVerbatimRanges } from '../domain/verbatim.ts';

export interface Segment {
  text: string;
  /** Id of the highlighted figure, if this piece is one. */
  figureId: string | null;
}

export interface FigureQuote {
  id: string;
  excerpt: string;
  printed: string;
}

/** Marks the printed text of each figure at the place its excerpt occurs. */
export function highlightLines(lines: readonly string[], quotes: readonly FigureQuote[]): Segment[][] {
  const text = lines.join('\n');
  const marks = quotes
    .flatMap(({ id, excerpt, printed }) => {
      const at = findVerbatimRanges(text, excerpt)[0];
      const inside = at && findVerbatimRanges(text, printed).find((r) => r.start >= at.start && r.end <= at.end);
      return inside ? [{ figureId: id, ...inside }] : [];
    })
    .sort((a, b) => a.start - b.start);

  let lineStart = 0;
  return lines.map((line) => {
    const from = lineStart;
    const to = from + line.length;
    lineStart = to + 1;
    const segments: Segment[] = [];
    let cursor = from;
    for (const m of marks) {
      const s = Math.max(m.start, cursor);
      const e = Math.min(m.end, to);
      if (e <= s) continue;
      if (s > cursor) segments.push({ text: text.slice(cursor, s), figureId: null });
      segments.push({ text: text.slice(s, e), figureId: m.figureId });
      cursor = e;
    }
    if (cursor < to) segments.push({ text: text.slice(cursor, to), figureId: null });
    return segments;
  });
}
