/**
 * Every figure printed in the sections of a notice: amounts (`17,420 tỷ đồng`, `3.740 triệu
 * đồng`, `trên 226,3 tỷ đồng`), rates (`100,65%`, `gần 53%`), counts of a total (`09/19 tiêu
 * chí`, `300,9/4.128,9 tỷ đồng`) and counted or measured quantities (`02 nhà văn hóa thôn`,
 * `khoảng 10km`). Values are read by src/domain/vi-number.ts, the same parser the build checks with.
 *
 * The indicator is chosen by the words around the figure; when no indicator of
 * content/indicators.csv clearly fits, the figure is not written as a row but listed for review.
 */
import { slugifyVi } from '../domain/slug.ts';
import { findVerbatim } from '../domain/verbatim.ts';
import { parsePrintedFigure, QUALIFIERS, type PrintedFigure } from '../domain/vi-number.ts';
import type { IndicatorRow } from '../domain/schemas/indicator.ts';
import type { ExtractContext } from './context.ts';
import type { DraftFigure } from './draft.ts';
import { findDates } from './extract-dates.ts';
import { sameOccurrence, type SourceSpan } from './occurrence.ts';
import { positionOf, type Paragraph } from './segment.ts';

const N = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
/** A count without a leading zero: no grouping dot inside a 4-digit year, no leading 0. */
const PLAIN = String.raw`[1-9]\d{0,2}(?:\.\d{3})+|[1-9]\d*`;
/** Every hedge word of src/domain/vi-number.ts, longest first ("gần bằng" before "gần"). */
// "chưa đạt 50%", "không đạt 50%" (not reached) are no claim of 50%: "đạt" is a qualifier only
// when no negation stands before it.
const QUAL = `(?:(?:${[...QUALIFIERS].sort((a, b) => b.length - a.length).map((q) => (q === 'đạt' ? '(?<!(?:chưa|không)\\s+)đạt' : q)).join('|')}) )?`;
const MONEY = String.raw`(?:tỷ|tỉ|triệu|nghìn|ngàn) đồng|đồng`;
/** Units a quantity is measured in, as opposed to things counted ("02 nhà văn hóa thôn"). */
const MEASURES = ['km', 'm', 'ha', 'm2', 'm3', 'km2', 'm²', 'm³', 'km²', 'tấn', 'kg', 'lít'].sort((a, b) => b.length - a.length);
/**
 * Things a notice counts, for numbers printed without a leading zero ("431 công trình", "84
 * lượt ý kiến"): a bare number is a count only before one of these nouns, so "năm 2024",
 * "6 tháng", "Điều 5" or "Kỳ họp thứ 6" are never read as figures. Longest first.
 */
export const COUNT_NOUNS = [
  'lượt ý kiến', 'ý kiến', 'kiến nghị', 'công trình', 'dự án', 'tiểu dự án', 'hạng mục', 'xã', 'phường', 'thị trấn',
  'huyện', 'thành phố', 'thị xã', 'tỉnh', 'địa phương', 'thôn', 'bản', 'xóm', 'tổ dân phố', 'hộ', 'người', 'lượt',
  'lao động', 'học sinh', 'giáo viên', 'trường', 'lớp', 'trạm', 'nhà', 'tuyến', 'cầu', 'chợ', 'cơ sở', 'doanh nghiệp',
  'hợp tác xã', 'tổ hợp tác', 'đơn vị', 'cơ quan', 'bộ', 'ngành', 'hồ sơ', 'đơn', 'vụ', 'cuộc', 'đoàn', 'tiêu chí',
  'chỉ tiêu', 'mô hình', 'sản phẩm', 'chương trình', 'văn bản', 'nhiệm vụ', 'cán bộ', 'trường hợp', 'thửa', 'căn',
  'con', 'cây', 'phòng học', 'điểm', 'buổi',
].sort((a, b) => b.length - a.length);
const STOP = String.raw`thuộc|để|của|trên|tại|với|và|đã|được|cho|theo|từ|gồm|là|có|đến|trong|nhằm|chưa|đạt|còn|về|ở|do|bị|sẽ|đang|mà|này|đó|khi|như|hoặc|nhưng|trở|tới`;
const WORD = String.raw`[\p{L}\p{M}]+`;
const NOUN = String.raw`(?!(?:${STOP}|năm|tháng|ngày|tuần|giờ|phút|quý|lần)(?![\p{L}]))${WORD}(?: (?!(?:${STOP})(?![\p{L}]))${WORD}){0,5}`;
/**
 * Words after a number that make it no count: time and periods ("6 tháng", "3 năm triển khai",
 * "16 giờ"), times and factors ("gấp 2 lần"), number words ("5 triệu", "2 nghìn": a count
 * printed in words is left to the editor, never read with the wrong scale).
 */
