/** How a note reads in the draft's `review:` list and in the report. */
import type { Note } from './draft.ts';

const KIND_LABEL: Readonly<Record<Note['kind'], string>> = {
  fuzzy: 'khớp gần đúng',
  uncertain: 'chưa chắc',
  missing: 'không tìm thấy',
  anomaly: 'lỗi của văn bản',
  editorial: 'cần biên tập',
};

/** One line of the draft's `review:` list. */
export function formatReviewItem(note: Note): string {
  return `[${KIND_LABEL[note.kind]}] ${note.field}${note.line === null ? '' : ` (dòng ${note.line})`}: ${note.message}`;
}
