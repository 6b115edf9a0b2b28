/**
 * The passages of a report that say what was done, one per task: under the parts that give
 * results ("I. KẾT QUẢ THỰC HIỆN …"), each numbered section and each lettered item ("a) …")
 * with the paragraphs after it. Parts that look ahead or ask ("KHÓ KHĂN, VƯỚNG MẮC", "ĐỀ XUẤT,
 * KIẾN NGHỊ", "NHIỆM VỤ, GIẢI PHÁP NĂM 2025") are left out: "để xã hoàn thành tiêu chí" there is
 * an aim, not a status. A report without Roman-numbered parts is read whole.
 */
import { matchKey } from '../match-key.ts';
import { ITEM_RE, type Paragraph, type Segments } from '../segment.ts';

/** One passage: the heading it stands under and the paragraphs after it. */
export interface TaskBlock {
  /** The heading the passage stands under: its item line ("a) …") or its section's heading. */
  heading: Paragraph;
  /** Headings that may name the notice's point, outermost first (part, section, item). */
  headings: string[];
  paragraphs: Paragraph[];
}

const ROMAN_HEADING_RE = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)\.\s/u;
/** Titles of parts that state no result (folded by match-key). */
const NOT_RESULTS_RE = /kho khan|vuong mac|de xuat|kien nghi|giai phap|phuong huong|nguyen nhan|ton tai|han che|ke hoach tiep theo|nhiem vu (?:trong tam )?(?:nam|thoi gian|tiep)/u;

const isResultsPart = (title: string): boolean => {
  const key = matchKey(title);
  return key.includes('ket qua') || !NOT_RESULTS_RE.test(key);
};

/** The passages of the results parts, in the order of the text. */
export function taskBlocks(segments: Segments): TaskBlock[] {
  const blocks: TaskBlock[] = [];
  let part: { heading: string; results: boolean } | null = null;
  for (const section of segments.sections) {
    const roman = ROMAN_HEADING_RE.test(section.heading.text);
    if (roman) part = { heading: section.heading.text, results: isResultsPart(section.title) };
    if (part && !part.results) continue;
    const outer = part && !roman ? [part.heading, section.heading.text] : [section.heading.text];
    let block: TaskBlock = { heading: section.heading, headings: outer, paragraphs: [] };
    blocks.push(block);
    for (const p of section.body) {
      if (ITEM_RE.test(p.text)) {
        block = { heading: p, headings: [...outer, p.text], paragraphs: [] };
        blocks.push(block);
      } else block.paragraphs.push(p);
    }
  }
  return blocks.filter((b) => b.paragraphs.length > 0 || ITEM_RE.test(b.heading.text));
}
