/**
 * What the search index is given of a page (src/integrations/pagefind-index.ts): its <main> only,
 * without what Pagefind would leave out (data-pagefind-ignore elements, SVG, scripts); nothing of
 * a page that is not searchable.
 */
import { describe, expect, it } from 'vitest';
import { searchablePart, withoutIgnored } from '../../src/integrations/pagefind-index.ts';

const page = (main: string): string =>
  `<!doctype html><html lang="vi"><head><title>Xã Chí Minh — Cổng</title><link rel="stylesheet" href="/a.css"></head><body><header><nav>Địa phương</nav></header>${main}<footer>Nguồn</footer></body></html>`;

describe('the part of a page the search index reads', () => {
  it('is the main element, with the language and title, without header, navigation or footer', () => {
    const part = searchablePart(page('<main data-pagefind-body=""><h1>Xã Chí Minh</h1><p>Kết luận.</p></main>'));
    expect(part).toBe('<!doctype html><html lang="vi"><head><title>Xã Chí Minh — Cổng</title></head><body><main data-pagefind-body=""><h1>Xã Chí Minh</h1><p>Kết luận.</p></main></body></html>');
  });

  it('is nothing for a page without data-pagefind-body (search page, 404, later pages of a list)', () => {
    expect(searchablePart(page('<main id="noi-dung"><h1>Tìm kiếm</h1></main>'))).toBeNull();
  });

  it('keeps the metadata on main', () => {
    expect(searchablePart(page('<main data-pagefind-body="" data-pagefind-meta="ten[data-tp-ten]" data-tp-ten="Xa Chi Minh"><h1>Xã Chí Minh</h1></main>'))).toContain('data-tp-ten="Xa Chi Minh"');
  });

  it('leaves out SVG drawings and scripts', () => {
    const part = searchablePart(page('<main data-pagefind-body=""><p>Trước</p><svg viewBox="0 0 1 1"><text>35,16%</text></svg><script>x()</script><p>Sau</p></main>'));
    expect(part).toContain('<p>Trước</p><p>Sau</p>');
  });
});

describe('elements marked data-pagefind-ignore', () => {
  it('go with everything they hold, nested elements of the same name included', () => {
    expect(withoutIgnored('<p>a</p><section data-pagefind-ignore><section><p>b</p></section><p>c</p></section><p>d</p>')).toBe('<p>a</p><p>d</p>');
  });

  it('go one by one, and only they', () => {
    expect(withoutIgnored('<div data-pagefind-ignore>x</div><div>y</div><ul class="k" data-pagefind-ignore><li>z</li></ul><p data-pagefind-ignore="all">w</p>v')).toBe('<div>y</div>v');
  });

  it('an element without a closing tag goes alone', () => {
    expect(withoutIgnored('<p>a<img src="x.png" alt="Bản đồ" data-pagefind-ignore>b</p>')).toBe('<p>ab</p>');
  });

  it('an attribute that merely names the word stays', () => {
    expect(withoutIgnored('<p data-note="data-pagefind-ignore-me">a</p>')).toBe('<p data-note="data-pagefind-ignore-me">a</p>');
  });
});
