/**
 * Units in time: the registers agree with each other, and every unit a notice names existed on
 * the notice's date. A GSO code in a notice names the unit of that code on that date (06040 is
 * Thị trấn Thất Khê in a notice of 2024 and Xã Thất Khê in one of 2026); a code with its era
 * (`06040-2025`) names that unit whatever the date, and is checked the same way. A figure is
 * attached to the unit of its own date (`as_of`) when it has one, else of the notice's date.
 * Units merged before 2025 (former-units.csv) have no known dates and are not checked by date.
 */
import { existedDuring, existedThroughout } from '../domain/unit-validity.ts';
import type { Locality } from '../domain/model.ts';
import { formatViDate, parseIsoPartialDate, toIsoPartialDate, type PartialDate } from '../domain/vi-date.ts';
import type { Register } from './check-register.ts';
import type { ContentIssue } from './errors.ts';
import type { RawContent, RawNotice } from './read-content.ts';

/** The unit an id names on a date, or why it names none. */
export interface Resolution {
  /** The unit named (also when it did not exist on the date, so that one error is reported, not two). */
  unit: Locality | undefined;
  /** What is wrong, as the `expected` part of an error; null when the unit existed throughout the date. */
  problem: string | null;
}

/** How a unit's era reads in an error: `Thị trấn Thất Khê (06040, đơn vị trước khi sắp xếp, tồn tại đến 30/6/2025)`. */
export function describeUnit(l: Locality): string {
  const code = l.code ?? l.id;
  if (l.validFrom !== null) return `${l.name} (${code}, đơn vị từ ${formatViDate(l.validFrom)}, mã ${l.id})`;
  if (l.validTo !== null) return `${l.name} (${code}, đơn vị trước khi sắp xếp, tồn tại đến ${formatViDate(l.validTo)})`;
  return `${l.name} (${code})`;
}

const isCode = (id: string): boolean => /^\d+$/.test(id);

// The units of each GSO code, indexed once per register (a code names one unit per era at
// most, so resolving a code never scans the whole register: issue 14, no quadratic step).
const byCodeOf = new WeakMap<readonly Locality[], Map<string, Locality[]>>();
function unitsWithCode(localities: readonly Locality[], code: string): Locality[] {
  let index = byCodeOf.get(localities);
  if (!index) {
    index = new Map();
    for (const l of localities) if (l.code) index.set(l.code, [...(index.get(l.code) ?? []), l]);
    byCodeOf.set(localities, index);
  }
  return index.get(code) ?? [];
}

/** The unit `id` names on `date` (see the header). */
export function resolveOn(register: Pick<Register, 'localities' | 'localityById'>, id: string, date: PartialDate): Resolution {
  const exact = register.localityById.get(id);
  const when = formatViDate(date);
  if (!isCode(id)) {
    if (!exact || existedThroughout(exact, date)) return { unit: exact, problem: null };
    return { unit: exact, problem: `một đơn vị còn tồn tại vào ${when}: ${describeUnit(exact)} không tồn tại vào thời điểm đó` };
  }
  const candidates = unitsWithCode(register.localities, id).filter((l) => l.status === 'active' && existedDuring(l, date));
  const [only] = candidates;
  if (candidates.length === 1 && only) {
    if (existedThroughout(only, date)) return { unit: only, problem: null };
    return { unit: only, problem: `một đơn vị tồn tại trong suốt ${when}; ${describeUnit(only)} không tồn tại suốt thời gian đó: hãy ghi ngày đầy đủ` };
  }
  if (candidates.length > 1) {
    return { unit: exact, problem: `một đơn vị duy nhất vào ${when}, nhưng mã này ứng với ${candidates.map(describeUnit).join(' và ')}: ghi mã kèm năm bắt đầu của đơn vị (như 06040-2025) hoặc ghi ngày đầy đủ` };
  }
  if (!exact) return { unit: undefined, problem: null };
  return { unit: exact, problem: `một đơn vị còn tồn tại vào ${when}: ${describeUnit(exact)} không tồn tại vào thời điểm đó` };
}

/**
 * The register as one notice sees it: codes resolve to the units of the notice's date, and a
 * figure's locality to the unit of the figure's own date when it has one.
 */
export function registerOn(register: Register, date: PartialDate): Register {
  // Notices of the same date see the same register: built once per date.
  const key = toIsoPartialDate(date);
  let views = viewsOf.get(register);
  if (!views) viewsOf.set(register, (views = new Map()));
  const known = views.get(key);
  if (known) return known;
  const view = buildRegisterOn(register, date);
  views.set(key, view);
  return view;
}

const viewsOf = new WeakMap<Register, Map<string, Register>>();

function buildRegisterOn(register: Register, date: PartialDate): Register {
  const ids = new Set([...register.localityById.keys(), ...register.localities.flatMap((l) => (l.code ? [l.code] : []))]);
  const byId = new Map<string, Locality>();
  for (const id of ids) {
    const unit = resolveOn(register, id, date).unit;
    if (unit) byId.set(id, unit);
  }
  return {
    ...register,
    localityById: byId,
    localityAt: (id, isoDate) => (isoDate === null ? byId.get(id) : resolveOn(register, id, parseIsoPartialDate(isoDate)).unit),
  };
}