const NOT_COUNTED = String.raw`${STOP}|năm|tháng|ngày|tuần|giờ|phút|giây|quý|thập kỷ|thế kỷ|lần|trăm|nghìn|ngàn|triệu|tỷ|tỉ|vạn|chục|mươi|điểm phần trăm|usd|đô la|euro|eur|yên`;
/**
 * A count of any noun ("431 công trình", "6 tổ công tác", "3 Ban Quản lý dự án", "16 kỳ họp"):
 * up to three digits or grouped (a 4-digit number without its grouping dot is a year, "2024"),
 * then a noun of up to five words (syllables) that is no period, factor or number word.
 */
const SMALL = String.raw`[1-9]\d{0,2}(?:\.\d{3})+|[1-9]\d{0,2}`;
const OPEN_NOUN = String.raw`(?!(?:${NOT_COUNTED})(?![\p{L}]))\p{L}[\p{L}\p{M}]*(?: (?!(?:${STOP})(?![\p{L}]))${WORD}){0,4}`;
/**
 * A count just before a slash: "89 lượt" in "tiếp 89 lượt/102 người". Anywhere else a number
 * right after a slash is a total ("09/19") or a piece of a document number ("30a/2008/NQ-CP").
 */
const COUNT_BEFORE_SLASH = String.raw`\d [\p{L}\p{M}]+(?: [\p{L}\p{M}]+){0,3}`;
/** A share in brackets, then a counted noun: " (100%) xã" after "16/16". */
const BRACKETED_THEN_NOUN = new RegExp(String.raw`^ \([^()]{1,12}\) (${COUNT_NOUNS.join('|')})(?![\p{L}])`, 'iu');
const FIGURE_RE = new RegExp(
  String.raw`(?<![\p{L}\d.,])(?<!(?<!${COUNT_BEFORE_SLASH})/)(?:` +
    String.raw`(?<moneyFraction>(?:${N}) ?/ ?(?:${N}) (?:${MONEY}))` +
    String.raw`|(?<amount>${QUAL}(?:${N}) ?(?:${MONEY}))(?![\p{L}])` +
    String.raw`|(?<percent>${QUAL}(?:${N}) ?%)` +
    String.raw`|(?<fraction>(?:${N}) ?/ ?(?:${N}))(?![\d/]|\s?\/)(?<fractionNoun> (?!(?:${STOP}|là|hơn|gần)(?![\p{L}]))${WORD}(?: (?!(?:${STOP}|là)(?![\p{L}]))${WORD})?)?` +
    String.raw`|(?<measure>${QUAL}(?:${N}) ?(?:${MEASURES.join('|')}))(?![\p{L}\d])` +
    String.raw`|(?<count>${QUAL}0[1-9] ${NOUN})` +
    String.raw`|(?<plainCount>${QUAL}(?:${PLAIN}) (?:${COUNT_NOUNS.join('|')}))(?![\p{L}])` +
    String.raw`|(?<openCount>${QUAL}(?:${SMALL}) ${OPEN_NOUN})(?![\p{L}\p{M}\d])` +
    ')',
  'giu',
);
/** A change printed before a figure: "tăng 5%", "giảm đi 3 tỷ đồng", "tăng thêm 12 công trình". */
const CHANGE_BEFORE = /(?:^|\s)(tăng|giảm|tăng thêm|giảm đi|tăng lên|giảm xuống|tăng khoảng|giảm khoảng)\s+$/iu;
/** Words after which a number is a date, a document, an article or a rank, not a figure. */
const NOT_A_FIGURE_AFTER = /(?:số|ngày|tháng|năm|đoàn|điều|khoản|điểm|mục|thứ|lần|khóa|khoá|quý|giai đoạn|chương trình|kế hoạch) $/iu;
/**
 * Nouns a number names or ranks rather than counts: "Tổ 3", "thôn 5", "Dự án 4", "Quận 1",
 * "đợt 2", "Km 105", "Phụ lục 2". A count is written before its noun, a name after.
 */
