/**
 * One province's units of the national register (content/gazetteer), province first, then as
 * the register lists them: what its content/localities/units.csv holds (src/load/check-province.ts).
 */
import type { UnitRow } from '../../src/domain/schemas/locality.ts';

export function provinceUnits(register: readonly UnitRow[], code: string): UnitRow[] {
  const byCode = new Map(register.map((r) => [r.code, r]));
  const provinceOf = (c: string): string | null => {
    let at = byCode.get(c);
    while (at && at.parent_code !== null) at = byCode.get(at.parent_code);
    return at?.code ?? null;
  };
  return register.filter((r) => provinceOf(r.code) === code);
}
