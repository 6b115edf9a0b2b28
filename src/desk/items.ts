/**
 * The items an editor reviews in a document, each beside the sentence it rests on: a notice's
 * figures, findings, directives, proposals and issue date; a report's statuses and date. Each has
 * a key (kept in desk-state.json when accepted), the words to find in the source (the verbatim
 * check of src/domain/verbatim.ts), and the fields the editor may correct.
 */
import { findVerbatimRanges, lineOfOffset } from '../domain/verbatim.ts';
import type { DeskDocument } from './documents.ts';

export type ItemKind = 'figure' | 'finding' | 'directive' | 'proposal' | 'entry' | 'date';

/** A field the editor may correct: its path in the data (or figures.csv column) and its value. */
export interface ItemField {
  name: string;
  label: string;
  value: string;
  /** The list to choose from (`indicator`, `locality`, `status`, `item`), or a free text. */
  choose: 'indicator' | 'locality' | 'status' | 'item' | 'topic' | 'agency' | null;
  /** A list of ids, written with commas between them (`so-tai-chinh, so-xay-dung`). */
  list?: boolean;
  /** The words that must occur in the source verbatim (excerpt, text, evidence). */
  verbatim: boolean;
  long: boolean;
}

export interface ReviewItem {
  key: string;
  kind: ItemKind;
  /** What it is, shortly, for the list: `17,420 tỷ đồng`, `Nhiệm vụ 2.1-a`. */
  label: string;
  /** The words of the source it rests on. */
  quote: string;
  /** Where `quote` occurs in the source (empty when it does not). */
  ranges: { start: number; end: number }[];
  /** 1-based line of the first occurrence, or null. */
  line: number | null;
  fields: ItemField[];
}

export const KIND_LABELS: Record<ItemKind, string> = {
  figure: 'Số liệu',
  finding: 'Nhận định',
  directive: 'Nhiệm vụ',
  proposal: 'Đề xuất',
  entry: 'Trạng thái',
  date: 'Ngày ban hành',
};

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? (v as Record<string, unknown>[]) : []);

function field(name: string, label: string, value: unknown, options: Partial<Pick<ItemField, 'choose' | 'verbatim' | 'long' | 'list'>> = {}): ItemField {
  const text = options.list ? (Array.isArray(value) ? value.map(str).join(', ') : '') : str(value);
  return { name, label, value: text, choose: options.choose ?? null, verbatim: options.verbatim ?? false, long: options.long ?? false, ...(options.list ? { list: true } : {}) };
}

/** The fields whose value is a list of ids, written with commas between them in the form. */
const LIST_FIELDS = /\.(agencies|localities)$/u;

function item(doc: DeskDocument, key: string, kind: ItemKind, label: string, quote: string, fields: ItemField[]): ReviewItem {
  const ranges = quote.trim() === '' ? [] : findVerbatimRanges(doc.source, quote);
  return { key, kind, label, quote, ranges, line: ranges[0] ? lineOfOffset(doc.source, ranges[0].start) : null, fields };
}