const NAMED_BY_NUMBER = /(?<![\p{L}\p{M}])(?:tổ|đội|thôn|khu|khu vực|tiểu khu|khu phố|ấp|khóm|xóm|bản|quận|phường|lô|tầng|phòng|đợt|phiên|kỳ|vùng|nhóm|loại|cấp|hạng|bậc|lớp|phụ lục|biểu|mẫu|trang|km|quốc lộ|tỉnh lộ|đường|ngõ|hẻm|tuyến|dự án|tiểu dự án|nội dung|hợp phần|tiêu chí|chỉ tiêu|chương|phần|bước|mức|gói thầu|top|nhiệm kỳ|khóa|khoá|ban) $/iu;
/**
 * Kinds of document, also named by a bare number ("Nghị quyết 18 quy định", "Kết luận 232 của
 * …"). After one, a number followed by a counted noun of COUNT_NOUNS counts instead: "ban hành
 * kết luận 232 cuộc" is 232 inspections concluded. A document's own number is printed with "số"
 * or a slash ("Kết luận số 232", "12/KL-UBND"), and is no figure either way.
 */
const DOCUMENT_NAMED_BY_NUMBER = /(?<![\p{L}\p{M}])(?:nghị định|thông tư|luật|quyết định|nghị quyết|chỉ thị|công văn|tờ trình|báo cáo|thông báo|kết luận) $/iu;
/**
 * Words that make a figure the topic of its clause ("Đối với 10/19 tiêu chí chưa đạt, xã khẩn
 * trương …", "Trong số 12 hộ đó, …"): printed again so, a figure names the fact stated before
 * it, and is no new one.
 */
const TOPIC_BEFORE = /(?:^|[.;:,]\s|^[-–•+]\s)\s*(?:riêng |còn )?(?:đối với|với|về|trong số) $/iu;
/** Words that start the name of built works, the things a "công trình" count is made of. */
const WORKS = ['công trình', 'nhà', 'tuyến', 'đường', 'trạm', 'cầu', 'trường', 'trụ sở', 'chợ', 'sân', 'kênh', 'hồ', 'đập', 'điểm'];
const STOPWORDS = new Set(['và', 'các', 'của', 'với', 'cho', 'theo', 'trên', 'tại', 'được', 'thực', 'hiện', 'năm', 'so']);
const NEGATIONS = ['chưa', 'không'];

/** The `section` of a figure printed before the first numbered section of a notice. */
export const PREAMBLE_SECTION = '0';

/** Where a figure sits: its section, the locality the section is about, a proposal it belongs to. */
export interface FigurePlace {
  section: string;
  locality: string | null;
  ref: string | null;
}

export interface FigureState {
  figures: DraftFigure[];
  usedIds: Set<string>;
  /** The source span each written figure was read from, by figure id (occurrence.ts). */
  spans: Map<string, SourceSpan>;
  /** New indicators proposed for figures no indicator fits, one per label. */
  proposedIndicators: ProposedIndicator[];
}

