/**
 * Splits the lines of a notice's original text into plain and highlighted pieces, so that
 * each figure's sentence is marked where it stands and can be linked to.
 */
import { findVerbatim } from './verbatim.ts';

export interface Segment {
  text: string;
  /** Id of the highlighted figure, if this piece is one. */
  figureId: string | null;
}

/** `excerpts`: figure id → its excerpt. Overlapping excerpts keep the first. */
export function highlightLines(lines: readonly string[], excerpts: ReadonlyMap<string, string>): Segment[][] {
  const text = lines.join('\n');
  const lineStarts: number[] = [];
  let start = 0;
  for (const line of lines) {
    lineStarts.push(start);
    start += line.length + 1;
  }
  const marks = [...excerpts]
    .flatMap(([figureId, excerpt]) => {
      const start = findVerbatim(text, excerpt)[0];
      if (start === undefined) return [];
      const end = start + measure(text, start, excerpt);
      return [{ figureId, start, end }];
    })
    .sort((a, b) => a.start - b.start);

  return lines.map((line, i) => {
    const from = lineStarts[i]!;
    const to = from + line.length;
    const segments: Segment[] = [];
    let cursor = from;
    for (const m of marks) {
      const s = Math.max(m.start, cursor);
      const e = Math.min(m.end, to);
      if (e <= s || s >= to) continue;
      if (s > cursor) segments.push({ text: text.slice(cursor, s), figureId: null });
      segments.push({ text: text.slice(s, e), figureId: m.figureId });
      cursor = e;
    }
    if (cursor < to) segments.push({ text: text.slice(cursor, to), figureId: null });
    return segments;
  });
}

/** Length in `text` of the occurrence of `quote` at `start` (white space may differ). */
function measure(text: string, start: number, quote: string): number {
  const words = quote.trim().split(/\s+/);
  let pos = start;
  for (const [i, w] of words.entries()) {
    if (i > 0) while (/\s/.test(text[pos] ?? '')) pos++;
    pos += w.length;
  }
  return pos - start;
}