/** Every locality id a notice's frontmatter names, with its field path. */
function namedIn(value: unknown, path: string, out: [string, string][]): [string, string][] {
  if (Array.isArray(value)) {
    value.forEach((v, i) => namedIn(v, `${path}[${i}]`, out));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      const field = path ? `${path}.${key}` : key;
      if (key === 'locality' && typeof v === 'string') out.push([field, v]);
      else if ((key === 'localities' || key === 'inspected') && Array.isArray(v)) v.forEach((id, i) => typeof id === 'string' && out.push([`${field}[${i}]`, id]));
      else namedIn(v, field, out);
    }
  }
  return out;
}

/** The register as `notice` sees it (by its date); the register itself when the date is invalid (reported elsewhere). */
export function datedRegister(register: Register, notice: RawNotice): Register {
  try {
    return registerOn(register, parseIsoPartialDate(notice.frontmatter.date));
  } catch {
    return register;
  }
}

/**
 * Reports every unit a notice names that did not exist on its date (or a figure's own date). A date after the data date
 * (`dataDay`) is not checked here: check-dates.ts reports it, one message for one slip.
 */
export function checkNoticeEras(notice: RawNotice, register: Register, issues: ContentIssue[], dataDay: string | null = null): void {
  let noticeDate: PartialDate;
  try {
    noticeDate = parseIsoPartialDate(notice.frontmatter.date);
  } catch {
    return; // reported by the frontmatter schema
  }
  const report = (file: string, where: string | null, field: string, id: string, date: PartialDate): void => {
    // An ISO partial date sorts before every day it holds, so this compares its first day.
    if (dataDay !== null && toIsoPartialDate(date) > dataDay) return;
    const { unit, problem } = resolveOn(register, id, date);
    if (unit && problem) issues.push({ file, where, field, found: `${id} = ${unit.name}`, expected: problem });
  };
  for (const [field, id] of namedIn(notice.frontmatter, '', [])) report(notice.file, null, field, id, noticeDate);
  for (const { line, data } of notice.figures) {
    report(notice.figuresFile, `dòng ${line}`, data.as_of ? 'locality (theo as_of)' : 'locality (theo ngày thông báo)', data.locality, data.as_of ? parseIsoPartialDate(data.as_of) : noticeDate);
  }
  for (const { line, data } of notice.criteria) report(notice.criteriaFile, `dòng ${line}`, 'locality', data.locality, noticeDate);
}

/** The later registers (`units-<date>.csv`) agree with units.csv and the successor files. */
export function checkEraRegisters(content: RawContent, register: Register): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const oldCodes = new Map(content.units.map((r) => [r.data.code, r.data]));
  const seen = new Set<string>();
  for (const { file, line, data } of content.unitVersions) {
    const where = `dòng ${line}`;
    const key = `${data.code}|${data.valid_from}`;
    if (seen.has(key)) issues.push({ file, where, field: 'code', found: data.code, expected: 'mã chỉ dùng cho một đơn vị trong danh mục này (mã bị trùng)' });
    seen.add(key);
    const digits = { tinh: 2, huyen: 3, xa: 5 }[data.level];
    if (data.code.length !== digits) issues.push({ file, where, field: 'code', found: data.code, expected: `${digits} chữ số cho cấp ${data.level}` });
    if (oldCodes.get(data.parent_code)?.level !== 'tinh') issues.push({ file, where, field: 'parent_code', found: data.parent_code, expected: 'mã của tỉnh trong units.csv' });
    if (!data.name.startsWith(`${data.type} `)) issues.push({ file, where, field: 'name', found: data.name, expected: `tên bắt đầu bằng loại đơn vị "${data.type}"` });
  }
  for (const { file, line, data } of content.successors) {
    const successor = register.localityById.get(`${data.new_code}-${parseIsoPartialDate(data.effective_date).year}`);
    if (content.unitVersions.length === 0) continue;
    if (!successor?.validFrom || toIsoPartialDate(successor.validFrom) !== data.effective_date) {
      issues.push({ file, where: `dòng ${line}`, field: 'new_code', found: `${data.new_code} ${data.new_name}`, expected: `một đơn vị của danh mục units-<ngày>.csv bắt đầu từ ${data.effective_date}` });
    } else if (successor.name !== data.new_name) {
      issues.push({ file, where: `dòng ${line}`, field: 'new_name', found: data.new_name, expected: `"${successor.name}", tên của ${successor.id} trong danh mục` });
    }
  }
  for (const l of register.localities) {
    if (l.validFrom !== null && l.predecessors.length === 0) {
      issues.push({ file: 'content/localities/', where: null, field: l.id, found: l.name, expected: 'một đơn vị có ít nhất một đơn vị trước đó trong một tệp successors-<ngày>.csv' });
    }
  }
  return issues;
}