/** A row for content/indicators.csv that the importer proposes; `direction` and `description` are for the editor. */
export interface ProposedIndicator {
  id: string;
  label: string;
  unit: string;
  kind: IndicatorRow['kind'];
}

/** Words that end the lead-in to a figure and say nothing of what it measures. */
const FILLER = new Set(['đạt', 'là', 'được', 'có', 'bằng', 'chiếm', 'thực', 'hiện', 'mới', 'chỉ', 'ước', 'khoảng', 'gần', 'trên', 'hơn', 'dưới', 'với', 'tổng', 'số', 'và', 'của', 'tại', 'đến', 'từ', 'trong', 'đó', 'gồm', 'còn', 'lên', 'xuống', 'tăng', 'giảm', 'thêm', 'đi', 'ngày', 'tháng', 'năm', 'lũy', 'kế', 'đã', 'chưa', 'tới', 'theo', 'nhưng', 'như', 'cả', 'trị', 'giá', 'mức']);

/**
 * A new indicator for a figure no indicator fits: its label from the words before the figure in
 * its sentence (fillers, dates and numbers left out), or from the noun counted; its unit and kind
 * from the figure's form. The same label gives the same proposal.
 */
function proposeIndicator(parsed: PrintedFigure, noun: string | null, before: string, known: readonly IndicatorRow[], proposals: ProposedIndicator[]): ProposedIndicator {
  const kind: IndicatorRow['kind'] = parsed.kind === 'amount' ? 'amount' : parsed.kind === 'percent' ? 'percent' : parsed.kind === 'fraction' ? (parsed.unit === 'đồng' ? 'amount' : 'count-of-total') : 'quantity';
  const unit = naturalUnit(parsed, noun);
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), before.lastIndexOf(', '), before.lastIndexOf('('), -1) + 1);
  const words = sentence.split(/\s+/u).filter((w) => /^[\p{L}-]+$/u.test(w));
  while (words.length > 0 && FILLER.has(words.at(-1)!.toLowerCase())) words.pop();
  // A count is named by what it counts; an amount or a rate by the words that lead to it.
  let label = kind === 'quantity' || kind === 'count-of-total' || words.length === 0 ? `Số ${unit}`.trim() : words.slice(-10).join(' ');
  label = label.charAt(0).toUpperCase() + label.slice(1);
  const existing = proposals.find((p) => p.label === label);
  if (existing) return existing;
  let id = slugifyVi(label).slice(0, 60).replace(/-+$/u, '') || 'chi-tieu-moi';
  for (let n = 2; known.some((i) => i.id === id) || proposals.some((p) => p.id === id); n++) id = `${id.replace(/-\d+$/u, '')}-${n}`;
  const proposal = { id, label, unit, kind };
  proposals.push(proposal);
  return proposal;
}

function tokens(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{M}]+/u).filter((t) => t !== '' && !STOPWORDS.has(t));
}

function score(indicator: IndicatorRow, clause: string[], paragraph: string[]): number {
  const label = tokens(indicator.label);
  let s = label.filter((t) => clause.includes(t)).length + 0.1 * label.filter((t) => paragraph.includes(t)).length;
  // "đạt 09/19" and "10/19 chưa đạt" share every word but one: negation decides.
  for (const neg of NEGATIONS) if (label.includes(neg) !== clause.includes(neg)) s -= 2;
  return s;
}

/**
 * Whether an indicator counts the things `noun` names: "02 nhà văn hóa thôn" and "03/04 Trạm y
 * tế" are works, "02 xã vùng III" and "03 chương trình" are not.
 */
const countsNoun = (i: IndicatorRow, noun: string): boolean => (i.unit === 'công trình' ? WORKS.some((w) => noun.startsWith(w)) : noun.startsWith(i.unit));

