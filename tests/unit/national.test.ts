/** A national edition's content (scripts/lib/national.ts): which provinces, how notices are shared, what each folder holds. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/load/load-model.ts';
import { readGazetteer, registerProvinces } from '../../src/load/gazetteer.ts';
import { editionProvinces, provinceSlug, shareOut, writeNationalContent } from '../../scripts/lib/national.ts';
import { nationalFrontPage, stylesheetsOf } from '../../scripts/lib/national-front-page.ts';
import { countByType, currentUnits, eraLabel } from '../../src/site/reform-eras.ts';
import { historySentences } from '../../src/site/locality-history.ts';

/** The units since 1 July 2025 that the national links take the communes of old province `code` to, in code order. */
const newUnitsOf = (code: string): string[] => {
  const { data } = Papa.parse<{ old_province_code: string; new_code: string }>(readFileSync('content/gazetteer/successors-vn-2025-07-01.csv', 'utf8'), { header: true, skipEmptyLines: true });
  return [...new Set(data.filter((r) => r.old_province_code === code).map((r) => r.new_code))].sort();
};

describe('national edition', () => {
  it('has the 63 provinces of the register of 1 March 2025, whose units add up to the register', () => {
    const register = readGazetteer();
    const provinces = registerProvinces(register);
    expect(provinces.length).toBe(63);
    expect(provinces.reduce((sum, p) => sum + p.units, 0)).toBe(register.length);
    expect(provinces.find((p) => p.code === '20')).toEqual({ code: '20', name: 'Tỉnh Lạng Sơn', units: 206 });
  });

  it('shares notices in proportion to units, in whole numbers that add up', () => {
    expect(shareOut(10, [1, 1])).toEqual([5, 5]);
    expect(shareOut(10, [2, 1])).toEqual([7, 3]);
    expect(shareOut(1, [1, 1, 1])).toEqual([1, 0, 0]);
    expect(shareOut(0, [3, 4])).toEqual([0, 0]);
    const shares = shareOut(1000, registerProvinces(readGazetteer()).map((p) => p.units));
    expect(shares.reduce((a, b) => a + b, 0)).toBe(1000);
  });

  it('names each province\'s folder without diacritics', () => {
    expect(provinceSlug('Tỉnh Cao Bằng')).toBe('tinh-cao-bang');
    expect(provinceSlug('Thành phố Hồ Chí Minh')).toBe('thanh-pho-ho-chi-minh');
    expect(provinceSlug('Tỉnh Đắk Lắk')).toBe('tinh-dak-lak');
  });

  it('writes a valid content folder per province; Lạng Sơn keeps its real notice and 2025 registers, every other gets its part of the national ones', () => {
    const out = mkdtempSync(join(tmpdir(), 'tp-national-'));
    const written = writeNationalContent({ from: resolve('content'), out, notices: 12, seed: 1, only: ['04', '20', '01'] });
    expect(written.map((p) => p.code)).toEqual(['01', '04', '20']);
    // 557, 173 and 206 units: 12 × units / 936, rounded by largest remainder, plus Lạng Sơn's real notice.
    expect(written.map((p) => p.notices)).toEqual([7, 2, 3 + 1]);
    expect(editionProvinces(out)).toEqual(written);
    for (const p of written) {
      const model = loadModel(join(out, p.code, 'content'));
      expect(model.province.name).toBe(p.name);
      expect(model.notices.length).toBe(p.notices);
      // The units since 1 July 2025 are those the national links take its communes to.
      expect(model.province.currentChildren.map((l) => l.code).sort()).toEqual(newUnitsOf(p.code));
      expect(p.currentUnits).toBe(newUnitsOf(p.code).length);
    }
    const ls = join(out, '20', 'content');
    for (const f of ['units-2025-07-01.csv', 'successors-2025-07-01.csv']) expect(readFileSync(join(ls, 'localities', f), 'utf8')).toBe(readFileSync(join('content/localities', f), 'utf8'));
    expect(loadModel(ls).notices.some((n) => !n.id.startsWith('tong-hop-'))).toBe(true);
    expect(readFileSync(join(out, '04', 'content', 'portal.yaml'), 'utf8')).toContain('boundaries: null');
    expect(readFileSync(join(out, '01', 'content', 'portal.yaml'), 'utf8')).toContain('provinceUnchanged: true');
  });

  it('gives a merged province\'s portal the units that succeeded its communes, and says which province they are part of', () => {
    const out = mkdtempSync(join(tmpdir(), 'tp-national-'));
    const [hg, dn] = writeNationalContent({ from: resolve('content'), out, notices: 2, seed: 1, only: ['02', '48'] });
    expect(hg).toMatchObject({ code: '02', name: 'Tỉnh Hà Giang', partOf: 'Tỉnh Tuyên Quang', currentUnits: newUnitsOf('02').length });
    const portal = readFileSync(join(out, '02', 'content', 'portal.yaml'), 'utf8');
    expect(portal).toContain('provinceUnchanged: false');
    expect(portal).toContain('Tỉnh Hà Giang (02) and Tỉnh Tuyên Quang (08) became Tỉnh Tuyên Quang (08)');
    const model = loadModel(join(out, '02', 'content'));
    // The province's page says it was merged, and into what, instead of calling it a unit of today.
    expect(model.reform.merged).toEqual({ provinces: ['Tỉnh Hà Giang', 'Tỉnh Tuyên Quang'], into: { code: '08', name: 'Tỉnh Tuyên Quang' } });
    expect(historySentences(model.province, model)).toEqual([
      'Từ 01/7/2025, Tỉnh Hà Giang và Tỉnh Tuyên Quang hợp nhất thành Tỉnh Tuyên Quang (mã 08); cấp huyện không còn và các đơn vị cấp xã được sắp xếp lại theo Nghị quyết 1684/NQ-UBTVQH15.',
    ]);
    expect(eraLabel(model.province, model.reform)).toBe('Đơn vị cũ: từ 01/7/2025 hợp nhất thành Tỉnh Tuyên Quang (mã 08)');
    const lungCu = model.localityById.get('00715-2025')!;
    expect(lungCu.name).toBe('Xã Lũng Cú');
    expect(lungCu.predecessors.map((l) => l.name).sort()).toEqual(['Xã Lũng Cú', 'Xã Lũng Táo', 'Xã Má Lé']);
    // Đà Nẵng's island district Hoàng Sa (498), which had no commune, became Đặc khu Hoàng Sa.
    const daNang = loadModel(join(out, '48', 'content'));
    const hoangSa = daNang.localityById.get('498')!;
    expect(hoangSa.successors.map((s) => `${s.code} ${s.name}`)).toEqual(['20333 Đặc khu Hoàng Sa']);
    // It has no commune to rearrange: its page says what it became, and the resolution.
    expect(historySentences(hoangSa, daNang)).toEqual(['Từ 01/7/2025, Huyện Hoàng Sa thuộc Đặc khu Hoàng Sa (mã 20333), theo Nghị quyết 1659/NQ-UBTVQH15.']);
    // Đà Nẵng's communes became 12 phường, 3 xã and the đặc khu (content/gazetteer/units-vn-2025-07-01.csv).
    expect(countByType(currentUnits(daNang.province))).toBe('3 xã, 12 phường, 1 đặc khu');
    expect(dn!.currentUnits).toBe(newUnitsOf('48').length);
  });

  it('is the same from the same seed', () => {
    const a = mkdtempSync(join(tmpdir(), 'tp-national-'));
    const b = mkdtempSync(join(tmpdir(), 'tp-national-'));
    for (const out of [a, b]) writeNationalContent({ from: resolve('content'), out, notices: 4, seed: 7, only: ['04'] });
    const notice = (out: string): string => readFileSync(join(out, '04', 'content', 'notices', '2015', 'tong-hop-2015-01-00000', 'notice.mdx'), 'utf8');
    expect(notice(a)).toBe(notice(b));
  });

  it('has a front page listing every province with its link and counts, in the site\'s stylesheets, with no script', () => {
    const provinces = [
      { code: '01', name: 'Thành phố Hà Nội', slug: 'thanh-pho-ha-noi', units: 557, currentUnits: 126, partOf: 'Thành phố Hà Nội', notices: 1200 },
      { code: '20', name: 'Tỉnh Lạng Sơn', slug: 'tinh-lang-son', units: 206, currentUnits: 65, partOf: 'Tỉnh Lạng Sơn', notices: 3 },
    ];
    const css = stylesheetsOf('<link rel="preload" href="/x/a.woff2"><link rel="stylesheet" href="/thanh-pho-ha-noi/_astro/Base.css">');
    expect(css).toEqual(['/thanh-pho-ha-noi/_astro/Base.css']);
    const html = nationalFrontPage({ provinces, stylesheets: css, searchUrl: '/thanh-pho-ha-noi/tim-kiem/' });
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<a href="/tinh-lang-son/">Tỉnh Lạng Sơn</a></td><td>20</td><td>206</td><td>65</td><td>Tỉnh Lạng Sơn</td><td>3</td>');
    expect(html).toContain('<td>1.200</td>');
    expect(html).toContain('2 tỉnh, thành phố (danh mục đơn vị hành chính ngày 01/3/2025), 763 đơn vị hành chính; từ 01/7/2025 thuộc 2 tỉnh, thành phố, với 191 đơn vị hành chính cấp xã; 1.203 thông báo kết luận.');
    expect(html).toContain('<link rel="stylesheet" href="/thanh-pho-ha-noi/_astro/Base.css" />');
    expect(html).toContain('action="/thanh-pho-ha-noi/tim-kiem/"');
    expect(html).not.toContain('<script');
  });
});
