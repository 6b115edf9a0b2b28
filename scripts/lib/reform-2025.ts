/**
 * The 2025 reform for the whole country, from the dataset dvhcvn/20250701 (lib/dvhcvn-2025.ts):
 * which province each of the 63 became, the 3,321 commune-level units since 1 July 2025, and
 * every link old unit → new unit, each with the resolution that made it. What
 * scripts/extract-national-2025.ts writes to content/gazetteer/ (SOURCES.md there says what each
 * file holds and where it comes from).
 *
 * Text is NFC with single spaces; a type word the source writes in lower case (`xã Bắc Sơn`) is
 * capitalised. Corrections (corrections-vn-2025-07-01.csv) replace or remove links the source
 * gets wrong, each with the resolution's words; a correction that matches no link of the source
 * stops the conversion, so none outlives a fix upstream.
 */
import type { UnitRow } from '../../src/domain/schemas/locality.ts';
import { provinceUnits } from '../../src/load/gazetteer.ts';
import { normalizeViText } from '../../src/domain/vi-number.ts';
import type { Dataset, Resolution } from './dvhcvn-2025.ts';

/** The day the units began and the links took effect. */
export const REFORM_DATE = '2025-07-01';

/** One province before 1 July 2025 and the province it is part of since. */
export interface ProvinceSuccession {
  old_code: string;
  /** As the register of 01/3/2025 writes it: `Tỉnh Hà Giang`. */
  old_name: string;
  new_code: string;
  /** `Tỉnh Tuyên Quang`: type word from the resolution's title, name from 915/CTK-CSCL. */
  new_name: string;
  /** The resolution that arranged the communes of the new province: `1684/NQ-UBTVQH15`. */
  basis: string;
}

/** A commune-level unit since 1 July 2025. */
export interface NationalUnit {
  code: string;
  name: string;
  type: string;
  level: 'xa';
  /** Its province since 1 July 2025 (no district level). */
  parent_code: string;
  province_name: string;
  valid_from: string;
  basis: string;
}

/** Old unit → new unit. */
export interface NationalSuccessor {
  old_code: string;
  /** The old unit's province (before 1 July 2025). */
  old_province_code: string;
  new_code: string;
  new_name: string;
  effective_date: string;
  basis: string;
}

/** A link of the source replaced (`new_code` set) or removed (`new_code` blank), with why. */
export interface Correction {
  old_code: string;
  old_name: string;
  source_new_code: string;
  new_code: string;
  new_name: string;
  basis: string;
  evidence: string;
}

export interface Reform {
  provinces: ProvinceSuccession[];
  units: NationalUnit[];
  successors: NationalSuccessor[];
}

/** The type words a unit since 1 July 2025 starts with. */
const NEW_TYPES = ['Xã', 'Phường', 'Đặc khu'];

/** NFC, single spaces, the type word capitalised (`xã Bắc Sơn` → `Xã Bắc Sơn`). */
export const unitName = (raw: string): string => {
  const name = normalizeViText(raw.normalize('NFC'));
  return name.charAt(0).toUpperCase() + name.slice(1);
};

/** `Thành phố Hà Nội`, `Tp Cần Thơ`, `Tỉnh Cao Bằng`, `Cao Bằng` → the name alone, in capitals. */
const bareProvince = (name: string): string => normalizeViText(name).replace(/^(Tỉnh|Thành phố|Tp\.?) /u, '').toLocaleUpperCase('vi');

/** The 34 provinces: code, full name and resolution, each resolution used once. */
function newProvinces(dataset: Pick<Dataset, 'newProvinces' | 'resolutions'>): Map<string, { name: string; basis: string }> {
  const byTitle = new Map<string, Resolution>();
  for (const r of dataset.resolutions) {
    if (byTitle.has(r.titleName)) throw new Error(`Two resolutions for ${r.titleName}: ${byTitle.get(r.titleName)!.number} and ${r.number}`);
    byTitle.set(r.titleName, r);
  }
  const provinces = new Map<string, { name: string; basis: string }>();
  for (const p of dataset.newProvinces) {
    const bare = bareProvince(p.name);
    const resolution = byTitle.get(bare);
    if (!resolution) throw new Error(`No resolution titled "… CẤP XÃ CỦA TỈNH|THÀNH PHỐ ${bare} NĂM 2025" for province ${p.code} ${p.name}`);
    provinces.set(p.code, { name: `${resolution.type} ${normalizeViText(p.name).replace(/^Thành phố /u, '')}`, basis: resolution.number });
  }
  return provinces;
}

/**
 * Converts the dataset. `register` is the national register of 01/3/2025 (names of the old
 * provinces, and the check that every commune of the dataset's provinces has a successor).
 */