/** The indicators a figure of this form can belong to. */
function candidates(parsed: PrintedFigure, noun: string | null, indicators: readonly IndicatorRow[]): IndicatorRow[] {
  switch (parsed.kind) {
    case 'amount':
      return indicators.filter((i) => i.kind === 'amount');
    case 'percent':
      return indicators.filter((i) => i.kind === 'percent');
    case 'fraction': {
      if (parsed.unit === 'đồng') return indicators.filter((i) => i.kind === 'amount');
      const list = indicators.filter((i) => i.kind === 'count-of-total');
      // "23/23 xã" counts communes: never a criteria or works indicator, whatever the sentence says.
      return noun === null ? list : list.filter((i) => countsNoun(i, noun.toLowerCase()));
    }
    case 'quantity': {
      const measured = MEASURES.includes(parsed.unit);
      const noun = parsed.unit.toLowerCase();
      return indicators.filter((i) => i.kind === 'quantity' && (measured ? i.unit === parsed.unit : !MEASURES.includes(i.unit) && countsNoun(i, noun)));
    }
  }
}

/** The clause around [start, end): from the punctuation before to the punctuation after. */
function clauseAround(text: string, start: number, end: number, source: string): string {
  const before = text.slice(0, start);
  const cuts = [...before.matchAll(/[,;:.](?=\s)|^[-–•+]\s/gu)].map((m) => m.index + m[0].length);
  const tailMatch = /[,;:](?=\s)|\.(?=\s|$)/u.exec(text.slice(end));
  const stop = tailMatch ? end + tailMatch.index : text.length;
  // Widen to the previous cut while the clause is not unique in the source.
  for (let i = cuts.length - 1; i >= -1; i--) {
    const from = i === -1 ? 0 : cuts[i]!;
    const clause = text.slice(from, stop).trim();
    if (findVerbatim(source, clause).length === 1 || i === -1) return clause;
  }
  return text.slice(0, stop).trim();
}

/**
 * Date the figure stands at: "đến 31/03/2024" earlier in the same ';'-separated part; else the
 * end of a period named there, as a month: "Quý I năm 2024" → 2024-03, "6 tháng đầu năm" →
 * the document's year-06, "lũy kế 10 tháng" → year-10 (`period` says which words, for the note).
 */
function asOf(text: string, start: number, year: number | null): { iso: string; period: string | null } | null {
  const part = text.slice(text.lastIndexOf(';', start) + 1, start);
  const dates = findDates(part, null).filter((d) => /(?:đến|tại)(?: hết)? $/iu.test(part.slice(0, d.index)));
  const last = dates.at(-1);
  if (last) return { iso: last.iso, period: null };
  const periods = [...part.matchAll(/(?<![\p{L}\d])(?:quý (I{1,3}|IV)|(\d{1,2}) tháng(?: đầu năm)?)(?:(?: năm | ?\/ ?)(\d{4}))?(?![\p{L}\d])/giu)];
  const p = periods.at(-1);
  if (!p) return null;
  const month = p[1] !== undefined ? 3 * ['I', 'II', 'III', 'IV'].indexOf(p[1].toUpperCase()) + 3 : Number(p[2]);
  const y = p[3] !== undefined ? Number(p[3]) : year;
  if (y === null || month < 1 || month > 12) return null;
  return { iso: `${y}-${String(month).padStart(2, '0')}`, period: p[0] };
}

/** A number in running text that reads as a figure, and what it reads as. */
export interface FigureCandidate {
  printed: string;
  index: number;
  /** The noun right after a fraction ("công trình" in "04/04 công trình"), if any. */
  noun: string | null;
  parsed: PrintedFigure | null;
  /** Why `parsed` is null: the parser's message. */
  error: string | null;
}

/**
 * Every figure-like number of `text`, read by the project's vi-VN parser. Dates ("09/4/2024",
 * "ngày 20/9", "tháng 8/ 2021") and numbers of documents or teams ("số 03") are not figures.
 */
