/**
 * Splits a notice's text into paragraphs and parts: the head (number, date, title, basis),
 * numbered sections (1., 2., 2.1. …), the recipients (Nơi nhận) and the signature block.
 *
 * Text copied from PDF or Word breaks paragraphs in odd places ("…cho cấp huyện" / "quản lý,
 * …"); a line that starts in lower case, or follows one that ends with a comma, continues the
 * paragraph before it. Every paragraph keeps the offset in the source of each of its
 * characters, so any excerpt can be traced back to a line and column.
 */
import { lineOfOffset } from '../domain/verbatim.ts';

/** A paragraph: its text with single spaces, and where each character came from. */
export interface Paragraph {
  text: string;
  /** Source offset of each character of `text`. */
  origin: number[];
  /** 1-based line of its first character. */
  line: number;
}

/** A numbered section: `1`, `2`, `2.1`… with the words after its number and its paragraphs. */
export interface Section {
  number: string;
  /** The heading paragraph; `title` is its text after the number. */
  heading: Paragraph;
  title: string;
  body: Paragraph[];
}

export interface Segments {
  source: string;
  /** Everything before the first numbered section: number, date, title, basis, participants. */
  head: Paragraph[];
  sections: Section[];
  /** Items after "Nơi nhận:", one per paragraph. */
  recipients: Paragraph[];
  /** The signature block: authority lines (TL., KT. …) then the signer's name. */
  signature: Paragraph[];
}

/** An item of a section: `a) …`, `đ) …` (Vietnamese lettering: đ after d, no f). */
export const ITEM_RE = /^([a-zđ])(?:\)\s*|\.\s+(?=\p{Lu}))(.*)$/su;
/** A part numbered in Roman numerals ("I. NHẬN ĐỊNH CHUNG"); its Arabic-numbered parts become I.1 → 1.1. */
const ROMAN_RE = /^(I|II|III|IV|V|VI|VII|VIII|IX|X)\.\s+(.*)$/su;
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const SECTION_RE = /^(\d+(?:\.\d+)*)\.\s*(.*)$/su;
const RECIPIENTS_RE = /^Nơi nhận\s*:?$/iu;
const SIGNATURE_START_RE = /^(TL\.|KT\.|TM\.|Q\.|CHỦ TỊCH|GIÁM ĐỐC)/u;

/** Where a character of a paragraph stands in the source. */
export function positionOf(source: string, paragraph: Paragraph, index: number): { offset: number; line: number; column: number } {
  const offset = paragraph.origin[Math.min(index, paragraph.origin.length - 1)] ?? 0;
  const line = lineOfOffset(source, offset);
  return { offset, line, column: offset - source.lastIndexOf('\n', offset - 1) };
}

/** Cuts a paragraph to `text.slice(start, end)`, keeping the origins. */
export function slice(p: Paragraph, start: number, end = p.text.length): Paragraph {
  const lead = p.text.slice(start, end).search(/\S|$/u);
  const text = p.text.slice(start + lead, end).trimEnd();
  const origin = p.origin.slice(start + lead, start + lead + text.length);
  return { text, origin, line: p.line };
}

/** Non-empty lines as paragraphs, continuation lines joined to the paragraph they continue. */
export function paragraphs(source: string): Paragraph[] {
  const out: Paragraph[] = [];
  let offset = 0;
  let lineNo = 0;
  for (const raw of source.split('\n')) {
    lineNo++;
    const start = offset;
    offset += raw.length + 1;
    const lead = raw.search(/\S/u);
    if (lead === -1) continue;
    const text = raw.trim().replace(/\s+/gu, ' ');
    // Map collapsed characters back to the raw line.
    const origin: number[] = [];
    let j = lead;
    for (const ch of text) {
      if (ch === ' ') {
        while (j < raw.length && !/\s/u.test(raw[j]!)) j++;
        origin.push(start + j);
        while (j < raw.length && /\s/u.test(raw[j]!)) j++;
      } else {
        origin.push(start + j);
        j++;
      }
    }
    const previous = out.at(-1);
    // An item label "a)", "đ)" starts in lower case but begins a new paragraph.
    if (previous && !ITEM_RE.test(text) && (/^\p{Ll}/u.test(text) || /,$/u.test(previous.text))) {
      previous.origin.push(start + lead - 1);
      previous.text += ` ${text}`;
      previous.origin.push(...origin);
    } else {
      out.push({ text, origin, line: lineNo });
    }
  }
  return out;
}

/** Splits the text into head, numbered sections, recipients and signature. */
export function segment(source: string): Segments {
  const all = paragraphs(source);
  const result: Segments = { source, head: [], sections: [], recipients: [], signature: [] };
  let part: 'head' | 'sections' | 'recipients' | 'signature' = 'head';
  let romanPart: string | null = null;
  for (const p of all) {
    if (RECIPIENTS_RE.test(p.text)) {
      part = 'recipients';
      continue;
    }
    if (part === 'recipients' && SIGNATURE_START_RE.test(p.text)) part = 'signature';
    if (part === 'head' || part === 'sections') {
      const roman = ROMAN_RE.exec(p.text);
      if (roman) {
        part = 'sections';
        romanPart = String(ROMAN.indexOf(roman[1]!) + 1);
        result.sections.push({ number: romanPart, heading: p, title: roman[2] ?? '', body: [] });
        continue;
      }
      const m = SECTION_RE.exec(p.text);
      if (m && !/^\d+\/\d/u.test(p.text)) {
        part = 'sections';
        const number = romanPart === null ? m[1]! : `${romanPart}.${m[1]!}`;
        result.sections.push({ number, heading: p, title: m[2] ?? '', body: [] });
        continue;
      }
    }
    if (part === 'head') result.head.push(p);
    else if (part === 'sections') result.sections.at(-1)!.body.push(p);
    else if (part === 'recipients') result.recipients.push(p);
    else result.signature.push(p);
  }
  return result;
}