export function convertReform(dataset: Dataset, register: readonly UnitRow[], corrections: readonly Correction[]): Reform {
  const targets = newProvinces(dataset);
  const registerByCode = new Map(register.map((r) => [r.code, r]));
  const provinces: ProvinceSuccession[] = dataset.provinces.map((p) => {
    const [to, ...more] = p.splits;
    const target = to && targets.get(to.new_id);
    if (!to || more.length > 0 || !target) throw new Error(`Province ${p.level1_id} ${p.name}: expected one province of 915/CTK-CSCL, found ${JSON.stringify(p.splits)}`);
    if (bareProvince(to.name) !== bareProvince(target.name)) throw new Error(`Province ${to.new_id} is "${to.name}" in splits.json and "${target.name}" in 915/CTK-CSCL`);
    const old = registerByCode.get(p.level1_id);
    return { old_code: p.level1_id, old_name: old?.name ?? normalizeViText(p.name), new_code: to.new_id, new_name: target.name, basis: target.basis };
  });
  const provinceOf = new Map(provinces.map((p) => [p.old_code, p]));

  let links = dataset.provinces.flatMap((p) =>
    [...p.communes, ...p.districts].flatMap((u) => u.splits.map((s) => ({ old_code: u.code, old_province_code: p.level1_id, new_code: s.new_id, new_name: unitName(s.name) }))),
  );
  checkEvidence(corrections, dataset.resolutions);
  links = applyCorrections(links, corrections);

  const units = newUnits(links, provinceOf, dataset.communeCodes);
  const unitByCode = new Map(units.map((u) => [u.code, u]));
  const successors = links.map((l): NationalSuccessor => {
    const unit = unitByCode.get(l.new_code)!;
    return { old_code: l.old_code, old_province_code: l.old_province_code, new_code: l.new_code, new_name: unit.name, effective_date: REFORM_DATE, basis: unit.basis };
  });
  const linked = new Set(successors.map((s) => s.old_code));
  const orphans = dataset.provinces.flatMap((p) => provinceUnits(register, p.level1_id)).filter((r) => r.level === 'xa' && !linked.has(r.code));
  if (orphans.length > 0) throw new Error(`Communes of the register with no successor: ${orphans.map((r) => `${r.code} ${r.name}`).join(', ')}`);
  return { provinces, units, successors };
}

type Link = Omit<NationalSuccessor, 'effective_date' | 'basis'>;

/** Every correction quotes (between its first pair of `"`) the words of the resolution it cites. */
function checkEvidence(corrections: readonly Correction[], resolutions: readonly Resolution[]): void {
  for (const c of corrections) {
    const quote = /"([^"]+)"/u.exec(c.evidence)?.[1];
    const text = resolutions.find((r) => r.number === c.basis)?.text;
    if (!quote || !text?.includes(normalizeViText(quote))) throw new Error(`Correction ${c.old_code} → ${c.source_new_code}: its quotation is not in the text of ${c.basis}`);
  }
}

function applyCorrections(links: Link[], corrections: readonly Correction[]): Link[] {
  let out = links;
  for (const c of corrections) {
    const at = out.findIndex((l) => l.old_code === c.old_code && l.new_code === c.source_new_code);
    if (at < 0) throw new Error(`Correction ${c.old_code} → ${c.source_new_code}: no such link in splits.json (fixed upstream? delete the correction)`);
    const replaced = c.new_code === '' ? [] : [{ ...out[at]!, new_code: c.new_code, new_name: unitName(c.new_name) }];
    out = [...out.slice(0, at), ...replaced, ...out.slice(at + 1)];
  }
  return out;
}

/**
 * One unit per new code, ordered by province and code. A code the source spells two ways
 * (`Xã Hiệp Hoà`, `Xã Hiệp Hòa`) takes the spelling of 1027/CTK-CSCL; each unit's province is its
 * predecessors' new province, which 1027/CTK-CSCL must agree with.
 */
function newUnits(links: readonly Link[], provinceOf: ReadonlyMap<string, ProvinceSuccession>, official: Dataset['communeCodes']): NationalUnit[] {
  const byCode = new Map<string, { names: Set<string>; provinces: Set<string> }>();
  for (const l of links) {
    const known = byCode.get(l.new_code) ?? { names: new Set(), provinces: new Set() };
    known.names.add(l.new_name);
    known.provinces.add(provinceOf.get(l.old_province_code)!.new_code);
    byCode.set(l.new_code, known);
  }
  if (official) {
    const missing = [...official.keys()].filter((c) => !byCode.has(c));
    const extra = [...byCode.keys()].filter((c) => !official.has(c));
    if (missing.length + extra.length > 0) throw new Error(`Units of 1027/CTK-CSCL with no predecessor: ${missing.join(', ') || 'none'}; units not in 1027/CTK-CSCL: ${extra.join(', ') || 'none'}`);
  }
  const provinceByNew = new Map([...provinceOf.values()].map((p) => [p.new_code, p]));
  const units = [...byCode].map(([code, { names, provinces }]): NationalUnit => {
    const listed = official?.get(code);
    const name = names.size === 1 ? [...names][0]! : [...names].find((n) => n === listed?.name);
    if (!name) throw new Error(`Unit ${code} is named ${[...names].join(' and ')} in splits.json, none as in 1027/CTK-CSCL (${listed?.name ?? 'not listed'})`);
    if (provinces.size > 1) throw new Error(`Unit ${code} ${name} has predecessors in provinces that became ${[...provinces].join(' and ')}`);
    const province = provinceByNew.get([...provinces][0]!)!;
    if (listed && bareProvince(listed.province) !== bareProvince(province.new_name)) throw new Error(`Unit ${code} ${name}: province ${province.new_name} from its predecessors, ${listed.province} in 1027/CTK-CSCL`);
    const type = NEW_TYPES.find((t) => name.startsWith(`${t} `));
    if (!type) throw new Error(`Unit ${code} "${name}": no type word (${NEW_TYPES.join(', ')})`);
    return { code, name, type, level: 'xa', parent_code: province.new_code, province_name: province.new_name, valid_from: REFORM_DATE, basis: province.basis };
  });
  return units.sort((a, b) => a.parent_code.localeCompare(b.parent_code) || a.code.localeCompare(b.code));
}
