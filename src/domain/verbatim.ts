/**
 * Finds a quotation in a source text "verbatim up to white space": the same characters in the
 * same order, where any run of spaces and line breaks matches any other. Notices copied from
 * PDF or Word break lines mid-sentence; a quote must still be found, and nothing else may differ.
 */

/** A source with its white space runs collapsed, and where each collapsed character came from. */
interface Flattened {
  source: string;
  flat: string;
  /** Offset in `source` of each character of `flat`, plus one past the end. */
  origin: number[];
}

// A notice's quotes are looked up in a few texts in turn (its source, its agency list): keep
// the recent ones flattened.
const recent = new Map<string, Flattened>();

function flatten(source: string): Flattened {
  const known = recent.get(source);
  if (known) return known;
  let flat = '';
  const origin: number[] = [];
  for (const m of source.matchAll(/\s+|\S+/g)) {
    if (/^\s/.test(m[0])) {
      flat += ' ';
      origin.push(m.index);
    } else {
      flat += m[0];
      for (let i = 0; i < m[0].length; i++) origin.push(m.index + i);
    }
  }
  origin.push(source.length);
  if (recent.size >= 8) recent.clear();
  const result = { source, flat, origin };
  recent.set(source, result);
  return result;
}

/**
 * Where `quote` occurs in `source`: the start and end offsets of every occurrence (empty if
 * none). `source` must already be NFC (content is normalized when read); `quote` may be NFD.
 */
export function findVerbatimRanges(source: string, quote: string): { start: number; end: number }[] {
  const q = quote.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (q === '') return [];
  const { flat, origin } = flatten(source);
  const ranges: { start: number; end: number }[] = [];
  for (let i = flat.indexOf(q); i !== -1; i = flat.indexOf(q, i + 1)) {
    ranges.push({ start: origin[i]!, end: origin[i + q.length - 1]! + 1 });
  }
  return ranges;
}

/**
 * Where a name of a person or a body occurs in `source`, folding case as well as Unicode form
 * and white space: "Ban Dân tộc" is found in "Ban dân tộc", "KT. CHỦ TỊCH" in "KT. Chủ tịch".
 * Only for names: quotations and figures stay exact ({@link findVerbatim}).
 */
export function findName(source: string, name: string): number[] {
  const q = name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
  if (q === '') return [];
  const { flat, origin } = flatten(source);
  const lower = flat.toLocaleLowerCase('vi');
  // Vietnamese letters keep their length in lower case; anything else falls back to exact.
  if (lower.length !== flat.length) return findVerbatim(source, name);
  const out: number[] = [];
  for (let i = lower.indexOf(q); i !== -1; i = lower.indexOf(q, i + 1)) out.push(origin[i]!);
  return out;
}

/** Where `quote` occurs in `source`: the offset of every occurrence (empty if none). */
export function findVerbatim(source: string, quote: string): number[] {
  return findVerbatimRanges(source, quote).map((r) => r.start);
}

/** 1-based line number of a character offset. */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