/** Every item of `doc` to review, in the order of the document's files. */
export function reviewItems(doc: DeskDocument): ReviewItem[] {
  const d = doc.data;
  const out: ReviewItem[] = [];
  out.push(item(doc, 'date', 'date', str(d['datePrinted']) || str(d['date']), str(d['datePrinted']), [field('date', 'Ngày (YYYY-MM-DD, YYYY-MM)', d['date'])]));
  if (doc.kind === 'report') {
    list(d['entries']).forEach((e, i) => {
      out.push(item(doc, `entry:${i}`, 'entry', `${str(e['item']) || '(chưa rõ mục)'}: ${str(e['status'])}`, str(e['evidence']), [
        field(`entries[${i}].item`, 'Nhiệm vụ/đề xuất', e['item'], { choose: 'item' }),
        field(`entries[${i}].status`, 'Trạng thái', e['status'], { choose: 'status' }),
        field(`entries[${i}].from`, 'Từ ngày', e['from']),
        field(`entries[${i}].evidence`, 'Câu làm căn cứ (nguyên văn)', e['evidence'], { verbatim: true, long: true }),
      ]));
    });
  } else {
    list(d['findings']).forEach((f, i) => {
      out.push(item(doc, `finding:${i}`, 'finding', `${KIND_LABELS.finding} mục ${str(f['section'])}`, str(f['text']), [
        field(`findings[${i}].topic`, 'Chủ đề', f['topic'], { choose: 'topic' }),
        field(`findings[${i}].text`, 'Nguyên văn', f['text'], { verbatim: true, long: true }),
      ]));
    });
    list(d['directives']).forEach((x, i) => {
      out.push(item(doc, `directive:${str(x['id'])}`, 'directive', `${KIND_LABELS.directive} ${str(x['id'])}`, str(x['text']), [
        field(`directives[${i}].topic`, 'Chủ đề', x['topic'], { choose: 'topic' }),
        field(`directives[${i}].addressee.agencies`, 'Cơ quan được giao (mã, cách nhau bởi dấu phẩy)', (x['addressee'] as Record<string, unknown> | undefined)?.['agencies'], { choose: 'agency', list: true }),
        field(`directives[${i}].text`, 'Nguyên văn', x['text'], { verbatim: true, long: true }),
      ]));
    });
    list(d['proposals']).forEach((p, i) => {
      out.push(item(doc, `proposal:${str(p['id'])}`, 'proposal', `${KIND_LABELS.proposal} ${str(p['id'])}`, str(p['request']), [
        field(`proposals[${i}].topic`, 'Chủ đề', p['topic'], { choose: 'topic' }),
        field(`proposals[${i}].request`, 'Đề xuất (nguyên văn)', p['request'], { verbatim: true, long: true }),
        field(`proposals[${i}].response`, 'Trả lời (nguyên văn)', p['response'], { verbatim: true, long: true }),
      ]));
    });
  }
  doc.figures.forEach((f, i) => {
    out.push(item(doc, `figure:${f['id'] ?? i}`, 'figure', f['printed'] ?? '', f['excerpt'] ?? '', [
      field(`figures[${i}].printed`, 'Số in trong văn bản', f['printed'], { verbatim: true }),
      field(`figures[${i}].value`, 'Giá trị chuẩn', f['value']),
      field(`figures[${i}].indicator`, 'Chỉ tiêu', f['indicator'], { choose: 'indicator' }),
      field(`figures[${i}].locality`, 'Đơn vị', f['locality'], { choose: 'locality' }),
      field(`figures[${i}].as_of`, 'Tính đến ngày', f['as_of']),
      field(`figures[${i}].subject`, 'Đối tượng đếm', f['subject']),
      field(`figures[${i}].excerpt`, 'Câu trích (nguyên văn)', f['excerpt'], { verbatim: true, long: true }),
    ]));
  });
  return out;
}

/** A path as `findings[0].topic` or `figures[3].excerpt` split into its steps. */
export function pathSteps(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

/** Sets a field of the document (a YAML path, or `figures[i].column`); '' clears it to null (a blank cell in figures.csv). */
export function setField(doc: DeskDocument, path: string, value: string): void {
  const steps = pathSteps(path);
  if (steps[0] === 'figures' && typeof steps[1] === 'number' && typeof steps[2] === 'string' && steps.length === 3) {
    const row = doc.figures[steps[1]];
    if (row) row[steps[2]] = value;
    return;
  }
  let at: unknown = doc.data;
  for (const s of steps.slice(0, -1)) at = (at as Record<string | number, unknown> | undefined)?.[s];
  const last = steps[steps.length - 1]!;
  const written = LIST_FIELDS.test(path) ? value.split(',').map((v) => v.trim()).filter((v) => v !== '') : value === '' ? null : value;
  if (at !== null && typeof at === 'object') (at as Record<string | number, unknown>)[last] = written;
}

/** Removes an item from the document: its figure row, or its entry of a list. */
export function removeItem(doc: DeskDocument, key: string): boolean {
  const [kind, id] = key.split(/:(.*)/su) as [string, string | undefined];
  if (kind === 'figure') {
    const i = doc.figures.findIndex((f, n) => (f['id'] ?? String(n)) === id);
    if (i === -1) return false;
    doc.figures.splice(i, 1);
    return true;
  }
  const listName = { finding: 'findings', directive: 'directives', proposal: 'proposals', entry: 'entries' }[kind];
  const items = listName ? doc.data[listName] : undefined;
  if (!Array.isArray(items) || id === undefined) return false;
  const i = kind === 'finding' || kind === 'entry' ? Number(id) : items.findIndex((x: Record<string, unknown>) => x['id'] === id);
  if (!(i >= 0 && i < items.length)) return false;
  items.splice(i, 1);
  return true;
}
