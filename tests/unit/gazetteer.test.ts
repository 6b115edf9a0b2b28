/**
 * The national register (src/load/gazetteer.ts): a unit's province, a province's units, and the
 * only writer of units.csv, which must reproduce this portal's content/localities/units.csv byte
 * for byte (the file is generated; the build checks it against the register). Expected names are
 * the register's rows, read by hand.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { UnitRow } from '../../src/domain/schemas/locality.ts';
import { provinceOf, provinceUnits, provinceUnitsCsv, readGazetteer, registerProvinces } from '../../src/load/gazetteer.ts';

const register = readGazetteer();

describe('the national register', () => {
  it('writes content/localities/units.csv of Lạng Sơn (20) byte for byte, as the command the docs give does', () => {
    const committed = readFileSync('content/localities/units.csv', 'utf8');
    expect(provinceUnitsCsv(register, '20')).toBe(committed);
    expect(execFileSync(process.execPath, ['scripts/province-units.ts', '20'], { encoding: 'utf8' })).toBe(committed);
  });

  it('finds the province of a commune, a district and a province', () => {
    // 06013 Xã Chí Minh, in 180 Huyện Tràng Định, in 20 Tỉnh Lạng Sơn.
    expect(provinceOf(register, '06013')?.name).toBe('Tỉnh Lạng Sơn');
    expect(provinceOf(register, '180')?.name).toBe('Tỉnh Lạng Sơn');
    expect(provinceOf(register, '20')?.name).toBe('Tỉnh Lạng Sơn');
    expect(provinceOf(register, '04')?.name).toBe('Tỉnh Cao Bằng');
    expect(provinceOf(register, '99999')).toBeNull();
  });

  it('lists a province first, then its units in the order of the register; nothing for no province', () => {
    const units = provinceUnits(register, '04');
    expect(units[0]).toMatchObject({ code: '04', name: 'Tỉnh Cao Bằng', level: 'tinh', parent_code: null });
    // The register's 10 district-level and 161 commune-level units of Cao Bằng.
    expect(units.filter((u) => u.level === 'huyen')).toHaveLength(10);
    expect(units.filter((u) => u.level === 'xa')).toHaveLength(161);
    expect(units).toHaveLength(172);
    expect(units.every((u) => register.indexOf(u) >= register.indexOf(units[0]!))).toBe(true);
    expect(provinceUnits(register, '99')).toEqual([]);
  });

  it('gives no province to a unit one of whose parents the register lacks', () => {
    const broken: UnitRow[] = [
      { code: '20', name: 'Tỉnh Lạng Sơn', type: 'Tỉnh', level: 'tinh', parent_code: null },
      { code: '06013', name: 'Xã Chí Minh', type: 'Xã', level: 'xa', parent_code: '180' },
    ];
    expect(provinceOf(broken, '06013')).toBeNull();
    expect(provinceUnits(broken, '20').map((u) => u.code)).toEqual(['20']);
    expect(registerProvinces(broken)).toEqual([{ code: '20', name: 'Tỉnh Lạng Sơn', units: 1 }]);
  });
});
