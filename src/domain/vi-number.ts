/**
 * Parsing of figures printed the vi-VN way: "," is the decimal mark and "."
 * groups thousands (`17,420 tỷ đồng` is 17.42 billion đồng, not 17 thousand).
 *
 * Values are carried as a BigInt mantissa and a decimal exponent until the very
 * end, so that applying a unit (`tỷ` = 10^9) never introduces float drift.
 */

/**
 * Thrown when a text is not in the expected vi-VN form; the message quotes the value found. The
 * messages of the figure parsers below are Vietnamese: the loader shows them to the clerks who
 * publish (load/check-figures.ts), the importer in its review notes.
 */
export class ViParseError extends Error {
  /** The (NFC-normalized) text that could not be parsed. */
  readonly found: string;

  /**
   * @param found the value that was found
   * @param problem what is wrong with it and which form was expected, e.g.
   *   `không phải số theo cách viết Việt Nam: dấu "," là dấu thập phân`
   */
  constructor(found: string, problem: string, options?: ErrorOptions) {
    super(`"${found}" ${problem}`, options);
    this.name = 'ViParseError';
    this.found = found;
  }
}

/**
 * Hedge words that may precede a printed figure and change what it claims: about, nearly,
 * nearly equal to, over, more than, under, not yet, roughly, estimated, at least, at most,
 * from ("đạt từ 40%": 40% or more; in "từ X đến Y" the importer reads a range, not this), and
 * reached ("đạt 104,99% dự toán": the figure is a level attained, kept as printed, as issue 11
 * lists it among the words to keep; "chưa đạt 50%" is no such claim and the importer leaves it).
 * Longer forms first, so "gần bằng" is not read as "gần" nor "ước đạt" as "đạt".
 */
