/**
 * Measures the importer against texts whose figures and dates were read by hand
 * (tests/fixtures/import-real/expected.json): precision and recall of the figures it writes to
 * figures.csv (value, unit and qualifier all right), money figures off by a scale, and dates.
 * Used by `npm run import:eval` and its test.
 */
import { parsePrintedFigure } from '../domain/vi-number.ts';
import type { Draft } from './draft.ts';
import { ANY_LEAP_YEAR, findDates } from './extract-dates.ts';
import { yearlessDates } from './event-year.ts';
import { importText } from './index.ts';
import type { Reference } from './reference-lists.ts';

export interface ExpectedFigure {
  printed: string;
  value: number;
  total?: number;
  /** đồng, %, or the noun counted: the figure's unit must start with it. */
  unit: string;
  qualifier: string | null;
}

export interface ExpectedFile {
  file: string;
  source: string;
  kind: string;
  /**
   * When the text was added: `seen` (developed against), `unseen-1` (added unseen, measured,
   * then tuned on), `unseen-2` (added later, measured untouched, then tuned on), `unseen-3` (17
   * texts read by hand by someone who never ran the importer, measured untouched, then tuned
   * on), `unseen-4` (17 more texts read the same way, measured untouched and left untuned: the
   * measure of issue 11's target). A new set is measured before the importer is changed for it;
   * `tuned` says when that has happened.
   */
  set: string;
  /** True once the importer has been tuned on the text. */
  tuned: boolean;
  figures: ExpectedFigure[];
  dates: string[];
  /**
   * Every date printed without a year, with the date the text settles (`date`, read by hand) and
   * the words it rests on, or `date: null` when the text does not say the year.
   */
  yearless?: { printed: string; date: string | null; basis: string | null }[];
}

export interface FoundFigure {
  printed: string;
  value: number;
  total: number | null;
  unit: string;
  qualifier: string | null;
}

export interface FileScore {
  file: string;
  set: string;
  tuned: boolean;
  expected: number;
  found: number;
  matched: number;
  /** Expected figures not written (or written with a wrong value, unit or qualifier). */
  missed: ExpectedFigure[];
  /** Written figures that match no expected one. */
  extra: FoundFigure[];
  /** Money figures whose value is the expected one times 1 000, 10^6 or 10^9 (or divided). */
  scaleErrors: string[];
  dates: { expected: number; found: number; matched: number; missed: string[]; extra: string[] };
  /**
   * Dates printed without a year: `right` when the importer gives the date the text settles, or
   * says it cannot tell where the text does not; `wrong` when it gives another date (a guess);
   * the rest it left for review though the text says the year.
   */
  years: { expected: number; right: number; wrong: string[]; left: string[] };
}

const sameNumber = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function fits(found: FoundFigure, want: ExpectedFigure): boolean {
  if (!sameNumber(found.value, want.value)) return false;
  if ((want.total ?? null) !== null ? found.total === null || !sameNumber(found.total, want.total!) : found.total !== null && want.unit !== 'đồng') return false;
  if (found.qualifier !== want.qualifier) return false;
  return found.unit === want.unit || found.unit.startsWith(`${want.unit} `) || (want.unit !== '%' && want.unit !== 'đồng' && found.unit.startsWith(want.unit));
}

/** Figures the draft writes to figures.csv, read back from their printed text. */
function foundFigures(draft: Draft): FoundFigure[] {
  return draft.figures.map((f) => {
    let qualifier: string | null;
    try {
      const p = parsePrintedFigure(f.printed);
      qualifier = 'qualifier' in p ? p.qualifier : null;
    } catch {
      qualifier = null;
    }
    return { printed: f.printed, value: f.value, total: f.denominator ?? f.target, unit: f.unit, qualifier };
  });
}

/**
 * A date as compared: without the word before it ("ngày", "sáng", "chiều" …), in lower case, with
 * single spaces (a date broken over two lines is printed with a line break, read with a space).
 */
const bareDate = (d: string): string => d.replace(/^(?:ngày|sáng|chiều|trưa|tối|đêm)\s+/iu, '').replace(/\s+/gu, ' ').toLowerCase();

