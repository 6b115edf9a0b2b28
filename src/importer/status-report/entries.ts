/**
 * The entries of a report: for each passage of its results (blocks.ts) that states a status,
 * the item it is about (match-item.ts), the status its words map to and the sentence carrying
 * them (status-words.ts), and the day it holds from (status-from.ts). What the text does not
 * settle (no clear item, words like "chậm", a doubtful day) is left null or flagged, with a note.
 */
import type { Note } from '../draft.ts';
import { ITEM_RE, positionOf, type Paragraph, type Segments } from '../segment.ts';
import { taskBlocks } from './blocks.ts';
import type { EntryTrace, ReportDraftEntry } from './draft.ts';
import { itemMatcher } from './match-item.ts';
import type { AnswerableNotice } from './notices.ts';
import { sentencesOf, sentenceStatus, statusPhrases, type Sentence, type StatusPhrase } from './status-words.ts';
import { statusFrom } from './status-from.ts';

export interface EntriesInput {
  segments: Segments;
  notice: AnswerableNotice | null;
  /** The citation sentence's paragraph: it may name the point answered. */
  citation: Paragraph | null;
  reportDate: string | null;
  /** The issuer's locality or agency id. */
  issuer: string | null;
  notes: Note[];
}

export interface Entries {
  entries: ReportDraftEntry[];
  traces: EntryTrace[];
  /** Lines of result passages that state no status (not made entries). */
  unstated: number[];
}

interface Reading {
  paragraph: Paragraph;
  sentence: Sentence;
  said: StatusPhrase;
}

/** The sentence a task rests on: the plainest; "in progress" over "done" when it says both. */
function chooseReading(readings: readonly Reading[]): { reading: Reading; conflict: Reading | null } {
  const ranked = [...readings].sort((a, b) => b.said.rank - a.said.rank);
  const done = ranked.find((r) => r.said.status === 'hoan-thanh');
  const doing = ranked.find((r) => r.said.status === 'dang-thuc-hien' && r.said.rank >= 2);
  if (done && doing) return { reading: doing, conflict: done };
  return { reading: ranked[0]!, conflict: null };
}

/** Reads the entries of a report answering `notice`. */
export function readEntries(input: EntriesInput): Entries {
  const { segments, notice, citation, reportDate, issuer, notes } = input;
  const match = notice === null ? null : itemMatcher(notice.items, issuer);
  const out: Entries = { entries: [], traces: [], unstated: [] };
  const seen = new Map<string, number>();
  for (const block of taskBlocks(segments)) {
    const scanned = [...(ITEM_RE.test(block.heading.text) ? [block.heading] : []), ...block.paragraphs];
    const readings = scanned.flatMap((paragraph) =>
      sentencesOf(paragraph.text).flatMap((sentence) => {
        const said = sentenceStatus(statusPhrases(sentence.text));
        return said ? [{ paragraph, sentence, said }] : [];
      }),
    );
    if (readings.length === 0) {
      out.unstated.push(block.heading.line);
      continue;
    }
    const stating = [...new Set(readings.map((r) => r.paragraph))];
    // Several paragraphs stating a status under one heading are several tasks.
    const tasks = stating.length === 1 ? [{ text: scanned, readings }] : stating.map((p) => ({ text: [p], readings: readings.filter((r) => r.paragraph === p) }));
    for (const task of tasks) {
      const i = out.entries.length;
      const { reading, conflict } = chooseReading(task.readings);
      const evidence = reading.sentence.text.trim();
      const line = positionOf(segments.source, reading.paragraph, reading.sentence.start).line;
      const note = (kind: Note['kind'], field: string, message: string): void => {
        notes.push({ kind, field: `entries[${i}].${field}`, message, line });
      };
      const text = [block.heading.text, ...task.text.filter((p) => p !== block.heading).map((p) => p.text)].join(' ');
      const headings = citation ? [citation.text, ...block.headings] : block.headings;
      const found = match ? match(headings, citation !== null, text) : { item: null, basis: 'chưa xác định được thông báo được báo cáo', candidates: [], unknownPoint: null };
      let item = found.item;
      if (item !== null && seen.has(item)) {
        note('uncertain', 'item', `đoạn này cũng khớp ${item}, đã có ở mục entries[${seen.get(item)}]; để item: null — gộp hoặc chọn mục khác`);
        item = null;
      } else if (item === null && notice !== null) {
        note('uncertain', 'item', `"${evidence.slice(0, 70)}…": ${found.basis}; ứng viên: ${found.candidates.join('; ') || 'không có'} — ghi item (id của nhiệm vụ hay đề xuất) hoặc xóa mục`);
      }
      if (item !== null) seen.set(item, i);
      if (found.unknownPoint !== null) note('anomaly', 'item', `báo cáo nêu ${found.unknownPoint}, thông báo ${notice?.id} không có mục này`);
      const { said } = reading;
      if (said.flag !== null) note('uncertain', 'status', `"${said.flag}": ghi ${said.status}; xem lại trạng thái (quá hạn do cổng tự tính theo thời hạn)`);
      if (conflict) note('uncertain', 'status', `đoạn nói cả "${conflict.said.phrase}" ("${conflict.sentence.text.slice(0, 60)}…") và "${said.phrase}": ghi ${said.status} — kiểm tra`);
      const from = statusFrom(said.status, reading.sentence.text, said.index, reportDate, notice?.date ?? null);
      if (from.doubt !== null) note('uncertain', 'from', from.doubt);
      out.entries.push({ item, status: said.status, from: from.from, evidence });
      out.traces.push({ line, phrase: said.phrase, basis: found.basis, candidates: found.candidates, fromBasis: from.basis });
    }
  }
  if (notice === null && out.entries.length > 0) {
    notes.push({ kind: 'missing', field: 'entries[].item', message: `${out.entries.length} mục để item: null vì chưa xác định được thông báo được báo cáo: ghi answers.notice rồi item của từng mục`, line: null });
  }
  if (out.entries.length === 0) notes.push({ kind: 'missing', field: 'entries', message: 'không thấy đoạn nào trong phần kết quả nêu trạng thái ("đã hoàn thành", "đang thực hiện" …): ghi entries bằng tay', line: null });
  return out;
}
