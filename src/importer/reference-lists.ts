/**
 * The lists the importer matches names against, taken from the checked model (load/): the
 * locality register with its former units, agencies and indicators. The importer reads
 * content/ only through load/, as the build does: invalid content stops the import likewise.
 */
import { existedDuring } from '../domain/unit-validity.ts';
import type { Agency, Indicator, Model } from '../domain/model.ts';
import type { UnitRow } from '../domain/schemas/locality.ts';
import { parseIsoPartialDate, type PartialDate } from '../domain/vi-date.ts';
import { provinceOf } from '../load/gazetteer.ts';

/** A unit a notice may name: from units.csv or former-units.csv. */
export interface RegisterUnit {
  /** Id used in notices: the GSO code, or the former unit's id (`180-vinh-tien`). */
  id: string;
  /** Name without its type word: `Tràng Định`. */
  name: string;
  /** Type word in lower case: `huyện`, `xã`, `tỉnh`… */
  type: string;
  parentId: string | null;
  former: boolean;
  /** Validity of the unit (domain/eras.ts): a draft proposes only units of the notice's date. */
  validFrom: PartialDate | null;
  validTo: PartialDate | null;
}

/** A unit of another province, from the national gazetteer: never matched to a Lạng Sơn unit. */
export interface OtherUnit extends RegisterUnit {
  /** Its province, for messages: `tỉnh Cao Bằng`. */
  province: string;
}

export interface Reference {
  units: RegisterUnit[];
  /** Units of the rest of the country (content/gazetteer), empty when not loaded. */
  others: OtherUnit[];
  agencies: Agency[];
  indicators: Indicator[];
  /** Bodies that issue notices (content/issuers.csv), with the id of the unit each governs. */
  issuers: ReferenceIssuer[];
}

export interface ReferenceIssuer {
  id: string;
  name: string;
  short_name: string;
  symbol: string;
  level: string;
  locality: string;
}

const stripType = (name: string, type: string): string =>
  name.toLowerCase().startsWith(`${type.toLowerCase()} `) ? name.slice(type.length + 1) : name;

/**
 * The reference lists of a loaded model, and the units of the rest of the country from the
 * national gazetteer (load/gazetteer.ts) when given.
 */
export function referenceOf(model: Pick<Model, 'localities' | 'agencies' | 'indicators' | 'issuers'>, gazetteer: readonly UnitRow[] = []): Reference {
  const units = model.localities.map((l) => ({
    id: l.id,
    name: stripType(l.name, l.type),
    type: l.type.toLowerCase(),
    parentId: l.parent?.id ?? null,
    former: l.status === 'former',
    validFrom: l.validFrom,
    validTo: l.validTo,
  }));
  const own = new Set(units.map((u) => u.id));
  const others = gazetteer.flatMap((g): OtherUnit[] => {
    const province = provinceOf(gazetteer, g.code);
    // A unit whose parents the gazetteer lacks has no province to name (the register has none such).
    if (!province || own.has(g.code) || own.has(province.code)) return [];
    return [{
      id: g.code,
      name: stripType(g.name, g.type),
      type: g.type.toLowerCase(),
      parentId: g.parent_code,
      former: false,
      // The gazetteer is the register of 01/3/2025; it says nothing of when a unit began or ended.
      validFrom: null,
      validTo: null,
      province: province.name.replace(/^Tỉnh /u, 'tỉnh ').replace(/^Thành phố /u, 'thành phố '),
    }];
  });
  const issuers = model.issuers.map((i) => ({ ...i, locality: i.locality.id }));
  return { units, others, agencies: model.agencies, indicators: model.indicators, issuers };
}

/**
 * The reference as a notice of `isoDate` sees it: only the units that existed at some day of
 * that date (a notice of 2024 names Thị trấn Thất Khê, one of 2026 Xã Thất Khê; units merged
 * before 2025, whose dates are unknown, stay).
 */
export function referenceOn(reference: Reference, isoDate: string): Reference {
  const date = parseIsoPartialDate(isoDate);
  return { ...reference, units: reference.units.filter((u) => existedDuring(u, date)) };
}