export function scoreFile(text: string, expected: ExpectedFile, reference: Reference): FileScore {
  const draft = importText(text, reference, expected.file);
  const found = foundFigures(draft);
  const left = [...expected.figures];
  const extra: FoundFigure[] = [];
  let matched = 0;
  for (const f of found) {
    const i = left.findIndex((w) => fits(f, w));
    if (i === -1) extra.push(f);
    else {
      left.splice(i, 1);
      matched++;
    }
  }
  const scaleErrors: string[] = [];
  for (const f of extra) {
    if (f.unit !== 'đồng') continue;
    for (const w of left) {
      if (w.unit === 'đồng' && [1e3, 1e6, 1e9, 1e-3, 1e-6, 1e-9].some((k) => sameNumber(f.value, w.value * k))) scaleErrors.push(`"${f.printed}" → ${f.value}, expected ${w.value}`);
    }
  }
  const gotDates = findDates(text, ANY_LEAP_YEAR).map((d) => d.printed);
  const wantDates = [...expected.dates];
  const extraDates: string[] = [];
  let datesMatched = 0;
  for (const d of gotDates) {
    const i = wantDates.findIndex((w) => bareDate(w) === bareDate(d));
    if (i === -1) extraDates.push(d);
    else {
      wantDates.splice(i, 1);
      datesMatched++;
    }
  }
  const fm = draft.frontmatter;
  const issued = fm.date === null ? [] : [{ iso: fm.date, basis: fm.datePrinted ?? fm.dateBasis ?? fm.date, what: 'ngày ban hành' }];
  const resolved = yearlessDates(text, issued);
  const years: FileScore['years'] = { expected: expected.yearless?.length ?? 0, right: 0, wrong: [], left: [] };
  for (const want of expected.yearless ?? []) {
    const i = resolved.findIndex((r) => bareDate(r.printed) === bareDate(want.printed));
    const got = i === -1 ? null : resolved.splice(i, 1)[0]!.year;
    const said = got === null ? 'not found' : got.iso === null ? `cannot tell: ${got.reason}` : `${got.iso} (${got.how})`;
    if ((got?.iso ?? null) === want.date) years.right++;
    else if (got?.iso) years.wrong.push(`"${want.printed}" → ${said}, the text says ${want.date ?? 'no year'}`);
    else years.left.push(`"${want.printed}" → ${said}, the text says ${want.date} ("${want.basis}")`);
  }
  return {
    file: expected.file,
    set: expected.set,
    tuned: expected.tuned,
    expected: expected.figures.length,
    found: found.length,
    matched,
    missed: left,
    extra,
    scaleErrors,
    dates: { expected: expected.dates.length, found: gotDates.length, matched: datesMatched, missed: wantDates, extra: extraDates },
    years,
  };
}

const pct = (a: number, b: number): string => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`);

/** The table `npm run import:eval` prints: one line per file, then totals per set. */
export function formatScores(scores: readonly FileScore[]): string {
  const lines = ['file | set | expected | written | right | precision | recall | scale errors | dates right/expected (found) | years right/yearless (wrong)', '--- | --- | --- | --- | --- | --- | --- | --- | --- | ---'];
  for (const s of scores) {
    lines.push(`${s.file} | ${s.set}${s.tuned ? ' (tuned)' : ''} | ${s.expected} | ${s.found} | ${s.matched} | ${pct(s.matched, s.found)} | ${pct(s.matched, s.expected)} | ${s.scaleErrors.length} | ${s.dates.matched}/${s.dates.expected} (${s.dates.found}) | ${s.years.right}/${s.years.expected} (${s.years.wrong.length})`);
  }
  const total = (label: string, list: readonly FileScore[]): void => {
    if (list.length === 0) return;
    const sum = (f: (s: FileScore) => number): number => list.reduce((a, s) => a + f(s), 0);
    lines.push(`**${label}** (${list.length} files) | | ${sum((s) => s.expected)} | ${sum((s) => s.found)} | ${sum((s) => s.matched)} | ${pct(sum((s) => s.matched), sum((s) => s.found))} | ${pct(sum((s) => s.matched), sum((s) => s.expected))} | ${sum((s) => s.scaleErrors.length)} | ${sum((s) => s.dates.matched)}/${sum((s) => s.dates.expected)} (${sum((s) => s.dates.found)}) | ${sum((s) => s.years.right)}/${sum((s) => s.years.expected)} (${sum((s) => s.years.wrong.length)})`);
  };
  for (const set of [...new Set(scores.map((s) => s.set))]) total(set, scores.filter((s) => s.set === set));
  total('tuned', scores.filter((s) => s.tuned));
  total('never tuned on', scores.filter((s) => !s.tuned));
  total('all', scores);
  const details: string[] = [];
  for (const s of scores) {
    for (const m of s.missed) details.push(`- ${s.file}: missed "${m.printed}" (${m.value}${m.total === undefined ? '' : `/${m.total}`} ${m.unit}${m.qualifier ? `, ${m.qualifier}` : ''})`);
    for (const e of s.extra) details.push(`- ${s.file}: wrote "${e.printed}" (${e.value}${e.total === null ? '' : `/${e.total}`} ${e.unit}${e.qualifier ? `, ${e.qualifier}` : ''}) — not an expected figure`);
    for (const e of s.scaleErrors) details.push(`- ${s.file}: SCALE ERROR ${e}`);
    for (const d of s.dates.missed) details.push(`- ${s.file}: date missed "${d}"`);
    for (const d of s.dates.extra) details.push(`- ${s.file}: date found that is not one "${d}"`);
    for (const y of s.years.wrong) details.push(`- ${s.file}: YEAR WRONG ${y}`);
    for (const y of s.years.left) details.push(`- ${s.file}: year left for review ${y}`);
  }
  return [...lines, '', ...(details.length > 0 ? details : ['Every expected figure and date found, nothing else written.'])].join('\n');
}
