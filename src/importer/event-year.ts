/**
 * The year of a day printed without one ("Chiều ngày 14/8", "Sáng 5/3, Đoàn kiểm tra …", "ngày
 * 29/12") that the text reports as past (an inspection, a meeting), from the rest of the text,
 * with the words it rests on; or why the text does not tell (issue 24, point 9). Never a guess
 * without its basis. In order:
 *
 * 1. the date the text was issued or published (the notice's date line or closing citation, a
 *    page's own date line such as "04/11/2020 15:39" or "Ngày đăng: 08/07/2024"): the day is not
 *    after it, so a December day in a notice of January is of the year before;
 * 2. the years the text mentions, nearest first: the sentence, then the paragraph, then the whole
 *    text. The first of these that mentions any year decides: one year is taken (a January or
 *    December day only against a full date of that year, the nearer side of the new year), two or
 *    more are ambiguous ("nhiệm kỳ 2016-2021", "năm 2023 … năm 2024"). A year in a document's
 *    number or a legal reference ("Nghị định số 30/2020/NĐ-CP ngày 5/3/2020") or compared with
 *    ("so với cùng kỳ năm 2022") is not the day's;
 * 3. for an inspection, the period it covered ("thời kỳ kiểm tra từ 01/01/2023 đến 31/12/2023"):
 *    the inspection comes after it.
 */
import { toIsoPartialDate } from '../domain/vi-date.ts';
import { ANY_LEAP_YEAR, findDates, yearNotAfter } from './extract-dates.ts';
import { findReferences } from './extract-legal-references.ts';
import { paragraphs } from './segment.ts';

/** A date the text was issued or published on, with its words. */
export interface Anchor {
  /** ISO, `2024-08-16` or `2024-08` (a day left blank). */
  iso: string;
  /** The words of the text it rests on. */
  basis: string;
  /** What it is, in the note: "ngày ban hành", "ngày đăng". */
  what: string;
}

export interface YearClues {
  /** The dates the text was issued or published on; they must agree. */
  anchors: readonly Anchor[];
  /** The sentence, paragraph and whole text the day stands in, nearest first. */
  sentence: string;
  paragraph: string;
  text: string;
  /** The period an inspection covered (its end), when the day is the inspection's. */
  period?: Anchor | null;
}

export type EventYear =
  | { iso: string; year: number; basis: string; how: string }
  | { iso: null; reason: string };

interface Mention {
  year: number;
  printed: string;
  /** A full date, for a day at the turn of the year. */
  full: string | null;
}

const pad = (n: number): string => String(n).padStart(2, '0');
/** Month and day as a sortable number: 14/8 → 814. */
const md = (month: number, day: number): number => month * 100 + day;

