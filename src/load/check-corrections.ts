/**
 * Checks the corrections of a published notice or report (src/domain/schemas/correction.ts):
 * each names a field the document has, its day is not before the document's date, it changes
 * something (old ≠ new), and the document holds what the latest correction of each field says
 * it now holds — so a recorded correction cannot disagree with the data it describes.
 *
 * What no check here can see: a published value changed WITHOUT a correction. The loader reads
 * one state of content/ and keeps no earlier one; comparing with the published history (git) is
 * for review, not for this check (docs/desk.md, "Đính chính").
 */
import { fieldText } from '../domain/correction-field.ts';
import type { Correction } from '../domain/schemas/correction.ts';
import type { ContentIssue } from './errors.ts';

export interface Correctable {
  file: string;
  /** The document's issue date (ISO, possibly partial). */
  date: string;
  /** The data file's fields, with `figures` as the rows of figures.csv. */
  root: Record<string, unknown>;
  corrections: readonly Correction[];
}

/** Pushes an issue per correction that does not fit its document. */
export function checkCorrections(doc: Correctable, issues: ContentIssue[]): void {
  const latest = new Map<string, { c: Correction; i: number }>();
  doc.corrections.forEach((c, i) => {
    const field = `corrections[${i}]`;
    const now = fieldText(doc.root, c.field);
    if (now === undefined) {
      issues.push({ file: doc.file, where: null, field: `${field}.field`, found: c.field, expected: 'một trường của văn bản này: title, directives[2.1-a].topic, entries[0].status, figures[<mã số liệu>].value …' });
      return;
    }
    if (c.old === c.new) issues.push({ file: doc.file, where: null, field: `${field}.new`, found: c.new, expected: 'một giá trị khác giá trị cũ (đính chính phải thay đổi một điều gì đó)' });
    if (c.date < doc.date.slice(0, 10)) issues.push({ file: doc.file, where: null, field: `${field}.date`, found: c.date, expected: `một ngày không trước ngày của chính văn bản (${doc.date})` });
    const before = latest.get(c.field);
    if (before === undefined || before.c.date <= c.date) latest.set(c.field, { c, i });
  });
  for (const [path, { c, i }] of latest) {
    const now = fieldText(doc.root, path);
    if (now !== undefined && now !== c.new) {
      issues.push({ file: doc.file, where: null, field: `corrections[${i}].new`, found: c.new, expected: `giá trị ${path} đang có ("${now}"): giá trị đã công bố mà thay đổi thì phải có đính chính ghi đúng thay đổi đó` });
    }
  }
}