export function findFigureCandidates(text: string): FigureCandidate[] {
  const out: FigureCandidate[] = [];
  // Dates are masked first ("ngày 31/8 là hơn 299.447 tỷ đồng": 31/8 is no fraction, and must
  // not swallow the words after it); the mask keeps every index in place.
  let masked = text;
  for (const d of findDates(text, 2000)) masked = masked.slice(0, d.index) + '§'.repeat(d.printed.length) + masked.slice(d.index + d.printed.length);
  for (const m of masked.matchAll(FIGURE_RE)) {
    const g = m.groups!;
    let printed = (g['moneyFraction'] ?? g['amount'] ?? g['percent'] ?? g['fraction'] ?? g['measure'] ?? g['count'] ?? g['plainCount'] ?? g['openCount'])!;
    let index = m.index;
    // "từ 5% đến 7%", "từ 12 tỷ đồng lên 15 tỷ đồng": the start of a range or change, not "5% or more".
    if (/^từ /iu.test(printed) && /^ ?(?:đến|tới|lên|xuống|-|–) /u.test(masked.slice(m.index + printed.length))) {
      printed = printed.slice(3);
      index += 3;
    }
    // "Ngày 19/12", "tháng 8/2021", "số 03", "năm 2024 …" are dates and numbers of things; an
    // amount or a rate never is ("lũy kế 10 tháng 3.798,254 tỷ đồng" is an amount).
    const before = text.slice(0, m.index);
    const isMoneyOrRate = g['amount'] !== undefined || g['percent'] !== undefined || g['moneyFraction'] !== undefined;
    if (!isMoneyOrRate && NOT_A_FIGURE_AFTER.test(before)) continue;
    // "tiếp 89 lượt/102 người": a slash between counts of two things (visits, people) joins two
    // counts, it is no part of a whole. Only a count may stand there, right after a count just
    // found: "20 triệu đồng/01 hộ" is a rate per household, and "5 xã/10 xã" (the same thing on
    // both sides, a part and its whole printed oddly) is left out as before.
    if (before.endsWith('/')) {
      const previous = out.at(-1);
      const isCount = (g['count'] ?? g['plainCount'] ?? g['openCount']) !== undefined;
      const afterCount = previous?.parsed?.kind === 'quantity' && !MEASURES.includes(previous.parsed.unit) && previous.index + previous.printed.length === m.index - 1;
      const firstWord = (s: string): string => s.replace(/^.*?\d /u, '').split(' ')[0]!.toLowerCase();
      if (!isCount || !afterCount || firstWord(previous.printed) === firstWord(printed)) continue;
    }
    // "Tổ 3", "Dự án 4" name a thing; "COVID-19 gây …", "3-5 xã" are a name and a range.
    if ((g['openCount'] ?? g['plainCount']) !== undefined && (NAMED_BY_NUMBER.test(before) || /[-–]$/u.test(before))) continue;
    // "Nghị quyết 18 quy định" names a document; "kết luận 232 cuộc" (a listed noun) counts.
    if (g['openCount'] !== undefined && DOCUMENT_NAMED_BY_NUMBER.test(before)) continue;
    // "đến 6/2021" is a month of a year, not six two-thousand-and-twenty-firsts.
    if (g['fraction'] !== undefined && g['fractionNoun'] === undefined && /^(?:[1-9]|1[0-2]|0[1-9]) ?\/ ?(?:19|20)\d\d$/u.test(printed)) continue;
    // "16/16 (100%) xã": the noun may follow a share in brackets.
    const noun = g['fractionNoun']?.trim() ?? (g['fraction'] !== undefined ? (BRACKETED_THEN_NOUN.exec(masked.slice(m.index + printed.length))?.[1] ?? null) : null);
    try {
      out.push({ printed, index, noun, parsed: parsePrintedFigure(printed), error: null });
    } catch (error) {
      out.push({ printed, index, noun, parsed: null, error: (error as Error).message });
    }
  }
  return out;
}

