/**
 * Finds the localities a notice names ("huyện Tràng Định", "xã Tân Minh, Chí Minh") and
 * matches each to the register by type and name, tolerant of diacritics and typos. A match that
 * is not exact is returned as fuzzy, so the report can show it ("Trảng Định" → 180 Tràng Định);
 * a name that fits several units or none is returned unmatched, never guessed.
 */
import { distance } from 'fastest-levenshtein';
import { matchKey } from './match-key.ts';
import type { RegisterUnit } from './reference-lists.ts';

/** A locality named in the text. */
export interface LocalityMention {
  /** Type word in lower case, or the type of the mention it continues (`xã Tân Minh, Chí Minh`). */
  type: string;
  name: string;
  /** The words as printed: `huyện Trảng Định`, or just `Chí Minh` for a continuation. */
  printed: string;
  /** Index of `printed` in the text searched. */
  index: number;
}

export interface LocalityMatch {
  mention: LocalityMention;
  unit: RegisterUnit | null;
  /**
   * `exact`, `diacritics` (same letters, other marks: Trảng/Tràng), `typo` (edit distance);
   * `other-province`: a unit of another province (in `candidates`), never a Lạng Sơn unit;
   * `none`: no unit of the country has this name (a person's name after "huyện" is no unit).
   */
  how: 'exact' | 'diacritics' | 'typo' | 'none' | 'ambiguous' | 'other-province';
  candidates: RegisterUnit[];
}

// No "i" flag: with it \p{Lu} would match lower case too, and "huyện ủy" is not a unit.
const TYPE = String.raw`([Tt]hành phố|[Tt]hị xã|[Tt]hị trấn|[Tt]ỉnh|[Hh]uyện|[Qq]uận|[Xx]ã|[Pp]hường)`;
const NAME = String.raw`\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*)*`;
const MENTION_RE = new RegExp(`(?<![\\p{L}])${TYPE} (${NAME})`, 'gu');
// Headings print names in capitals: "UBND HUYỆN TRÀNG ĐỊNH".
const UPPER_TYPE = String.raw`(THÀNH PHỐ|THỊ XÃ|THỊ TRẤN|TỈNH|HUYỆN|QUẬN|XÃ|PHƯỜNG)`;
const UPPER_NAME = String.raw`\p{Lu}+(?: \p{Lu}+)*`;
const UPPER_RE = new RegExp(`(?<![\\p{L}])${UPPER_TYPE} (${UPPER_NAME})(?![\\p{L}])`, 'gu');
const titleCase = (words: string): string =>
  words.toLocaleLowerCase('vi').replace(/(^|\s)(\p{Ll})/gu, (_m, space: string, c: string) => space + c.toLocaleUpperCase('vi'));
const CONTINUATION_RE = new RegExp(`^(?:, | và )(${NAME})`, 'u');

/** Every typed mention in `text`, with untyped continuations (`xã Tân Minh, Chí Minh`). */
export function findLocalityMentions(text: string, units: readonly RegisterUnit[]): LocalityMention[] {
  const out: LocalityMention[] = [];
  for (const m of text.matchAll(MENTION_RE)) {
    const type = m[1]!.toLowerCase();
    out.push({ type, name: m[2]!, printed: m[0], index: m.index });
    let end = m.index + m[0].length;
    for (let c = CONTINUATION_RE.exec(text.slice(end)); c; c = CONTINUATION_RE.exec(text.slice(end))) {
      const name = c[1]!;
      // A continuation counts only if a unit of that type has exactly this name (folded).
      if (!units.some((u) => u.type === type && matchKey(u.name) === matchKey(name))) break;
      out.push({ type, name, printed: name, index: end + c[0].length - name.length });
      end += c[0].length;
    }
  }
  for (const m of text.matchAll(UPPER_RE)) {
    out.push({ type: m[1]!.toLocaleLowerCase('vi'), name: titleCase(m[2]!), printed: m[0], index: m.index });
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * Units of the register named without their type word ("dự án tại Tràng Định"): names of two
 * syllables or more that only one unit carries, outside the typed mentions. They are reported
 * for review, not attached: a bare name may be a project's or a road's ("cao tốc Đồng Đăng").
 */
export function findUntypedMentions(text: string, units: readonly RegisterUnit[], typed: readonly LocalityMention[]): { units: RegisterUnit[]; index: number }[] {
  const covered = (i: number, len: number): boolean => typed.some((m) => i < m.index + m.printed.length && m.index < i + len);
  const out: { units: RegisterUnit[]; index: number }[] = [];
  const names = new Map<string, RegisterUnit[]>();
  for (const u of units) if (u.name.includes(' ')) names.set(u.name, [...(names.get(u.name) ?? []), u]);
  for (const [name, list] of names) {
    // "Lạng Sơn" alone names the province as often as its city: never reported bare.
    if (list.some((u) => u.type === 'tỉnh')) continue;
    for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1)) {
      const before = text[i - 1] ?? ' ';
      const after = text[i + name.length] ?? ' ';
      if (/[\p{L}\p{M}]/u.test(before) || /[\p{L}\p{M}]/u.test(after) || covered(i, name.length)) continue;
      // Every unit of that name: a district before 2025 and a commune after may share it.
      out.push({ units: list, index: i });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * Matches a mention to the register. `near` are ids of units the context points to (the
 * inspected district, a district named right after a commune); among several units of the same
 * name, those under them win.
 */
export function matchLocality(mention: LocalityMention, units: readonly RegisterUnit[], near: readonly string[] = [], others: readonly RegisterUnit[] = []): LocalityMatch {
  const ofType = units.filter((u) => u.type === mention.type);
  const otherOfType = others.filter((u) => u.type === mention.type);
  const key = matchKey(mention.name);
  const elsewhere = (list: RegisterUnit[]): LocalityMatch | null => (list.length === 0 ? null : { mention, unit: null, how: 'other-province', candidates: list });
  const pick = (list: RegisterUnit[], how: LocalityMatch['how']): LocalityMatch | null => {
    if (list.length === 0) return null;
    const preferred = list.length > 1 ? list.filter((u) => near.includes(u.id) || (u.parentId !== null && near.includes(u.parentId))) : list;
    if (preferred.length === 1) return { mention, unit: preferred[0]!, how, candidates: list };
    return { mention, unit: null, how: 'ambiguous', candidates: list };
  };
  // A unit of another province is recognised before any loose match to Lạng Sơn: "huyện Trà
  // Lĩnh" (Cao Bằng) never becomes a Lạng Sơn unit by a slip of one letter.
  const result =
    pick(ofType.filter((u) => u.name === mention.name), 'exact') ??
    elsewhere(otherOfType.filter((u) => u.name === mention.name)) ??
    pick(ofType.filter((u) => matchKey(u.name) === key), 'diacritics') ??
    elsewhere(otherOfType.filter((u) => matchKey(u.name) === key)) ??
    pick(
      ofType.filter((u) => {
        const other = matchKey(u.name);
        // One slip per five letters at most, and never on short names ("Na" is not "Ba").
        return key.length >= 5 && distance(key, other) <= Math.floor(key.length / 5);
      }),
      'typo',
    );
  return result ?? { mention, unit: null, how: 'none', candidates: [] };
}
