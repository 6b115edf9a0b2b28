/**
 * Every figure printed in the sections of a notice: amounts (`17,420 tỷ đồng`, `3.740 triệu
 * đồng`, `trên 226,3 tỷ đồng`), rates (`100,65%`, `gần 53%`), counts of a total (`09/19 tiêu
 * chí`, `300,9/4.128,9 tỷ đồng`) and counted or measured quantities (`02 nhà văn hóa thôn`,
 * `khoảng 10km`). Values are read by src/domain/vi-number.ts, the same parser the build checks with.
 *
 * The indicator is chosen by the words around the figure; when no indicator of
 * content/indicators.csv clearly fits, the figure is not written as a row but listed for review.
 */
import { findVerbatim } from '../domain/verbatim.ts';
import { parsePrintedFigure, type PrintedFigure } from '../domain/vi-number.ts';
import type { IndicatorRow } from '../domain/schemas/indicator.ts';
import type { ExtractContext } from './context.ts';
import type { DraftFigure } from './draft.ts';
import { findDates } from './extract-dates.ts';
import { positionOf, type Paragraph } from './segment.ts';

const N = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
const QUAL = String.raw`(?:(?:khoảng|gần|trên|dưới) )?`;
const MONEY = String.raw`(?:tỷ|tỉ|triệu|nghìn|ngàn) đồng|đồng`;
/** Units a quantity is measured in, as opposed to things counted ("02 nhà văn hóa thôn"). */
const MEASURES = ['km', 'm', 'ha', 'm2', 'm3', 'tấn', 'kg', 'lít'];
const STOP = String.raw`thuộc|để|của|trên|tại|với|và|đã|được|cho|theo|từ|gồm|là|có|đến|trong|nhằm|chưa|đạt|còn`;
const WORD = String.raw`[\p{L}\p{M}]+`;
const NOUN = String.raw`(?!(?:${STOP})(?![\p{L}]))${WORD}(?: (?!(?:${STOP})(?![\p{L}]))${WORD}){0,5}`;
const FIGURE_RE = new RegExp(
  String.raw`(?<![\p{L}\d/.,])(?:` +
    String.raw`(?<moneyFraction>(?:${N}) ?/ ?(?:${N}) (?:${MONEY}))` +
    String.raw`|(?<amount>${QUAL}(?:${N}) ?(?:${MONEY}))(?![\p{L}])` +
    String.raw`|(?<percent>${QUAL}(?:${N}) ?%)` +
    String.raw`|(?<fraction>(?:${N}) ?/ ?(?:${N}))(?![\d/]|\s?\/)(?<fractionNoun> ${WORD}(?: ${WORD})?)?` +
    String.raw`|(?<measure>${QUAL}(?:${N}) ?(?:${MEASURES.join('|')}))(?![\p{L}\d])` +
    String.raw`|(?<count>${QUAL}0[1-9] ${NOUN})` +
    ')',
  'gu',
);
/** Words that start the name of built works, the things a "công trình" count is made of. */
const WORKS = ['công trình', 'nhà', 'tuyến', 'đường', 'trạm', 'cầu', 'trường', 'trụ sở', 'chợ', 'sân', 'kênh', 'hồ', 'đập', 'điểm'];
const STOPWORDS = new Set(['và', 'các', 'của', 'với', 'cho', 'theo', 'trên', 'tại', 'được', 'thực', 'hiện', 'năm', 'so']);
const NEGATIONS = ['chưa', 'không'];

/** Where a figure sits: its section, the locality the section is about, a proposal it belongs to. */
export interface FigurePlace {
  section: string;
  locality: string | null;
  ref: string | null;
}

