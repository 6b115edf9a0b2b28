/**
 * The corrections of published notices and reports (src/domain/schemas/correction.ts) as readers
 * see them: on each document's page ("Đính chính", components/Corrections.astro) and in the list
 * and feed of every correction (/dinh-chinh/, /dinh-chinh/rss.xml), newest first.
 */
import type { Model, Notice, Report } from '../domain/model.ts';
import { parseFieldPath } from '../domain/correction-field.ts';
import type { Correction } from '../domain/schemas/correction.ts';
import { formatViDate, parseIsoPartialDate, type PartialDate } from '../domain/vi-date.ts';
import { vi } from '../i18n/vi.ts';
import { noticeUrl, reportUrl } from './urls.ts';

/** The anchor of a document's corrections section. */
export const CORRECTIONS_ANCHOR = 'dinh-chinh';

export interface CorrectionRow {
  date: PartialDate & { month: number; day: number };
  /** `09/4/2024`. */
  dateText: string;
  /** What was corrected, in readers' words: `Số liệu thu-nsnn, giá trị`. */
  field: string;
  old: string;
  new: string;
  reason: string;
}

export interface CorrectionRecord extends CorrectionRow {
  document: { title: string; href: string };
}

/** A field path in readers' words: `directives[2.1-a].topic` → `Nhiệm vụ 2.1-a, chủ đề`. */
export function correctionFieldLabel(path: string): string {
  const steps = parseFieldPath(path);
  if (steps === null) return path;
  const words = vi.corrections.fields;
  const parts: string[] = [];
  for (const s of steps) {
    if ('key' in s) parts.push(words[s.key] ?? s.key);
    else parts[parts.length - 1] = `${parts.at(-1) ?? ''} ${/^\d+$/u.test(s.select) ? Number(s.select) + 1 : s.select}`;
  }
  return parts.join(', ');
}

const show = (value: string): string => (value === '' ? vi.corrections.blank : value);

/** A document's corrections, newest first. */
export function correctionRows(corrections: readonly Correction[]): CorrectionRow[] {
  return corrections
    .map((c) => {
      const date = parseIsoPartialDate(c.date) as CorrectionRow['date'];
      return { date, dateText: formatViDate(date), field: correctionFieldLabel(c.field), old: show(c.old), new: show(c.new), reason: c.reason, iso: c.date };
    })
    .sort((a, b) => b.iso.localeCompare(a.iso))
    .map(({ iso: _iso, ...row }) => row);
}

/** Every correction of the portal, newest first, each with its document. */
export function correctionRecords(model: Pick<Model, 'notices' | 'reports'>): CorrectionRecord[] {
  const of = (doc: Notice | Report, title: string, href: string): CorrectionRecord[] =>
    correctionRows(doc.corrections).map((row) => ({ ...row, document: { title, href: `${href}#${CORRECTIONS_ANCHOR}` } }));
  const records = [
    ...model.notices.flatMap((n) => of(n, n.shortTitle, noticeUrl(n))),
    ...model.reports.flatMap((r) => of(r, `Báo cáo ${r.number ?? ''} ${r.title}`.replace(/\s+/gu, ' '), reportUrl(r))),
  ];
  const key = (r: CorrectionRecord): string => `${r.date.year}-${String(r.date.month).padStart(2, '0')}-${String(r.date.day).padStart(2, '0')}`;
  return records.sort((a, b) => key(b).localeCompare(key(a)) || a.document.href.localeCompare(b.document.href));
}
