/**
 * The 2025 reform of the whole country: the conversion of the dataset dvhcvn/20250701
 * (scripts/lib/reform-2025.ts), the national files it wrote to content/gazetteer/, and each
 * province's part of them (scripts/lib/province-reform.ts). Expectations come from the source
 * (three provinces of its splits.json copied to tests/fixtures/dvhcvn-20250701/), from the register
 * of 01/3/2025, and from rows read by hand in the resolutions and the Statistics Office's lists,
 * never from the functions under test.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { provinceUnits, readGazetteer } from '../../src/load/gazetteer.ts';
import { parseResolution, parseSplits, type Dataset } from '../../scripts/lib/dvhcvn-2025.ts';
import { keptBoundary, provinceReform, readReform, SUCCESSOR_COLUMNS, toCsv, UNIT_COLUMNS } from '../../scripts/lib/province-reform.ts';
import { convertReform, unitName } from '../../scripts/lib/reform-2025.ts';

const register = readGazetteer();
const codesOf = (province: string): Set<string> => new Set(provinceUnits(register, province).map((u) => u.code));

/** The lines of the two resolutions the fixture needs, as their texts print them (title over two lines in 1684). */
const RESOLUTIONS = [
  parseResolution('1672_NQ-UBTVQH15.md', '   Số: 1672/NQ-UBTVQH15         *Hà Nội, ngày 16 tháng 6 năm 2025*\n\n**NGHỊ QUYẾT**\n\nVỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ CỦA TỈNH LẠNG SƠN NĂM 2025\n'),
  parseResolution('1684_NQ-UBTVQH15.md', '   Số: 1684/NQ-UBTVQH15         *Hà Nội, ngày 16 tháng 6 năm 2025*\n\n**NGHỊ QUYẾT**\n\nVỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ CỦA TỈNH TUYÊN QUANG NĂM\n2025\n'),
];

describe('the conversion of dvhcvn/20250701', () => {
  const splits = parseSplits(readFileSync('tests/fixtures/dvhcvn-20250701/splits-02-08-20.json', 'utf8'));
  // Rows of 915_CTK-CSCL.csv: `3,08,Tuyên Quang`, `9,20,Lạng Sơn`.
  const dataset: Dataset = { provinces: splits, newProvinces: [{ code: '08', name: 'Tuyên Quang' }, { code: '20', name: 'Lạng Sơn' }], communeCodes: null, resolutions: RESOLUTIONS };
  const reform = convertReform(dataset, register, []);

  it('reproduces Lạng Sơn\'s registers of 1 July 2025 in content/localities/, byte for byte', () => {
    const ls = provinceReform(reform, '20', codesOf('20'));
    expect(toCsv(ls.units, UNIT_COLUMNS)).toBe(readFileSync('content/localities/units-2025-07-01.csv', 'utf8'));
    expect(toCsv(ls.successors, SUCCESSOR_COLUMNS)).toBe(readFileSync('content/localities/successors-2025-07-01.csv', 'utf8'));
    expect(ls.leftOut).toEqual([]);
  });

  it('gives Hà Giang, merged into Tuyên Quang, every unit and link its communes have in the source, under its own province', () => {
    const source = splits.find((p) => p.level1_id === '02')!;
    const hg = provinceReform(reform, '02', codesOf('02'));
    expect(hg.succession).toEqual({ old_code: '02', old_name: 'Tỉnh Hà Giang', new_code: '08', new_name: 'Tỉnh Tuyên Quang', basis: '1684/NQ-UBTVQH15' });
    expect(hg.units.map((u) => u.code)).toEqual([...new Set(source.communes.flatMap((c) => c.splits.map((s) => s.new_id)))].sort());
    expect(hg.successors.map((s) => `${s.old_code}>${s.new_code}`)).toEqual(source.communes.flatMap((c) => c.splits.map((s) => `${c.code}>${s.new_id}`)));
    expect(new Set(hg.units.map((u) => `${u.parent_code} ${u.basis} ${u.valid_from}`))).toEqual(new Set(['02 1684/NQ-UBTVQH15 2025-07-01']));
  });

  it('reads a resolution\'s number and the province of its title', () => {
    expect(RESOLUTIONS.map(({ number, type, titleName }) => ({ number, type, titleName }))).toEqual([
      { number: '1672/NQ-UBTVQH15', type: 'Tỉnh', titleName: 'LẠNG SƠN' },
      { number: '1684/NQ-UBTVQH15', type: 'Tỉnh', titleName: 'TUYÊN QUANG' },
    ]);
    expect(parseResolution('1685', 'Số: 1685/NQ-UBTVQH15\nVỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ CỦA THÀNH PHỐ HỒ CHÍ MINH\nNĂM 2025').type).toBe('Thành phố');
  });

  it('writes names in NFC with single spaces and the type word capitalised', () => {
    expect(unitName(' xã  Bắc Sơn')).toBe('Xã Bắc Sơn');
    expect(unitName('Phường Tuy Ho\u0300a')).toBe('Phường Tuy Hòa');
  });

  it('stops on a correction that matches no link of the source', () => {
    const correction = { old_code: '06013', old_name: 'Xã Chí Minh', source_new_code: '06001', new_code: '', new_name: '', basis: '1672/NQ-UBTVQH15', evidence: '"VỀ VIỆC SẮP XẾP"' };
    expect(() => convertReform(dataset, register, [correction])).toThrow('Correction 06013 → 06001: no such link');
  });
});

