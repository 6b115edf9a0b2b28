/**
 * Makes a PDF printed by Chromium depend only on the page, not on when or alongside what it
 * was printed, so the same dist/ gives byte-identical PDFs:
 * - the document dates (/CreationDate, /ModDate: the moment of printing) become the data
 *   date at midnight UTC;
 * - the ids of the tagged structure (`node00000047`, Chromium's DOM node numbers, which depend
 *   on the other pages the browser process printed before) are renumbered by rank,
 *   `node00000001` upward; ranks keep their order, so the sorted /IDTree stays sorted.
 * Every replacement has exactly the length of what it replaces, so every byte offset of the
 * PDF (its cross-reference table) stays valid; the result is checked for that.
 */
import type { PartialDate } from '../../src/domain/vi-date.ts';

const STAMP = /\/(CreationDate|ModDate) \(D:(\d{14})([^)]*)\)/g;
// The ids occur only in literal strings, `(node00000047)`: never matched inside binary streams.
const NODE_ID = /\(node(\d{8})\)/g;

/** `pdf` with its dates set to `date` and its structure ids renumbered. */
export function reproduciblePdf(pdf: Buffer, date: PartialDate): Buffer {
  const day = `${date.year}${String(date.month ?? 1).padStart(2, '0')}${String(date.day ?? 1).padStart(2, '0')}`;
  // latin1 maps each byte to one character and back, so binary streams survive unchanged.
  const text = pdf.toString('latin1');
  const ids = [...new Set([...text.matchAll(NODE_ID)].map((m) => m[1] ?? ''))].sort();
  const rank = new Map(ids.map((id, i) => [id, String(i + 1).padStart(8, '0')]));
  const stable = text
    .replace(STAMP, (_m, key: string, _old: string, zone: string) => `/${key} (D:${day}000000${zone.replace(/\d/g, '0').replace('-', '+')})`)
    .replace(NODE_ID, (_m, id: string) => `(node${rank.get(id) ?? id})`);
  if (stable.length !== text.length) throw new Error('reproduciblePdf: the PDF changed length');
  return Buffer.from(stable, 'latin1');
}
