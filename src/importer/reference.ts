/**
 * The lists the importer matches names against, taken from the checked model (load/): the
 * locality register with its former units, agencies and indicators. The importer reads
 * content/ only through load/, as the build does: invalid content stops the import likewise.
 */
import type { Agency, Indicator, Model } from '../domain/model.ts';

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
}

export interface Reference {
  units: RegisterUnit[];
  agencies: Agency[];
  indicators: Indicator[];
}

/** The reference lists of a loaded model. */
export function referenceOf(model: Pick<Model, 'localities' | 'agencies' | 'indicators'>): Reference {
  const stripType = (name: string, type: string): string =>
    name.toLowerCase().startsWith(`${type.toLowerCase()} `) ? name.slice(type.length + 1) : name;
  const units = model.localities.map((l) => ({
    id: l.id,
    name: stripType(l.name, l.type),
    type: l.type.toLowerCase(),
    parentId: l.parent?.id ?? null,
    former: l.status === 'former',
  }));
  return { units, agencies: model.agencies, indicators: model.indicators };
}