describe('the national files of the 2025 reform (content/gazetteer/)', () => {
  const reform = readReform('content');
  const unitByCode = new Map(reform.units.map((u) => [u.code, u]));
  const successorsOf = (old: string): string[] => reform.successors.filter((s) => s.old_code === old).map((s) => `${s.new_code} ${s.new_name} ${s.basis}`);

  it('take the 63 provinces to the 34 of Công văn 915/CTK-CSCL; 11 kept their boundary', () => {
    expect(reform.provinces.map((p) => p.old_code)).toEqual(register.filter((r) => r.level === 'tinh').map((r) => r.code));
    // The codes of 915/CTK-CSCL, in its order.
    const listed = ['01', '04', '08', '11', '12', '14', '15', '19', '20', '22', '24', '25', '31', '33', '37', '38', '40', '42', '44', '46', '48', '51', '52', '56', '66', '68', '75', '79', '80', '82', '86', '91', '92', '96'];
    expect([...new Set(reform.provinces.map((p) => p.new_code))].sort()).toEqual(listed);
    // Hà Nội, Cao Bằng, Điện Biên, Lai Châu, Sơn La, Lạng Sơn, Quảng Ninh, Thanh Hóa, Nghệ An, Hà Tĩnh, Huế (Nghị quyết 202/2025/QH15).
    expect(reform.provinces.filter((p) => keptBoundary(reform, p.old_code)).map((p) => p.old_code)).toEqual(['01', '04', '11', '12', '14', '20', '22', '38', '40', '42', '46']);
    expect(reform.provinces.find((p) => p.old_code === '02')).toMatchObject({ new_code: '08', new_name: 'Tỉnh Tuyên Quang', basis: '1684/NQ-UBTVQH15' });
  });

  it('list the 3,321 units of Công văn 1027/CTK-CSCL (its Phụ lục I numbers them 1 to 3321), each once, under its province', () => {
    expect(reform.units).toHaveLength(3321);
    expect(unitByCode.size).toBe(3321);
    const province = new Map(reform.provinces.map((p) => [p.new_code, p]));
    for (const u of reform.units) {
      expect(u.name.startsWith(`${u.type} `)).toBe(true);
      expect(province.get(u.parent_code)).toMatchObject({ new_name: u.province_name, basis: u.basis });
    }
  });

  it('link every commune of the register of 01/3/2025 and the five island districts to units of the file, by name and resolution', () => {
    const communes = register.filter((r) => r.level === 'xa').map((r) => r.code);
    // splits.json's level2s: Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn, Côn Đảo, which had no commune.
    const islands = ['318', '471', '498', '536', '755'];
    expect(new Set(reform.successors.map((s) => s.old_code))).toEqual(new Set([...communes, ...islands]));
    for (const s of reform.successors) {
      expect(unitByCode.get(s.new_code)).toMatchObject({ name: s.new_name, basis: s.basis });
      expect(s.effective_date).toBe('2025-07-01');
    }
    expect(new Set(reform.units.map((u) => u.code))).toEqual(new Set(reform.successors.map((s) => s.new_code)));
  });

  it('hold the links read in the resolutions', () => {
    // 1672/NQ-UBTVQH15 Điều 1 khoản 1: "xã Chi Lăng (huyện Tràng Định), xã Chí Minh và thị trấn Thất Khê thành xã mới có tên gọi là xã Thất Khê".
    for (const old of ['06034', '06013', '06040']) expect(successorsOf(old)).toEqual(['06040 Xã Thất Khê 1672/NQ-UBTVQH15']);
    // 1684/NQ-UBTVQH15 khoản 44: "các xã Má Lé, Lũng Táo và Lũng Cú thành xã mới có tên gọi là xã Lũng Cú" (Hà Giang, now Tuyên Quang).
    for (const old of ['00718', '00724', '00715']) expect(successorsOf(old)).toEqual(['00715 Xã Lũng Cú 1684/NQ-UBTVQH15']);
    // 1654/NQ-UBTVQH15 khoản 31: "thị trấn Vĩnh Bình, xã Tân Phú và xã Vĩnh An thành xã mới có tên gọi là xã Vĩnh An" (a correction: 30622).
    for (const old of ['30604', '30622', '30610']) expect(successorsOf(old)).toEqual(['30604 Xã Vĩnh An 1654/NQ-UBTVQH15']);
    // 1668/NQ-UBTVQH15 khoản 87: "các xã Châu Hưng, Vĩnh Thành và Vĩnh Lợi thành xã mới có tên gọi là xã Vĩnh Lợi" (a correction: 31771).
    for (const old of ['31780', '31771', '31777']) expect(successorsOf(old)).toEqual(['31777 Xã Vĩnh Lợi 1668/NQ-UBTVQH15']);
    // 1684/NQ-UBTVQH15 khoản 110 and 111: part of phường Quang Trung to Hà Giang 1, the rest to Hà Giang 2.
    expect(successorsOf('00688')).toEqual(['00694 Phường Hà Giang 1 1684/NQ-UBTVQH15', '00691 Phường Hà Giang 2 1684/NQ-UBTVQH15']);
  });

  it('have, once corrected, no unit with predecessors in two provinces: each province\'s portal gets its units, every unit once', () => {
    let listed = 0;
    for (const p of reform.provinces) {
      const part = provinceReform(reform, p.old_code, codesOf(p.old_code));
      expect(part.leftOut).toEqual([]);
      listed += part.units.length;
    }
    expect(listed).toBe(3321);
  });
});
