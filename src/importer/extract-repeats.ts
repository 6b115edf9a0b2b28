/**
 * Directives that repeat an earlier notice's (issue 22, point 3): the words that say so ("như đã
 * kết luận tại Thông báo …", "theo kết luận tại Thông báo …", "tiếp tục chỉ đạo/thực hiện … tại
 * Thông báo …", "(nhắc lại)") in a directive's text or its section's heading. The notice they cite
 * is found among content/'s notices dated before the draft's, as the report importer finds the
 * notice a report answers (status-report/answers.ts), and the directive among its directives as a
 * report's passage is matched (status-report/match-item.ts): the point it names, the addressee,
 * the rarer words. One clear match is proposed as `repeats` with a review item for the editor to
 * confirm; otherwise nothing is written and the review item lists the candidates.
 */
import { daySpan } from '../domain/unit-validity.ts';
import { parseIsoPartialDate } from '../domain/vi-date.ts';
import type { DraftDirective, Note } from './draft.ts';
import type { Reference } from './reference-lists.ts';
import type { Section } from './segment.ts';
import { resolveCitation } from './status-report/answers.ts';
import { itemMatcher } from './status-report/match-item.ts';
import type { AnswerableNotice } from './status-report/notices.ts';

/**
 * Words that say a task was set before, up to the "Thông báo" they cite: "kết luận tại" (maybe
 * with the point: "tại điểm a khoản 2.1 Thông báo") first, the shorter words, then "tiếp tục chỉ
 * đạo/thực hiện … tại".
 */
const REPEAT_RES = [
  /(?<![\p{L}])(?:(?:như )?(?:đã )?(?:được )?kết luận tại|theo kết luận (?:tại|của))\s+(?:(?:điểm [a-zđ],? )?(?:khoản|mục) \d+(?:\.\d+)*,? (?:của )?)?Thông báo(?![\p{L}])/iu,
  /(?<![\p{L}])tiếp tục (?:chỉ đạo|thực hiện)[^.;:()]*? (?:tại|theo)\s+Thông báo(?![\p{L}])/iu,
];
/** "(nhắc lại)": a repeat that may cite no notice. */
const REPEATED_MARK_RE = /\(nhắc lại\)/iu;
/** Where the citation ends: a semicolon, a bracket, a colon, the end of a sentence or paragraph. */
const CITATION_END_RE = /\s*[;:(]|\.(?=\s|$)|\n|$/u;

/** The words that say a text repeats an earlier task, and the citation within them. */
interface RepeatWords {
  /** Verbatim: from the repeat words to the end of the citation (or `(nhắc lại)` alone). */
  printed: string;
  /** From "Thông báo" on; null when the words cite no notice. */
  citation: string | null;
}

/** The repeat words of `text`, if any. */
export function findRepeatWords(text: string): RepeatWords | null {
  const m = REPEAT_RES.map((re) => re.exec(text)).find((r) => r !== null);
  if (m) {
    const from = m.index + m[0].search(/Thông báo$/iu);
    const rest = text.slice(from);
    const end = from + rest.search(CITATION_END_RE);
    return { printed: text.slice(m.index, end).trim(), citation: text.slice(from, end).trim() };
  }
  const mark = REPEATED_MARK_RE.exec(text);
  return mark ? { printed: mark[0], citation: null } : null;
}

/** What {@link proposeRepeats} needs of the draft. */
export interface RepeatContext {
  /** The draft's date (ISO, maybe partial); null when the text gives none. */
  date: string | null;
  sections: readonly Section[];
  /** content/'s notices (status-report/notices.ts). */
  notices: readonly AnswerableNotice[];
  reference: Reference;
  notes: Note[];
}

/**
 * Sets `repeats` on each directive of `directives` whose words say it repeats a directive of an
 * earlier notice, when that notice and directive are clear, and adds a review note for every
 * directive with such words: the link proposed, or the candidates when none is clear.
 */
export function proposeRepeats(directives: DraftDirective[], ctx: RepeatContext): void {
  const starts = ctx.date === null ? null : daySpan(parseIsoPartialDate(ctx.date)).first;
  const earlier = ctx.notices.filter((n) => starts === null || daySpan(parseIsoPartialDate(n.date)).last < starts);
  for (const d of directives) {
    const section = ctx.sections.find((s) => s.number === d.section);
    const words = findRepeatWords(d.text) ?? (section ? findRepeatWords(section.heading.text) : null);
    if (words === null) continue;
    const line = [section?.heading, ...(section?.body ?? [])].find((p) => p?.text.includes(words.printed))?.line ?? null;
    const note = (message: string): void => {
      ctx.notes.push({ kind: 'uncertain', field: `directives[${d.id}].repeats`, message, line });
    };
    if (words.citation === null) {
      note(`"${words.printed}": nhiệm vụ nhắc lại nhưng không dẫn thông báo nào; nếu nhắc lại nhiệm vụ của một thông báo trước, ghi repeats: [{ notice, item, printed }]`);
      continue;
    }
    const cited = resolveCitation(words.citation, ctx.date, earlier, ctx.reference);
    if (cited.notice === null) {
      const unknown = cited.unknownNumber === null ? '' : `thông báo số ${cited.unknownNumber} không có trong content/notices; `;
      note(`"${words.printed}": ${unknown}${cited.basis} (chỉ xét thông báo ban hành trước${ctx.date === null ? '' : ` ${ctx.date}`}); không ghi repeats — nếu có, ghi repeats: [{ notice, item, printed }]`);
      continue;
    }
    const directiveItems = cited.notice.items.filter((i) => i.kind === 'directive');
    const party = d.addressee.localities[0] ?? d.addressee.agencies[0] ?? null;
    const match = itemMatcher(directiveItems, party)([words.printed], false, d.text.replace(words.printed, ''));
    if (match.item === null) {
      note(`"${words.printed}" dẫn thông báo ${cited.notice.id} (${cited.basis}), nhưng không rõ nhiệm vụ nào: ${match.basis}; ứng viên ${match.candidates.join('; ')}; không ghi repeats`);
      continue;
    }
    d.repeats = [{ notice: cited.notice.id, item: match.item, printed: words.printed }];
    note(`đề xuất: nhắc lại nhiệm vụ ${match.item} của thông báo ${cited.notice.id} (thông báo ${cited.basis}; nhiệm vụ ${match.basis}; ứng viên ${match.candidates.join('; ')}) theo lời "${words.printed}": kiểm tra rồi giữ hoặc xóa`);
  }
}
