/**
 * The sentence said in place of a header or signature field that the kept text lacks (issue 11,
 * point 4): the field is null and the notice's `absent` entry gives the reason, shown with it.
 */
import type { Notice } from '../domain/model.ts';
import type { AbsentField } from '../domain/schemas/notice.ts';
import { vi } from '../i18n/vi.ts';

export function absentNote(n: Pick<Notice, 'absent'>, field: AbsentField): string {
  const reason = n.absent.find((a) => a.field === field)?.reason ?? vi.notStated;
  return vi.absent[field](reason.replace(/[.\s]+$/u, ''));
}

/** The same, as a sentence of its own: capital first letter, full stop. */
export function absentSentence(n: Pick<Notice, 'absent'>, field: AbsentField): string {
  const note = absentNote(n, field);
  return `${note.charAt(0).toUpperCase()}${note.slice(1)}.`;
}
