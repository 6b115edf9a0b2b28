/**
 * Matches agency names to `content/agencies.csv`: the list after "Lãnh đạo các Sở, ngành, cơ
 * quan:" (short names, themselves containing commas: "Văn hóa, Thể thao và Du lịch") and full
 * names in directives ("Sở Tài chính"). Old tone placement ("Văn hoá") and small typos match,
 * and are reported as fuzzy; a name that fits nothing is reported, never dropped.
 */
import { distance } from 'fastest-levenshtein';
import type { AgencyRow } from '../domain/schemas/indicator.ts';
import { matchKey } from './match-key.ts';

export interface AgencyMatch {
  printed: string;
  agency: AgencyRow | null;
  how: 'exact' | 'diacritics' | 'typo' | 'none';
}

function matchOne(printed: string, agencies: readonly AgencyRow[]): AgencyMatch {
  const names = (a: AgencyRow): string[] => [a.short_name, a.name];
  const exact = agencies.find((a) => names(a).includes(printed));
  if (exact) return { printed, agency: exact, how: 'exact' };
  const key = matchKey(printed);
  const folded = agencies.find((a) => names(a).some((n) => matchKey(n) === key));
  if (folded) return { printed, agency: folded, how: 'diacritics' };
  const near = agencies.filter((a) => names(a).some((n) => key.length >= 6 && distance(matchKey(n), key) <= Math.floor(key.length / 8)));
  if (near.length === 1) return { printed, agency: near[0]!, how: 'typo' };
  return { printed, agency: null, how: 'none' };
}

/**
 * Splits a printed list of agencies and matches each. At every position the longest run of
 * comma-separated pieces that names an agency wins, so "Văn hóa, Thể thao và Du lịch" stays one.
 */
export function matchAgencyList(list: string, agencies: readonly AgencyRow[]): AgencyMatch[] {
  const pieces = list.replace(/[.;]$/u, '').split(/,\s*/u);
  const out: AgencyMatch[] = [];
  for (let i = 0; i < pieces.length; ) {
    let matched: AgencyMatch | null = null;
    let used = 1;
    for (let k = Math.min(4, pieces.length - i); k >= 1 && matched === null; k--) {
      const m = matchOne(pieces.slice(i, i + k).join(', '), agencies);
      if (m.agency) {
        matched = m;
        used = k;
      }
    }
    out.push(matched ?? { printed: pieces[i]!, agency: null, how: 'none' });
    i += used;
  }
  return out;
}

/**
 * Matches an agency named in running text ("Sở Tài chính", "Sở Văn hoá, Thể thao và Du lịch")
 * by its full name at the start of `text`; returns the longest agency name that fits.
 */
export function matchAgencyAt(text: string, agencies: readonly AgencyRow[]): AgencyMatch | null {
  const key = matchKey(text);
  let best: AgencyMatch | null = null;
  for (const a of agencies) {
    const name = matchKey(a.name);
    if (key === name || key.startsWith(`${name} `) || key.startsWith(`${name},`)) {
      if (best === null || a.name.length > (best.agency?.name.length ?? 0)) {
        const printed = text.slice(0, a.name.length);
        best = { printed, agency: a, how: printed === a.name ? 'exact' : 'diacritics' };
      }
    }
  }
  return best;
}
