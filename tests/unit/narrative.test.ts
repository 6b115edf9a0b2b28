/**
 * A notice's narrative is text from outside: it reaches the page as text, never as live
 * markup or code (raw HTML is escaped, script links are not made, an MDX-style expression
 * stays the characters it is).
 */
import { describe, expect, it } from 'vitest';
import { narrativeHtml } from '../../src/site/narrative.ts';

describe('notice narrative', () => {
  it('keeps paragraphs and the line breaks of the original', () => {
    const text = 'Thực hiện Chương trình số 15/CTr-UBND 12/3/2024 của UBND tỉnh về kiểm tra\ntình hình triển khai.\n\nSau khi kiểm tra, khảo sát thực tế.';
    expect(narrativeHtml(text)).toBe(
      '<p>Thực hiện Chương trình số 15/CTr-UBND 12/3/2024 của UBND tỉnh về kiểm tra\ntình hình triển khai.</p>\n<p>Sau khi kiểm tra, khảo sát thực tế.</p>',
    );
  });

  it.each([
    ['a script element', '<script>alert(1)</script>', '<script', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['an image with an event handler', '<img src=x onerror=alert(1)>', '<img', '&lt;img src=x onerror=alert(1)&gt;'],
    ['a javascript: link', '[bấm vào đây](javascript:alert(1))', 'href', '[bấm vào đây](javascript:alert(1))'],
    ['an MDX expression', 'Thư mục {process.env.HOME} và {import("node:fs")}', '<script', 'Thư mục {process.env.HOME} và {import(&quot;node:fs&quot;)}'],
    ['a "<" before a digit', 'tỷ lệ <5% hộ nghèo', '<5', 'tỷ lệ &lt;5% hộ nghèo'],
  ])('shows %s as text', (_what, input, absent, shown) => {
    const html = narrativeHtml(input);
    expect(html).not.toContain(absent);
    expect(html).toContain(shown);
  });

  it('opens a link to another site with rel="external noopener noreferrer", a link of this site without', () => {
    const html = narrativeHtml('Theo [Nghị định 30/2020/NĐ-CP](https://vanban.chinhphu.vn/?docid=199501) và [trang huyện](/dia-phuong/180-huyen-trang-dinh/).');
    expect(html).toContain('<a href="https://vanban.chinhphu.vn/?docid=199501" rel="external noopener noreferrer">Nghị định 30/2020/NĐ-CP</a>');
    expect(html).toContain('<a href="/dia-phuong/180-huyen-trang-dinh/">trang huyện</a>');
  });
});
