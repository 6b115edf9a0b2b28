/** A national edition's content (scripts/lib/national.ts): which provinces, how notices are shared, what each folder holds. */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/load/load-model.ts';
import { readGazetteer } from '../../src/load/read-gazetteer.ts';
import { editionProvinces, provinceSlug, registerProvinces, shareOut, writeNationalContent } from '../../scripts/lib/national.ts';
import { nationalFrontPage, stylesheetsOf } from '../../scripts/lib/national-front-page.ts';

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

  it('writes a valid content folder per province; Lạng Sơn keeps its real notice and 2025 registers, no other gets any', () => {
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
    }
    const ls = join(out, '20', 'content');
    expect(existsSync(join(ls, 'localities/units-2025-07-01.csv'))).toBe(true);
    expect(loadModel(ls).notices.some((n) => !n.id.startsWith('tong-hop-'))).toBe(true);
    expect(existsSync(join(out, '01', 'content', 'localities/units-2025-07-01.csv'))).toBe(false);
    expect(readFileSync(join(out, '04', 'content', 'portal.yaml'), 'utf8')).toContain('boundaries: null');
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
      { code: '01', name: 'Thành phố Hà Nội', slug: 'thanh-pho-ha-noi', units: 557, notices: 1200 },
      { code: '20', name: 'Tỉnh Lạng Sơn', slug: 'tinh-lang-son', units: 206, notices: 3 },
    ];
    const css = stylesheetsOf('<link rel="preload" href="/x/a.woff2"><link rel="stylesheet" href="/thanh-pho-ha-noi/_astro/Base.css">');
    expect(css).toEqual(['/thanh-pho-ha-noi/_astro/Base.css']);
    const html = nationalFrontPage({ provinces, stylesheets: css, searchUrl: '/thanh-pho-ha-noi/tim-kiem/' });
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<a href="/tinh-lang-son/">Tỉnh Lạng Sơn</a></td><td>20</td><td>206</td><td>3</td>');
    expect(html).toContain('<td>1.200</td>');
    expect(html).toContain('2 tỉnh, thành phố (danh mục đơn vị hành chính ngày 01/3/2025), 763 đơn vị hành chính, 1.203 thông báo kết luận.');
    expect(html).toContain('<link rel="stylesheet" href="/thanh-pho-ha-noi/_astro/Base.css" />');
    expect(html).toContain('action="/thanh-pho-ha-noi/tim-kiem/"');
    expect(html).not.toContain('<script');
  });
});
