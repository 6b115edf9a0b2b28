/**
 * Finds a quotation in a source text "verbatim up to white space": the same characters in the
 * same order, where any run of spaces and line breaks matches any other. Notices copied from
 * PDF or Word break lines mid-sentence; a quote must still be found, and nothing else may differ.
 */

function quoteRegex(quote: string): RegExp {
  const words = quote.normalize('NFC').trim().split(/\s+/).filter((w) => w.length > 0);
  return new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'gu');
}

/** Where `quote` occurs in `source`: the offsets of every occurrence (empty if none). */
export function findVerbatim(source: string, quote: string): number[] {
  if (quote.trim() === '') return [];
  return [...source.normalize('NFC').matchAll(quoteRegex(quote))].map((m) => m.index);
}

/** 1-based line number of a character offset. */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}
