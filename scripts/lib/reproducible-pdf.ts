/**
 * Makes a PDF printed by Chromium depend only on the page, not on when or alongside what it
 * was printed, so the same dist/ gives byte-identical PDFs:
 * - the document dates (/CreationDate, /ModDate: the moment of printing) become the data
 *   date at midnight UTC;
 * - the ids of the tagged structure (`node00000047`, Chromium's DOM node numbers, which depend
 *   on the order the browser happened to create nodes in) are renumbered in the order their
 *   structure elements are written (`/ID (node…)`, document order), `node00000001` upward, and
 *   the /IDTree's name array is re-sorted by the new ids with its /Limits set to the first and
 *   last (a name tree's keys must be sorted).
 * Every replacement has exactly the length of what it replaces, so every byte offset of the
 * PDF (its cross-reference table) stays valid; the result is checked for that.
 */
import type { PartialDate } from '../../src/domain/vi-date.ts';

const STAMP = /\/(CreationDate|ModDate) \(D:(\d{14})([^)]*)\)/g;
// The ids occur only in literal strings, `(node00000047)`: never matched inside binary streams.
const NODE_ID = /\(node(\d{8})\)/g;
const ELEMENT_ID = /\/ID \(node(\d{8})\)/g;
// The leaf of the /IDTree: `/Limits [(a) (b)] /Names [(id) 12 0 R …]`.
const ID_LEAF = /\/Limits \[\(node\d{8}\) \(node\d{8}\)\]\n\/Names \[((?:\(node\d{8}\) \d+ 0 R ?)+)\]/g;

const idOf = (n: number): string => `node${String(n).padStart(8, '0')}`;

/** `pdf` with its dates set to `date` and its structure ids renumbered in document order. */
export function reproduciblePdf(pdf: Buffer, date: PartialDate): Buffer {
  const day = `${date.year}${String(date.month ?? 1).padStart(2, '0')}${String(date.day ?? 1).padStart(2, '0')}`;
  // latin1 maps each byte to one character and back, so binary streams survive unchanged.
  const text = pdf.toString('latin1');
  const order = [...new Set([...text.matchAll(ELEMENT_ID)].map((m) => m[1] ?? ''))];
  const rank = new Map(order.map((id, i) => [id, idOf(i + 1).slice(4)]));
  const leaves = [...text.matchAll(ID_LEAF)];
  if (order.length > 0 && leaves.length !== 1) throw new Error(`reproduciblePdf: expected one /IDTree leaf, found ${leaves.length}`);
  const stable = text
    .replace(STAMP, (_m, key: string, _old: string, zone: string) => `/${key} (D:${day}000000${zone.replace(/\d/g, '0').replace('-', '+')})`)
    .replace(NODE_ID, (_m, id: string) => {
      const renamed = rank.get(id);
      if (renamed === undefined) throw new Error(`reproduciblePdf: node${id} names no structure element`);
      return `(node${renamed})`;
    })
    .replace(ID_LEAF, (_m, names: string) => {
      const pairs = [...names.matchAll(/\((node\d{8})\) (\d+ 0 R)/g)].map((m) => ({ key: m[1] ?? '', ref: m[2] ?? '' }));
      pairs.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      return `/Limits [(${pairs[0]?.key}) (${pairs.at(-1)?.key})]\n/Names [${pairs.map((p) => `(${p.key}) ${p.ref}`).join(' ')}]`;
    });
  if (stable.length !== text.length) throw new Error('reproduciblePdf: the PDF changed length');
  return Buffer.from(stable, 'latin1');
}