export const QUALIFIERS = [
  'gần bằng', 'khoảng', 'gần', 'trên', 'hơn', 'dưới', 'chưa đến', 'chưa tới', 'xấp xỉ',
  'ước đạt', 'ước', 'ít nhất', 'tối thiểu', 'tối đa', 'không quá', 'từ', 'đạt',
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** Money units, with their canonical spelling. */
export type AmountUnit = 'đồng' | 'nghìn đồng' | 'triệu đồng' | 'tỷ đồng';

/** A figure as printed in a notice, discriminated by `kind`. */
export type PrintedFigure =
  | { kind: 'amount'; value: number; qualifier: Qualifier | null }
  | { kind: 'percent'; value: number; qualifier: Qualifier | null }
  | { kind: 'fraction'; value: number; total: number; unit: 'đồng' | null }
  | { kind: 'quantity'; value: number; unit: string; qualifier: Qualifier | null };

/** Power of ten of each money unit, relative to đồng. */
export const AMOUNT_UNIT_POWER: Readonly<Record<AmountUnit, number>> = {
  'đồng': 0,
  'nghìn đồng': 3,
  'triệu đồng': 6,
  'tỷ đồng': 9,
};

// Spelling variants seen in official text: "tỉ" is an accepted spelling of "tỷ",
// and "ngàn" is the southern form of "nghìn".
const UNIT_SPELLINGS: Readonly<Record<string, AmountUnit>> = {
  'đồng': 'đồng',
  'nghìn đồng': 'nghìn đồng',
  'ngàn đồng': 'nghìn đồng',
  'triệu đồng': 'triệu đồng',
  'tỷ đồng': 'tỷ đồng',
  'tỉ đồng': 'tỷ đồng',
};

const NUMBER = String.raw`\d[\d.,]*`;
const QUALIFIER = `(?:(${QUALIFIERS.join('|')}) )?`;
const MONEY_UNIT = String.raw`(đồng|nghìn đồng|ngàn đồng|triệu đồng|tỷ đồng|tỉ đồng)`;
// A grouped number must not start with 0: "0.123" would be an en-US decimal.
const GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$/u;
const UNGROUPED = /^\d+(?:,\d+)?$/u;

const AMOUNT_RE = new RegExp(`^${QUALIFIER}(${NUMBER}) ?${MONEY_UNIT}$`, 'iu');
const PERCENT_RE = new RegExp(`^${QUALIFIER}(${NUMBER}) ?%$`, 'iu');
const FRACTION_RE = new RegExp(`^(${NUMBER}) ?/ ?(${NUMBER})(?: (.+))?$`, 'u');
// A unit or noun starts with a letter; later characters may include digits ("m2", "m3/ngày").
const NOUN = String.raw`\p{L}[\p{L}\p{M}\p{N}/-]*(?: [\p{L}\p{M}\p{N}/-]+)*`;
const QUANTITY_RE = new RegExp(`^${QUALIFIER}(${NUMBER})(?: ?(${NOUN}))?$`, 'iu');
const NOUN_RE = new RegExp(`^${NOUN}$`, 'u');
const MONEY_TAIL_RE = new RegExp(`(?:^| )${MONEY_UNIT}$`, 'iu');
const MONEY_ONLY_RE = new RegExp(`^${MONEY_UNIT}$`, 'iu');

const NUMBER_FORM =
  'không phải số theo cách viết Việt Nam: dấu "." phân cách hàng nghìn (mỗi nhóm ba chữ số), dấu "," là dấu thập phân (ví dụ 17,420 hoặc 3.740)';

/** An exact decimal: `mantissa × 10^exponent`. */
interface Decimal {
  mantissa: bigint;
  exponent: number;
}

/** NFC-normalizes and collapses whitespace, since notices are often pasted as NFD with stray spaces. */
export function normalizeViText(text: string): string {
  // Fast path for the common case (already NFC, single spaces): normalize() is costly on
  // thousands of notices, and only decomposed text carries combining marks.
  const nfc = /[\u0300-\u036f]/u.test(text) ? text.normalize('NFC') : text;
  return /\s\s|[^\S ]|^\s|\s$/u.test(nfc) ? nfc.replace(/\s+/gu, ' ').trim() : nfc;
}

function parseDecimal(raw: string): Decimal {
  if (!GROUPED.test(raw) && !UNGROUPED.test(raw)) throw new ViParseError(raw, NUMBER_FORM);
  const [whole = '', fraction = ''] = raw.replaceAll('.', '').split(',');
  return { mantissa: BigInt(whole + fraction), exponent: -fraction.length };
}

// Going through a decimal string lets the engine round once, to the nearest double.
function toNumber({ mantissa, exponent }: Decimal, power = 0): number {
  return Number(`${mantissa}e${exponent + power}`);
}

function parseQualifier(word: string | undefined): Qualifier | null {
  return word === undefined ? null : (word.toLowerCase() as Qualifier);
}

// Re-throws a bad inner number with the whole text, so the message shows both.
function numberWithin(raw: string, text: string, what: string): Decimal {
  try {
    return parseDecimal(raw);
  } catch (error) {
    if (!(error instanceof ViParseError)) throw error;
    throw new ViParseError(text, `không phải ${what}: ${error.message}`, { cause: error });
  }
}

/**
 * Parses a bare vi-VN number: `17,420` → 17.42, `3.740` → 3740, `3.798,254` → 3798.254,
 * `04` → 4. Rejects bad grouping (`17.42`, `1.2345`), en-US forms (`1,234.5`) and anything else.
 * @throws {ViParseError}
 */
export function parseViNumber(text: string): number {
  return toNumber(parseDecimal(normalizeViText(text)));
}

/**
 * Parses a money amount into đồng: `17,420 tỷ đồng` → 17420000000, `3.740 triệu đồng`,
 * `trên 226,3 tỷ đồng` (qualifier `trên`), `500 nghìn đồng`, `1.000 đồng`. `tỉ` is accepted for `tỷ`.
 * @throws {ViParseError}
 */
export function parseViAmount(text: string): { value: number; qualifier: Qualifier | null } {
  const clean = normalizeViText(text);
  const what = 'một số tiền theo cách viết Việt Nam (ví dụ "17,420 tỷ đồng", "trên 3.740 triệu đồng")';
  const match = AMOUNT_RE.exec(clean);
  if (!match) throw new ViParseError(clean, `không phải ${what}`);
  const [, qualifier, raw = '', unit = ''] = match;
  const power = AMOUNT_UNIT_POWER[UNIT_SPELLINGS[unit.toLowerCase()] ?? 'đồng'];
  return { value: toNumber(numberWithin(raw, clean, what), power), qualifier: parseQualifier(qualifier) };
}

/**
 * Parses a percentage, keeping it in percent units: `35,16%` → 35.16, `gần 53%`, `35,16 %`.
 * @throws {ViParseError}
 */
export function parseViPercent(text: string): { value: number; qualifier: Qualifier | null } {
  const clean = normalizeViText(text);
  const what = 'một tỷ lệ phần trăm theo cách viết Việt Nam (ví dụ "35,16%", "gần 53%")';
  const match = PERCENT_RE.exec(clean);
  if (!match) throw new ViParseError(clean, `không phải ${what}`);
  const [, qualifier, raw = ''] = match;
  return { value: toNumber(numberWithin(raw, clean, what)), qualifier: parseQualifier(qualifier) };
}

/**
 * Parses a printed ratio: `09/19` → {9, 19}, `04/04 công trình` (trailing noun ignored),
 * `300,9/4.128,9 tỷ đồng` → both sides in đồng with `unit: 'đồng'`. The total must be non-zero.
 * @throws {ViParseError}
 */
export function parseViFraction(text: string): { value: number; total: number; unit: 'đồng' | null } {
  const clean = normalizeViText(text);
  const what = 'một phân số theo cách viết Việt Nam (ví dụ "09/19", "04/04 công trình", "300,9/4.128,9 tỷ đồng")';
  const match = FRACTION_RE.exec(clean);
  const tail = match?.[3];
  const money = tail === undefined ? null : MONEY_ONLY_RE.exec(tail);
  if (!match || (tail !== undefined && !money && !NOUN_RE.test(tail))) {
    throw new ViParseError(clean, `không phải ${what}`);
  }
  const unit = money?.[1];
  const power = unit === undefined ? 0 : AMOUNT_UNIT_POWER[UNIT_SPELLINGS[unit.toLowerCase()] ?? 'đồng'];
  const value = toNumber(numberWithin(match[1] ?? '', clean, what), power);
  const total = toNumber(numberWithin(match[2] ?? '', clean, what), power);
  if (total === 0) throw new ViParseError(clean, `không phải ${what}: tổng số bằng 0`);
  return { value, total, unit: unit === undefined ? null : 'đồng' };
}

/**
 * Parses a counted or measured quantity: `02 nhà văn hóa thôn` → {2, 'nhà văn hóa thôn'},
 * `khoảng 10km` → {10, 'km', 'khoảng'}. A bare number gives `unit: ''`. Money units are
 * rejected (use {@link parseViAmount}).
 * @throws {ViParseError}
 */
export function parseViQuantity(text: string): { value: number; unit: string; qualifier: Qualifier | null } {
  const clean = normalizeViText(text);
  const what = 'một số lượng theo cách viết Việt Nam (ví dụ "02 nhà văn hóa thôn", "khoảng 10 km")';
  const match = QUANTITY_RE.exec(clean);
  if (!match) throw new ViParseError(clean, `không phải ${what}`);
  const [, qualifier, raw = '', unit = ''] = match;
  if (AMOUNT_RE.test(clean)) throw new ViParseError(clean, `không phải ${what}: đây là một số tiền`);
  return { value: toNumber(numberWithin(raw, clean, what)), unit, qualifier: parseQualifier(qualifier) };
}

/**
 * Parses any printed figure: a percentage if it ends with `%`, a fraction if a `/` sits between
 * two numbers, an amount if it ends with a money unit, otherwise a quantity.
 * The fraction test comes before the amount test because `300,9/4.128,9 tỷ đồng` ends with a money unit.
 * @throws {ViParseError} naming the text when no form fits
 */
export function parsePrintedFigure(text: string): PrintedFigure {
  const clean = normalizeViText(text);
  if (clean.endsWith('%')) return { kind: 'percent', ...parseViPercent(clean) };
  if (/\d ?\/ ?\d/u.test(clean)) return { kind: 'fraction', ...parseViFraction(clean) };
  if (MONEY_TAIL_RE.test(clean)) return { kind: 'amount', ...parseViAmount(clean) };
  try {
    return { kind: 'quantity', ...parseViQuantity(clean) };
  } catch (error) {
    if (!(error instanceof ViParseError)) throw error;
    throw new ViParseError(
      clean,
      'không phải một số liệu như in: cần một số tiền ("17,420 tỷ đồng"), một tỷ lệ phần trăm ("35,16%"), ' +
        `một phân số ("09/19") hoặc một số lượng ("02 nhà văn hóa thôn"); ${error.message}`,
      { cause: error },
    );
  }
}
