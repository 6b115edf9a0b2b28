/**
 * The front page of a merged national site (`/index.html`): every province with its link and
 * counts, in Vietnamese. A plain static page, no script: it wears the site's look by linking
 * the stylesheets one built province already serves (their addresses carry that province's
 * folder, which is part of the same site), and its Content-Security-Policy allows nothing else.
 */
import { vi } from '../../src/i18n/vi.ts';
import { formatViNumber } from '../../src/domain/vi-format.ts';
import type { NationalProvince } from './national.ts';

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The `<link rel="stylesheet">` addresses of a built page, in order. */
export function stylesheetsOf(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].flatMap((m) => /\bhref="([^"]+)"/.exec(m[0])?.[1] ?? []);
}

export interface FrontPage {
  provinces: readonly NationalProvince[];
  /** Stylesheets of a built province's page (absolute site paths). */
  stylesheets: readonly string[];
  /** The search page of one province: the one index spans them all. */
  searchUrl: string | null;
}

export function nationalFrontPage({ provinces, stylesheets, searchUrl }: FrontPage): string {
  // A unit since 2025 with predecessors in two provinces would count in each: there is none
  // (tests/unit/reform-2025.test.ts), so the sum is the number of units.
  const total = (key: 'units' | 'currentUnits' | 'notices'): string => formatViNumber(provinces.reduce((sum, p) => sum + p[key], 0));
  const rows = provinces
    .map((p) => `          <tr><td><a href="/${p.slug}/">${escape(p.name)}</a></td><td>${p.code}</td><td>${formatViNumber(p.units)}</td><td>${formatViNumber(p.currentUnits)}</td><td>${escape(p.partOf)}</td><td>${formatViNumber(p.notices)}</td></tr>`)
    .join('\n');
  const partsOf = new Set(provinces.map((p) => p.partOf)).size;
  const search = searchUrl
    ? `
        <form class="tp-search" role="search" action="${escape(searchUrl)}" method="get">
          <label for="tp-search-q">${escape(vi.search.label)}</label>
          <input id="tp-search-q" type="search" name="q" placeholder="${escape(vi.search.placeholder)}" />
          <button type="submit">${escape(vi.search.button)}</button>
        </form>`
    : '';
  return `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="content-security-policy" content="default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; script-src 'none'; style-src 'self'" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escape(vi.siteName)} — toàn quốc</title>
    <meta name="description" content="Cổng công khai kết luận kiểm tra của UBND ${provinces.length} tỉnh, thành phố: mỗi tỉnh một cổng, một ô tìm kiếm chung." />
${stylesheets.map((href) => `    <link rel="stylesheet" href="${escape(href)}" />`).join('\n')}
  </head>
  <body>
    <header class="tp-header">
      <div class="tp-header__inner">
        <a class="tp-header__title" href="/">${escape(vi.siteName)}<span class="tp-header__owner">Toàn quốc</span></a>${search}
      </div>
    </header>
    <div class="tp-container">
      <main id="noi-dung">
        <h1>${escape(vi.siteName)} — toàn quốc</h1>
        <p class="tp-lede">Mỗi tỉnh, thành phố có cổng riêng: thông báo kết luận kiểm tra của UBND tỉnh, số liệu, nhiệm vụ, kiến nghị. Ô tìm kiếm tìm trên mọi cổng.</p>
        <p>${provinces.length} tỉnh, thành phố (danh mục đơn vị hành chính ngày 01/3/2025), ${total('units')} đơn vị hành chính; từ 01/7/2025 thuộc ${partsOf} tỉnh, thành phố, với ${total('currentUnits')} đơn vị hành chính cấp xã; ${total('notices')} thông báo kết luận.</p>
        <div class="tp-table-scroll">
        <table>
          <caption>Các tỉnh, thành phố</caption>
          <thead><tr><th scope="col">Tỉnh, thành phố</th><th scope="col">Mã</th><th scope="col">Đơn vị hành chính (01/3/2025)</th><th scope="col">Đơn vị cấp xã từ 01/7/2025</th><th scope="col">Từ 01/7/2025 thuộc</th><th scope="col">Thông báo kết luận</th></tr></thead>
          <tbody>
${rows}
          </tbody>
        </table>
        </div>
      </main>
    </div>
    <footer class="tp-footer">
      <div class="tp-container">
        <p>${escape(vi.footer.licence)}</p>
      </div>
    </footer>
  </body>
</html>
`;
}
