/**
 * What the search page needs to treat a query typed without diacritics like one typed with them.
 * Pagefind folds tone marks ("trang" finds "Tràng") but not đ, so "dinh" finds only the hidden
 * diacritic-free copies of page names, not the notice text that says "Định". The search page
 * rewrites each query word that is a folded form of a word with đ in the site's text
 * ("dinh" → "đinh") before searching, so "trang dinh" finds and ranks what "Tràng Định" does.
 */
import type { Model } from '../domain/model.ts';
import { withoutDiacritics } from '../domain/slug.ts';
import { eraKind } from '../domain/unit-validity.ts';
import { eraLabel } from './reform-eras.ts';
import { localityUrl } from './urls.ts';

/** Lower case, tone marks and other diacritics removed, đ kept: `Định` → `đinh`. */
const withoutTones = (word: string): string => word.toLowerCase().normalize('NFD').replace(/\p{Mn}/gu, '').normalize('NFC');

/** Every text of the model a reader can search for. */
function searchableTexts(model: Model): string[] {
  return [
    ...model.localities.map((l) => l.name),
    ...model.agencies.map((a) => a.name),
    ...model.indicators.map((i) => i.label),
    ...model.notices.flatMap((n) => [n.title, n.shortTitle, ...n.sourceLines]),
  ];
}

/**
 * Folded word → the same word with its đ (`dinh` → `đinh`), for words of the site's text that
 * have a đ. A folded form that is also a word of its own without đ (`dong` in "Dòng") is left
 * out: rewriting it would lose that word.
 */
export function dWordMap(model: Model): Record<string, string> {
  // Each distinct word once: an archive repeats the same few thousand words (1.5 s → a tenth at 5,000 notices).
  const words = new Set<string>();
  for (const text of searchableTexts(model)) for (const word of text.split(/[^\p{L}\p{N}]+/u)) if (word) words.add(word);
  const map = new Map<string, string>();
  const plain = new Set<string>();
  for (const word of words) {
    const bare = withoutTones(word);
    if (bare.includes('đ')) map.set(withoutDiacritics(bare), bare);
    else plain.add(bare);
  }
  return Object.fromEntries([...map].filter(([folded]) => !plain.has(folded)).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * The other names a unit's page is found by, as its page's search metadata (field `ten-khac`):
 * the units merged into it, what it became (2025 reform) and its code, without diacritics (đ → d).
 * Pagefind folds tone marks itself but not đ, so "dong dang" finds Đồng Đăng by these.
 */
export function otherNames(locality: Pick<Model['localities'][number], 'predecessors' | 'successors' | 'code'>): string {
  const names = [...locality.predecessors.map((p) => p.name), ...locality.successors.map((s) => s.name), ...(locality.code ? [locality.code] : [])];
  return [...new Set(names.map(withoutDiacritics))].join(' · ');
}

/** A whole query folded as the search page folds it: lower case, no diacritics, đ as d, one space. */
const foldQuery = (text: string): string => withoutDiacritics(text.toLowerCase()).replace(/\s+/gu, ' ').trim();

/**
 * Folded unit name → the name as written (`trang dinh` → `tràng định`, `xa trang dinh` →
 * `xã tràng định`), with and without its type word, for names that fold to one spelling only.
 * A query that is a unit's name without diacritics then searches as that name, so it finds
 * what the name with diacritics finds, in the same order.
 */
export function nameMap(model: Model): Record<string, string> {
  const map = new Map<string, Set<string>>();
  const add = (name: string): void => {
    const key = foldQuery(name);
    if (key.includes(' ')) map.set(key, (map.get(key) ?? new Set()).add(name.toLowerCase()));
  };
  for (const l of model.localities) {
    add(l.name);
    if (l.name.toLowerCase().startsWith(`${l.type.toLowerCase()} `)) add(l.name.slice(l.type.length + 1));
  }
  const unique = [...map].flatMap(([key, names]): [string, string][] => (names.size === 1 ? [[key, [...names].join('')]] : []));
  return Object.fromEntries(unique.sort(([a], [b]) => a.localeCompare(b)));
}

/** A unit the search page names above the results when the query is its name. */
export interface UnitEntry {
  /** The name folded, with and without its type word: `xa trang dinh`, `trang dinh`. */
  keys: string[];
  name: string;
  url: string;
  /** Its era in words (eras.ts): `Đơn vị hành chính hiện nay, từ 01/7/2025`. */
  era: string;
}

/**
 * Every unit of the register, the current ones first (then the former, each in register order),
 * so a reader who types "trang dinh" sees the commune of today before the district of before.
 */
export function unitEntries(model: Model): UnitEntry[] {
  const entry = (l: Model['localities'][number]): UnitEntry => {
    const bare = l.name.toLowerCase().startsWith(`${l.type.toLowerCase()} `) ? l.name.slice(l.type.length + 1) : l.name;
    return { keys: [...new Set([foldQuery(l.name), foldQuery(bare)])], name: l.name, url: localityUrl(l), era: eraLabel(l, model.reform) };
  };
  const current = model.localities.filter((l) => eraKind(l) !== 'cu');
  const former = model.localities.filter((l) => eraKind(l) === 'cu');
  return [...current, ...former].map(entry);
}

/** The search page's sentences ({n} results, {q} the query, {title} a page; src/i18n/vi.ts). */
export interface SearchText {
  found: string;
  none: string;
  sections: string;
}

/** The search page's data block: JSON that cannot close its <script> element. */
export function searchData(model: Model, text: SearchText): string {
  return JSON.stringify({ names: nameMap(model), words: dWordMap(model), units: unitEntries(model), text }).replace(/</g, '\\u003c');
}
