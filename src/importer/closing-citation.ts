/**
 * The citation an excerpt ends with, naming the notice it is cut from (issue 24, point 9): a
 * portal often publishes a notice's conclusions as a page that closes with "(Theo Thông báo số
 * 215/TB-UBND ngày 16/8/2024, Kết luận của đồng chí … tại buổi kiểm tra …)". That number and
 * date are the notice's own. Only the text's last paragraph counts: a notice cited in the body
 * ("Theo Thông báo số 12/TB-UBND ngày 3/2/2024 của UBND tỉnh, các xã …") is another notice.
 */
import { ANY_LEAP_YEAR, findDates } from './extract-dates.ts';
import { findReferences } from './extract-legal-references.ts';
import type { Paragraph, Segments } from './segment.ts';

export interface ClosingCitation {
  paragraph: Paragraph;
  /** The words naming the notice, as printed: `Thông báo số 215/TB-UBND ngày 16/8/2024`. */
  printed: string;
  /** The same up to the number: `Thông báo số 215/TB-UBND`. */
  numberPrinted: string;
  /** `215/TB-UBND`. */
  number: string;
  /** The date after the number as printed, and its ISO form (null when it has no year); null when none is printed. */
  date: { printed: string; iso: string | null } | null;
  /** What follows the date (`Kết luận của đồng chí …`), empty when nothing does. */
  rest: string;
}

/** "(Theo …)", "(Trích …)", "(Nguồn: …)" closing the paragraph, or the whole paragraph without brackets. */
const CLOSING_RE = /(?:^|\()\s*((?:Theo|Trích|Nguồn\s*:)\s+Thông báo\b[^()]*?)\s*\)?\s*(?:\.\/\.|\.)?\s*$/u;

/** The text's last paragraph, in whichever part the segmenter put it. */
function lastParagraph({ head, sections, recipients, signature }: Segments): Paragraph | undefined {
  const section = sections.at(-1);
  return signature.at(-1) ?? recipients.at(-1) ?? (section ? (section.body.at(-1) ?? section.heading) : head.at(-1));
}

export function readClosingCitation(segments: Segments): ClosingCitation | null {
  const paragraph = lastParagraph(segments);
  if (!paragraph) return null;
  const m = CLOSING_RE.exec(paragraph.text);
  // A bracketed citation must close with its bracket; an unbracketed one is the whole paragraph.
  if (!m || (m[0].trimStart().startsWith('(') !== /\)\s*(?:\.\/\.|\.)?\s*$/u.test(m[0]))) return null;
  const words = m[1]!;
  const ref = findReferences(words, { province: null, year: null, notes: [], line: paragraph.line })[0];
  // The notice named first, right after "Theo": "Theo Thông báo số …".
  if (!ref || ref.ref.type !== 'Thông báo' || !/^(?:Theo|Trích|Nguồn\s*:)\s+$/u.test(words.slice(0, ref.index))) return null;
  // A date printed without a year ("ngày 20/8") is found, and its ISO form dropped.
  const found = findDates(words, ANY_LEAP_YEAR).find((d) => d.index > ref.index && d.index <= ref.end + 2);
  const end = found ? Math.max(ref.end, found.index + found.printed.length) : ref.end;
  return {
    paragraph,
    printed: words.slice(ref.index, end),
    numberPrinted: words.slice(ref.index, words.indexOf(ref.ref.number, ref.index) + ref.ref.number.length),
    number: ref.ref.number,
    date: found ? { printed: found.printed, iso: found.yearFromContext ? null : found.iso } : null,
    rest: words.slice(end).replace(/^[\s,;:–-]+/u, ''),
  };
}
