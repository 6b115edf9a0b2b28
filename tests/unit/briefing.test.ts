import { describe, expect, it } from 'vitest';
import { briefingLocalityUrl, briefingNoticeUrl, briefingOrigin, pdfUrlOf, sameForAll } from '../../src/site/briefing.ts';
import { publicAddressOf, publicLink } from '../../src/site/public-address.ts';
import { loadModel } from '../../src/load/load-model.ts';
import { formatViDateWorded } from '../../src/domain/vi-date.ts';

describe('publicAddressOf: Astro site first, then SITE_URL, else none (never a development address)', () => {
  it.each([
    { site: new URL('https://congkhai.example.vn/'), env: { SITE_URL: 'https://other.example/' }, expected: 'https://congkhai.example.vn/' },
    { site: undefined, env: { SITE_URL: 'https://congkhai.example.vn/ket-luan' }, expected: 'https://congkhai.example.vn/ket-luan/' },
  ])('$expected', ({ site, env, expected }) => {
    expect(publicAddressOf(site, env)?.href).toBe(expected);
  });

  it('is null when nothing is configured, and links then stay site-relative', () => {
    expect(publicAddressOf(undefined, {})).toBeNull();
    expect(publicAddressOf(undefined, { SITE_URL: ' ' })).toBeNull();
    expect(publicLink('/dia-phuong/180-huyen-trang-dinh/', null)).toBe('/dia-phuong/180-huyen-trang-dinh/');
  });

  it('keeps a base path when making a page address absolute', () => {
    expect(publicLink('/dia-phuong/180-huyen-trang-dinh/', publicAddressOf(undefined, { SITE_URL: 'https://congkhai.example.vn/ket-luan/' }))).toBe(
      'https://congkhai.example.vn/ket-luan/dia-phuong/180-huyen-trang-dinh/',
    );
  });

  it.each([
    ['http://localhost:4321/', 'localhost is this machine'],
    ['http://127.0.0.1:8080', '127.0.0.1 is this machine'],
    ['congkhai.example.vn', 'it is not an absolute address'],
    ['ftp://congkhai.example.vn/', 'its scheme is ftp:'],
  ])('stops the build on SITE_URL=%s, saying why', (value, why) => {
    expect(() => publicAddressOf(undefined, { SITE_URL: value })).toThrow(`SITE_URL="${value}" cannot be the site's public address: ${why}`);
  });
});

describe('a briefing says it is a summary compiled by the portal, with the date of its data', () => {
  it('names the portal, the notice (blank number said so) and the data date, and disclaims issue', () => {
    const notice = loadModel().notices.find((n) => n.id === '2024-04-trang-dinh')!;
    expect(briefingOrigin([notice], { year: 2026, month: 12, day: 1 })).toBe(
      'Bản tóm tắt do Cổng công khai kết luận kiểm tra tổng hợp từ Thông báo kết luận (số để trống trong văn bản) tháng 4/2024 của Ủy ban nhân dân tỉnh Lạng Sơn; không phải văn bản do UBND tỉnh ban hành. Dữ liệu cập nhật ngày 01/12/2026.',
    );
  });
});

describe('briefing addresses', () => {
  it('put the PDF beside the briefing folder', () => {
    expect(briefingLocalityUrl({ slug: '180-huyen-trang-dinh' })).toBe('/ban-in/dia-phuong/180-huyen-trang-dinh/');
    expect(pdfUrlOf(briefingNoticeUrl({ id: '2024-04-trang-dinh' }))).toBe('/ban-in/thong-bao/2024-04-trang-dinh.pdf');
  });
});

describe('dates in words (ngày 09 tháng 4 năm 2024)', () => {
  it.each([
    [{ year: 2024, month: 4, day: 9 }, 'ngày 09 tháng 4 năm 2024'],
    [{ year: 2024, month: 1, day: 19 }, 'ngày 19 tháng 01 năm 2024'],
    [{ year: 2026, month: 11, day: 27 }, 'ngày 27 tháng 11 năm 2026'],
    [{ year: 2024, month: 4, day: null }, 'ngày tháng 4 năm 2024'],
  ])('%o → %s', (date, expected) => {
    expect(formatViDateWorded(date)).toBe(expected);
  });
});

describe('sameForAll', () => {
  it('is true only when two or more items agree', () => {
    expect(sameForAll([{ s: 'a' }, { s: 'a' }], (x) => x.s)).toBe(true);
    expect(sameForAll([{ s: 'a' }, { s: 'b' }], (x) => x.s)).toBe(false);
    expect(sameForAll([{ s: 'a' }], (x) => x.s)).toBe(false);
  });
});