/** Finds the figures of one paragraph and adds them to `state`. */
export function extractFigures(ctx: ExtractContext, paragraph: Paragraph, place: FigurePlace, state: FigureState): void {
  const { text } = paragraph;
  for (const { printed, index: start, noun, parsed, error } of findFigureCandidates(text)) {
    const position = positionOf(ctx.segments.source, paragraph, start);
    if (parsed === null) {
      ctx.notes.push({ kind: 'uncertain', field: 'figures', message: `"${printed}" trông như số liệu nhưng không đọc được theo kiểu vi-VN: ${error}`, line: position.line });
      continue;
    }
    // "đến 20/9" is a date written without "ngày": a count never exceeds its total.
    if (parsed.kind === 'fraction' && parsed.unit === null && parsed.value > parsed.total) {
      ctx.notes.push({ kind: 'uncertain', field: 'figures', message: `"${printed}" đọc như phân số nhưng tử số lớn hơn mẫu số (có thể là ngày tháng); chưa ghi`, line: position.line });
      continue;
    }
    const clause = clauseAround(text, start, start + printed.length, ctx.segments.source);
    const span = { start: position.offset, end: positionOf(ctx.segments.source, paragraph, start + printed.length - 1).offset + 1 };
    // The same words read twice are one figure; the same figure printed again elsewhere states
    // another fact and is a row of its own (occurrence.ts).
    if (state.figures.some((f) => sameOccurrence(state.spans.get(f.id)!, span))) continue;
    const printedBefore = state.figures.find((f) => f.printed === printed && f.section === place.section);
    if (printedBefore && TOPIC_BEFORE.test(text.slice(0, start))) {
      ctx.notes.push({ kind: 'uncertain', field: `figures[${printedBefore.id}]`, message: `"${printed}" nhắc lại số liệu đã ghi ở dòng ${printedBefore.line} làm chủ đề của câu ("${text.slice(0, start).trim().split(/\s+/u).slice(-2).join(' ')} ${printed}"); không ghi thêm dòng`, line: position.line });
      continue;
    }
    const ranked = candidates(parsed, noun, ctx.reference.indicators)
      .map((indicator) => ({ indicator, s: score(indicator, tokens(clause), tokens(text)) }))
      .sort((a, b) => b.s - a.s);
    const [best, second] = ranked;
    // Every figure is written; one that no indicator clearly fits gets a blank indicator (the
    // build refuses it until an editor chooses or adds one) and a note with the nearest ones.
    const clear = best !== undefined && best.s >= 2 && (second === undefined || best.s - second.s >= 1);
    const indicator = clear ? best.indicator : null;
    let reason: string;
    if (clear) {
      const shared = tokens(best.indicator.label).filter((t) => tokens(clause).includes(t));
      reason = `chỉ tiêu ${best.indicator.id}: từ chung với nhãn "${best.indicator.label}": ${[...new Set(shared)].join(', ')}${second ? `; kế tiếp ${second.indicator.id}` : ''}`;
    } else {
      const options = ranked.slice(0, 2).map((r) => r.indicator.id).join(', ') || 'không có chỉ tiêu loại này';
      const proposal = proposeIndicator(parsed, noun, text.slice(0, start), ctx.reference.indicators, state.proposedIndicators);
      reason = `chưa có chỉ tiêu (gần nhất: ${options}); đề xuất chỉ tiêu mới ${proposal.id} "${proposal.label}" (${proposal.unit}, ${proposal.kind}) trong indicators-proposed.csv`;
      ctx.notes.push({
        kind: 'uncertain',
        field: 'figures',
        message: `"${printed}" (mục ${place.section}, dòng ${position.line}, cột ${position.column}, giá trị ${describe(parsed)}): không chỉ tiêu nào trong content/indicators.csv khớp rõ (gần nhất: ${options}); đã ghi vào figures.csv với cột indicator để trống — chọn một chỉ tiêu, hoặc duyệt chỉ tiêu đề xuất ${proposal.id} trong indicators-proposed.csv`,
        line: position.line,
      });
    }
    const base = indicator?.id ?? `so-lieu-${kindSlug(parsed)}`;
    let id = place.ref ? `${place.ref}-${base}` : base;
    for (let n = 2; state.usedIds.has(id); n++) id = `${place.ref ? `${place.ref}-` : ''}${base}-${n}`;
    state.usedIds.add(id);
    state.spans.set(id, span);
    if (printedBefore) {
      ctx.notes.push({ kind: 'uncertain', field: `figures[${id}]`, message: `"${printed}" in lại số liệu đã ghi ở dòng ${printedBefore.line} (${printedBefore.id}); ghi thành dòng riêng vì ở chỗ khác trong văn bản — xóa nếu chỉ là nhắc lại cùng một số liệu`, line: position.line });
    }
    const total = parsed.kind === 'fraction' ? parsed.total : null;
    const isCount = parsed.kind === 'fraction' && parsed.unit === null;
    // A change keeps its direction: "giảm 3,2%" is a fall of 3.2 points, not a rate of 3.2%.
    const change = CHANGE_BEFORE.exec(text.slice(Math.max(0, start - 24), start))?.[1]?.toLowerCase() ?? null;
    const rangeEnd = /(?:^|\s)(?:từ\s+)?$/u.test(text.slice(0, start)) && /^ ?(?:đến|tới|-|–) /u.test(text.slice(start + printed.length));
    if (change !== null) {
      ctx.notes.push({ kind: 'uncertain', field: `figures[${id}]`, message: `"${printed}" là mức ${change.startsWith('giảm') ? 'giảm' : 'tăng'} ("${change} ${printed}"); ghi giá trị như in, chiều ${change.startsWith('giảm') ? 'giảm' : 'tăng'} ghi ở cột subject — kiểm tra`, line: position.line });
    }
    if (rangeEnd || /(?:đến|tới|-|–) $/u.test(text.slice(0, start))) {
      ctx.notes.push({ kind: 'uncertain', field: `figures[${id}]`, message: `"${printed}" là một đầu của khoảng hay mức thay đổi "từ … đến …"; mỗi đầu một dòng — kiểm tra`, line: position.line });
    }
    const at = asOf(text, start, ctx.year);
    if (at?.period) {
      ctx.notes.push({ kind: 'uncertain', field: `figures[${id}].as_of`, message: `thời điểm ${at.iso} là cuối kỳ "${at.period}"${/\d{4}/u.test(at.period) ? '' : ` (năm ${at.iso.slice(0, 4)} của văn bản)`} — kiểm tra`, line: position.line });
    }
    state.figures.push({
      id,
      locality: place.locality,
      indicator: indicator?.id ?? null,
      as_of: at?.iso ?? null,
      value: parsed.value,
      unit: indicator?.unit ?? naturalUnit(parsed, noun),
      denominator: isCount ? total : null,
      target: isCount ? null : total,
      printed,
      excerpt: clause,
      section: place.section,
      subject: change === null ? null : `mức ${change.startsWith('giảm') ? 'giảm' : 'tăng'}`,
      reason,
      ref: place.ref,
      line: position.line,
      column: position.column,
      offset: position.offset,
    });
  }
}

/** The unit a figure is printed in, when no indicator gives it: đồng, %, or what is counted. */
function naturalUnit(p: PrintedFigure, noun: string | null): string {
  if (p.kind === 'amount') return 'đồng';
  if (p.kind === 'percent') return '%';
  if (p.kind === 'quantity') return p.unit;
  return p.unit ?? noun ?? '';
}

function kindSlug(p: PrintedFigure): string {
  return p.kind === 'amount' ? 'so-tien' : p.kind === 'percent' ? 'ty-le' : p.kind === 'fraction' ? 'ti-so' : 'so-luong';
}

function describe(p: PrintedFigure): string {
  if (p.kind === 'fraction') return `${p.value}/${p.total}`;
  if (p.kind === 'quantity') return `${p.value} ${p.unit}`;
  return p.kind === 'percent' ? `${p.value}%` : `${p.value} đồng`;
}
