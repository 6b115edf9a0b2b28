/**
 * The words a report states a status with, mapped to the portal's statuses:
 * "đã hoàn thành", "hoàn thành" → hoan-thanh; "đang thực hiện", "đang triển khai", "đang được
 * thực hiện", "tiếp tục thực hiện" → dang-thuc-hien; "chưa thực hiện", "chưa hoàn thành", "chậm"
 * → dang-thuc-hien with a flag for review (overdue is the portal's to compute); "không còn phù
 * hợp", "dừng thực hiện" → khong-con-ap-dung. "hoàn thành" after "để", "phấn đấu", "chưa" … is an
 * aim, not a status. The sentence that carries the words is the entry's evidence.
 */
import type { StatusValue } from '../../domain/schemas/directive.ts';

/** Status words found in a sentence. */
export interface StatusPhrase {
  status: StatusValue;
  /** How plainly the words state a status: a sentence with higher rank is the better evidence. */
  rank: number;
  phrase: string;
  index: number;
  /** Words a person must weigh: `chưa thực hiện`, `chậm`. */
  flag: string | null;
}

/** A sentence of a paragraph and where it starts in the paragraph's text. */
export interface Sentence {
  text: string;
  start: number;
}

const W = (words: string): RegExp => new RegExp(`(?<![\\p{L}])(?:${words})(?![\\p{L}])`, 'gu');
/** An aim or a condition before "hoàn thành": "để xã hoàn thành", "phấn đấu hoàn thành". */
const AIM_BEFORE = /(?<![\p{L}])(?:để|phấn đấu|nhằm|sớm|tập trung|đảm bảo|bảo đảm|dự kiến|cố gắng|sẽ|kịp thời|thời gian|yêu cầu|đôn đốc|nỗ lực|quyết tâm|hướng tới|tiến tới|cần|phải|chỉ đạo|chưa)(?: được)?(?: [\p{L}]+){0,2} $/u;
const PHRASES: readonly { re: RegExp; status: StatusValue; rank: number; flag?: true; aim?: true }[] = [
  { re: W('không còn phù hợp|dừng thực hiện'), status: 'khong-con-ap-dung', rank: 4 },
  { re: W('chưa (?:được )?hoàn thành|chưa (?:được )?(?:triển khai )?thực hiện'), status: 'dang-thuc-hien', rank: 2, flag: true },
  { re: W('(?:đã|được) hoàn thành'), status: 'hoan-thanh', rank: 3 },
  { re: W('hoàn thành'), status: 'hoan-thanh', rank: 3, aim: true },
  { re: W('đang (?:được )?(?:tiếp tục )?(?:triển khai )?thực hiện|đang (?:được )?triển khai'), status: 'dang-thuc-hien', rank: 2 },
  { re: W('tiếp tục (?:được )?(?:triển khai )?thực hiện'), status: 'dang-thuc-hien', rank: 1 },
  { re: W('chậm(?! nhất)'), status: 'dang-thuc-hien', rank: 1, flag: true },
];

/** The sentences of a paragraph: a full stop before an upper-case word ends one ("TP. Lạng Sơn" does not, "Quốc lộ 3B. Trên" does). */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(/(?<!(?<![\p{L}\p{N}])\p{Lu}{1,2})\.(?=\s+\p{Lu})/gu)) {
    out.push({ text: text.slice(start, m.index + 1), start });
    start = m.index + 1 + (/^\s+/u.exec(text.slice(m.index + 1))?.[0].length ?? 0);
  }
  if (start < text.length) out.push({ text: text.slice(start), start });
  return out;
}

/** Every status phrase of a sentence, in order; of overlapping words the first listed wins. */
export function statusPhrases(sentence: string): StatusPhrase[] {
  const lower = sentence.toLocaleLowerCase('vi-VN');
  const found: StatusPhrase[] = [];
  for (const p of PHRASES) {
    for (const m of lower.matchAll(p.re)) {
      if (found.some((f) => m.index < f.index + f.phrase.length && f.index < m.index + m[0].length)) continue;
      if (p.aim && AIM_BEFORE.test(lower.slice(Math.max(0, m.index - 40), m.index))) continue;
      const phrase = sentence.slice(m.index, m.index + m[0].length);
      found.push({ status: p.status, rank: p.rank, phrase, index: m.index, flag: p.flag ? phrase : null });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * What one sentence says: the status of its plainest words; a sentence saying both "hoàn thành"
 * and "đang thực hiện" (part done, part not) is in progress, flagged.
 */
export function sentenceStatus(phrases: readonly StatusPhrase[]): StatusPhrase | null {
  if (phrases.length === 0) return null;
  const best = [...phrases].sort((a, b) => b.rank - a.rank)[0]!;
  const doing = phrases.find((p) => p.status === 'dang-thuc-hien' && p.rank >= 2);
  if (best.status === 'hoan-thanh' && doing) return { ...doing, flag: `${best.phrase} … ${doing.phrase}` };
  return best;
}
