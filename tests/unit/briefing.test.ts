import { describe, expect, it } from 'vitest';
import { briefingLocalityUrl, briefingNoticeUrl, pdfUrlOf, placeDateLine, sameForAll } from '../../src/site/briefing.ts';
import { absoluteUrl, siteUrl } from '../../src/site/site-url.ts';
import { formatViDateWorded } from '../../src/domain/vi-date.ts';

describe('siteUrl: Astro site first, then SITE_URL, then the local preview', () => {
  it.each([
    { site: new URL('https://congkhai.example.vn/'), env: { SITE_URL: 'https://other.example/' }, expected: 'https://congkhai.example.vn/' },
    { site: undefined, env: { SITE_URL: 'https://congkhai.example.vn/ket-luan' }, expected: 'https://congkhai.example.vn/ket-luan/' },
    { site: undefined, env: {}, expected: 'http://localhost:4321/' },
  ])('$expected', ({ site, env, expected }) => {
    expect(siteUrl(site, env).href).toBe(expected);
  });

  it('keeps a base path when making a page address absolute', () => {
    expect(absoluteUrl('/dia-phuong/180-huyen-trang-dinh/', undefined, { SITE_URL: 'https://congkhai.example.vn/ket-luan/' })).toBe(
      'https://congkhai.example.vn/ket-luan/dia-phuong/180-huyen-trang-dinh/',
    );
  });
});

describe('briefing addresses', () => {
  it('put the PDF beside the briefing folder', () => {
    expect(briefingLocalityUrl({ slug: '180-huyen-trang-dinh' })).toBe('/ban-in/dia-phuong/180-huyen-trang-dinh/');
    expect(pdfUrlOf(briefingNoticeUrl({ id: '2024-04-trang-dinh' }))).toBe('/ban-in/thong-bao/2024-04-trang-dinh.pdf');
  });
});

describe('the place-and-date line of Nghị định 30/2020', () => {
  it.each([
    [{ year: 2024, month: 4, day: 9 }, 'ngày 09 tháng 4 năm 2024'],
    [{ year: 2024, month: 1, day: 19 }, 'ngày 19 tháng 01 năm 2024'],
    [{ year: 2026, month: 11, day: 27 }, 'ngày 27 tháng 11 năm 2026'],
    [{ year: 2024, month: 4, day: null }, 'ngày tháng 4 năm 2024'],
  ])('%o → %s', (date, expected) => {
    expect(formatViDateWorded(date)).toBe(expected);
    expect(placeDateLine('Lạng Sơn', date)).toBe(`Lạng Sơn, ${expected}`);
  });
});

describe('sameForAll', () => {
  it('is true only when two or more items agree', () => {
    expect(sameForAll([{ s: 'a' }, { s: 'a' }], (x) => x.s)).toBe(true);
    expect(sameForAll([{ s: 'a' }, { s: 'b' }], (x) => x.s)).toBe(false);
    expect(sameForAll([{ s: 'a' }], (x) => x.s)).toBe(false);
  });
});