/** The years `text` mentions, outside legal references, document numbers and comparisons. */
export function yearMentions(text: string): Mention[] {
  const refs = findReferences(text, { province: null, year: null, notes: [], line: 0 }).map((r) => [r.index, r.end] as const);
  const inRef = (i: number): boolean => refs.some(([a, b]) => i >= a && i < b);
  // "so với cùng kỳ năm 2022", "so với năm 2022": another year, the one compared with.
  const compared = (i: number): boolean => /(?:so với|cùng kỳ)(?: cùng kỳ)?(?: (?:năm|tháng \d{1,2}(?:\/| năm )))?\s*$/iu.test(text.slice(Math.max(0, i - 40), i));
  const out: (Mention & { index: number; end: number })[] = [];
  for (const d of findDates(text, null)) {
    if (d.yearFromContext || inRef(d.index) || compared(d.index)) continue;
    out.push({ year: Number(d.iso.slice(0, 4)), printed: d.printed, full: d.iso.length === 10 ? d.iso : null, index: d.index, end: d.index + d.printed.length });
  }
  for (const m of text.matchAll(/(?<![\d/.,:])(?:19|20)\d{2}(?![\d/]|[.,]\d)/gu)) {
    if (inRef(m.index) || compared(m.index) || out.some((o) => m.index >= o.index && m.index < o.end)) continue;
    out.push({ year: Number(m[0]), printed: m[0], full: null, index: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The earliest year in which day/month is after the period's end. */
function after(day: number, month: number, end: Anchor): number {
  const [y, m = 12, d = 31] = end.iso.split('-').map(Number) as [number, number | undefined, number | undefined];
  return md(month, day) > md(m, d) ? y : y + 1;
}

const days = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/**
 * The year of day/month from `clues`, or why there is none. The result's `iso` is checked (29/2
 * of a common year is no date).
 */
export function eventYear(day: number, month: number, clues: YearClues): EventYear {
  const dated = (year: number, basis: string, how: string): EventYear => {
    try {
      return { iso: toIsoPartialDate({ year, month, day }), year, basis, how };
    } catch {
      return { iso: null, reason: `ngày ${day}/${month} không có trong năm ${year} (${how})` };
    }
  };
  const { anchors } = clues;
  if (anchors.length > 0) {
    const years = anchors.map((a) => yearNotAfter(day, month, a.iso));
    if (new Set(years).size > 1) {
      return { iso: null, reason: `các ngày ${anchors.map((a) => `"${a.basis}"`).join(', ')} cho năm khác nhau (${[...new Set(years)].join(', ')})` };
    }
    const a = anchors[0]!;
    const year = years[0]!;
    const turn = year < Number(a.iso.slice(0, 4)) ? `, nên là năm trước năm ${a.iso.slice(0, 4)}` : '';
    return dated(year, a.basis, `không sau ${a.what} "${a.basis}"${turn}`);
  }
  for (const [scope, text] of [['câu', clues.sentence], ['đoạn', clues.paragraph], ['văn bản', clues.text]] as const) {
    const mentions = yearMentions(text);
    if (mentions.length === 0) continue;
    const years = [...new Set(mentions.map((m) => m.year))].sort();
    if (years.length > 1) {
      const said = `${scope} nêu ${years.length} năm (${mentions.map((m) => `"${m.printed}"`).join(', ')})`;
      return clues.period ? fromPeriod(day, month, clues.period, dated, said) : { iso: null, reason: `${said}: không biết năm nào` };
    }
    const year = years[0]!;
    const m = mentions[0]!;
    if (month !== 1 && month !== 12) return dated(year, m.printed, `năm duy nhất ${scope === 'văn bản' ? 'văn bản' : `${scope} chứa ngày này`} nêu: "${m.printed}"`);
    // At the turn of the year, "năm 2024" may be the year just ended or the one about to begin.
    const full = mentions.find((x) => x.full !== null);
    if (full) {
      const nearest = [year - 1, year, year + 1].sort((p, q) => Math.abs(days(`${p}-${pad(month)}-${pad(day)}`) - days(full.full!)) - Math.abs(days(`${q}-${pad(month)}-${pad(day)}`) - days(full.full!)))[0]!;
      return dated(nearest, full.printed, `năm gần ngày "${full.printed}" nhất (${scope})`);
    }
    const said = `tháng ${month} ở chỗ giao năm, ${scope} chỉ nêu "${m.printed}" (có thể là năm ${month === 1 ? year + 1 : year - 1})`;
    return clues.period ? fromPeriod(day, month, clues.period, dated, said) : { iso: null, reason: said };
  }
  if (clues.period) return fromPeriod(day, month, clues.period, dated, null);
  return { iso: null, reason: 'văn bản không ghi ngày ban hành, ngày đăng hay năm nào khác' };
}

function fromPeriod(day: number, month: number, period: Anchor, dated: (y: number, basis: string, how: string) => EventYear, before: string | null): EventYear {
  return dated(after(day, month, period), period.basis, `${before === null ? '' : `${before}; `}đợt kiểm tra diễn ra sau thời kỳ kiểm tra "${period.basis}"`);
}

/**
 * A page's own date line: a paragraph that is a full date and nothing else but a weekday, a
 * label and a time ("04/11/2020 15:39", "21/04/2024", "Thứ 3, Ngày 16/07/2024 -", "Ngày đăng:
 * 08/07/2024 11:38").
 */
const PAGE_DATE_RE =
  /^(?:(?:Thứ (?:[2-7]|hai|ba|tư|năm|sáu|bảy)|Chủ nhật),?\s*)?(?:(?:Ngày đăng|Ngày cập nhật|Cập nhật|Đăng ngày|Ngày xuất bản)\s*:?\s*)?(?:ngày\s+)?(\d{1,2}\/\d{1,2}\/\d{4})(?:\s*[-|,]?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:AM|PM|SA|CH))?)?(?:\s*[-|])?$/iu;

export function pageDateAnchors(paragraphs: readonly { text: string }[]): Anchor[] {
  const out: Anchor[] = [];
  for (const p of paragraphs) {
    if (!PAGE_DATE_RE.test(p.text)) continue;
    const d = findDates(p.text, null).find((x) => !x.yearFromContext);
    if (d) out.push({ iso: d.iso, basis: p.text, what: 'ngày đăng' });
  }
  return out;
}

/**
 * The period an inspection covered, by its end: "thời kỳ kiểm tra từ 01/01/2023 đến 31/12/2023",
 * "thời kỳ thanh tra năm 2023", "kỳ kiểm tra: năm 2023".
 */
export function inspectionPeriod(text: string): Anchor | null {
  const m = /(?:thời kỳ|kỳ|giai đoạn) (?:thanh tra|kiểm tra)\s*:?\s*(?:từ [^.;]*?đến (?:hết )?(?:ngày )?(\d{1,2}\/\d{1,2}\/\d{4})|(?:năm |hết năm )(\d{4}))/iu.exec(text);
  if (!m) return null;
  const iso = m[1] ? findDates(m[1], null)[0]?.iso : `${m[2]}-12-31`;
  return iso ? { iso, basis: m[0], what: 'thời kỳ kiểm tra' } : null;
}

/** Where the sentence of `text` that holds position `index` starts (after a full stop before a capital). */
export function sentenceStart(text: string, index: number): number {
  let start = 0;
  for (const m of text.slice(0, index).matchAll(/[.!?]\s+(?=\p{Lu}|\()/gu)) start = m.index + m[0].length;
  return start;
}

/** The sentence of `text` that holds position `index`. */
export function sentenceAt(text: string, index: number): string {
  const rest = text.slice(index);
  const end = rest.search(/[.!?](?:\s+(?=\p{Lu}|\()|$)/u);
  return text.slice(sentenceStart(text, index), end === -1 ? text.length : index + end + 1);
}

/** A day printed without a year, and its year as `eventYear` gives it. */
export interface YearlessDate {
  printed: string;
  line: number;
  year: EventYear;
}

/**
 * Every day printed without a year in `source`, each with its year or why there is none;
 * `issued`: the text's issue date when the importer read one (the page's own date lines are found
 * here). What `npm run import:eval` measures.
 */
export function yearlessDates(source: string, issued: readonly Anchor[]): YearlessDate[] {
  const paras = paragraphs(source);
  const anchors = [...issued, ...pageDateAnchors(paras)];
  const text = paras.map((p) => p.text).join('\n');
  return paras.flatMap((p) =>
    findDates(p.text, ANY_LEAP_YEAR)
      .filter((d) => d.yearFromContext)
      .map((d) => {
        const [, month, day] = d.iso.split('-').map(Number) as [number, number, number];
        return { printed: d.printed, line: p.line, year: eventYear(day, month, { anchors, sentence: sentenceAt(p.text, d.index), paragraph: p.text, text }) };
      }),
  );
}