export interface FigureState {
  figures: DraftFigure[];
  usedIds: Set<string>;
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
      const byUnit = noun === null ? [] : list.filter((i) => noun.toLowerCase().startsWith(i.unit));
      return byUnit.length > 0 ? byUnit : list;
    }
    case 'quantity': {
      const measured = MEASURES.includes(parsed.unit);
      const noun = parsed.unit.toLowerCase();
      // A count fits an indicator only if it counts that indicator's things: "02 nhà văn hóa
      // thôn" are works, "02 xã vùng III" and "03 chương trình" are not.
      const counts = (i: IndicatorRow): boolean =>
        i.unit === 'công trình' ? WORKS.some((w) => noun.startsWith(w)) : noun.startsWith(i.unit);
      return indicators.filter((i) => i.kind === 'quantity' && (measured ? i.unit === parsed.unit : !MEASURES.includes(i.unit) && counts(i)));
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

/** Date the figure stands at: "đến 31/03/2024" earlier in the same ';'-separated part. */
function asOf(text: string, start: number): string | null {
  const part = text.slice(text.lastIndexOf(';', start) + 1, start);
  const dates = findDates(part, null).filter((d) => /(?:đến|tại)(?: hết)? $/u.test(part.slice(0, d.index)));
  return dates.at(-1)?.iso ?? null;
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
  for (const m of text.matchAll(FIGURE_RE)) {
    const g = m.groups!;
    const printed = (g['moneyFraction'] ?? g['amount'] ?? g['percent'] ?? g['fraction'] ?? g['measure'] ?? g['count'])!;
    if (/(?:số|ngày|tháng|Đoàn|đoàn) $/u.test(text.slice(0, m.index))) continue;
    const noun = g['fractionNoun']?.trim() ?? null;
    try {
      out.push({ printed, index: m.index, noun, parsed: parsePrintedFigure(printed), error: null });
    } catch (error) {
      out.push({ printed, index: m.index, noun, parsed: null, error: (error as Error).message });
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
    const repeat = state.figures.find((f) => f.printed === printed && f.section === place.section && f.locality === place.locality);
    if (repeat) {
      ctx.notes.push({ kind: 'uncertain', field: `figures[${repeat.id}]`, message: `"${printed}" lặp lại số liệu đã ghi (dòng ${repeat.line}); không ghi thêm dòng`, line: position.line });
      continue;
    }
    const ranked = candidates(parsed, noun, ctx.reference.indicators)
      .map((indicator) => ({ indicator, s: score(indicator, tokens(clause), tokens(text)) }))
      .sort((a, b) => b.s - a.s);
    const [best, second] = ranked;
    if (!best || best.s < 2 || (second !== undefined && best.s - second.s < 1)) {
      const options = ranked.slice(0, 2).map((r) => r.indicator.id).join(', ') || 'không có chỉ tiêu loại này';
      ctx.notes.push({
        kind: 'uncertain',
        field: 'figures',
        message: `"${printed}" (mục ${place.section}, dòng ${position.line}, cột ${position.column}, giá trị ${describe(parsed)}): không chỉ tiêu nào trong content/indicators.csv khớp rõ (gần nhất: ${options}); chưa ghi vào figures.csv — thêm dòng nếu cần`,
        line: position.line,
      });
      continue;
    }
    const indicator = best.indicator;
    let id = place.ref ? `${place.ref}-${indicator.id}` : indicator.id;
    for (let n = 2; state.usedIds.has(id); n++) id = `${place.ref ? `${place.ref}-` : ''}${indicator.id}-${n}`;
    state.usedIds.add(id);
    const total = parsed.kind === 'fraction' ? parsed.total : null;
    const isCount = parsed.kind === 'fraction' && parsed.unit === null;
    state.figures.push({
      id,
      locality: place.locality,
      indicator: indicator.id,
      as_of: asOf(text, start),
      value: parsed.value,
      unit: indicator.unit,
      denominator: isCount ? total : null,
      target: isCount ? null : total,
      printed,
      excerpt: clause,
      section: place.section,
      subject: null,
      ref: place.ref,
      line: position.line,
      column: position.column,
      offset: position.offset,
    });
  }
}

function describe(p: PrintedFigure): string {
  if (p.kind === 'fraction') return `${p.value}/${p.total}`;
  if (p.kind === 'quantity') return `${p.value} ${p.unit}`;
  return p.kind === 'percent' ? `${p.value}%` : `${p.value} đồng`;
}
