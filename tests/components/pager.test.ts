/**
 * Pager: where the reader is in a long list, and plain links to the other pages. The list is the
 * tracker of the sample notice, its 12 items (directives 2.1 a)–g), 2.2 and 2.3, and 3 proposals),
 * cut into pages as the tracker would be with 5 items a page (TP_PAGE_SIZE=5) or with 1.
 */
import { describe, expect, it } from 'vitest';
import type { CheerioAPI } from 'cheerio';
import Pager from '../../src/components/Pager.astro';
import { paginateList } from '../../src/site/paging.ts';
import { render, textOf } from '../helpers/render.ts';
import { siteData } from '../helpers/site-data.ts';

/** Page `n` of the tracker's pager, the list cut into pages of `size`. */
async function pager(n: number, size: number, options: { position?: 'top' | 'bottom' } = {}): Promise<CheerioAPI> {
  const page = paginateList(siteData().items, size)[n - 1];
  if (!page) throw new Error(`the list has no page ${n} at ${size} a page`);
  return render(Pager, { base: '/nhiem-vu/', page, anchor: 'danh-sach', ...options });
}

/** Each item of the pager's row: its text, its link (if any), and how the link is marked. */
const links = ($: CheerioAPI) =>
  $('li').map((_, li) => {
    const a = $(li).children('a');
    return [{ text: textOf($(li)), href: a.attr('href') ?? null, rel: a.attr('rel') ?? null, current: a.attr('aria-current') ?? null }];
  }).get();

describe('Pager over 12 items, 5 a page', () => {
  it('says which page of how many and which items of the 12', async () => {
    expect(textOf((await pager(1, 5))('.tp-pager__where'))).toBe('Trang 1/3: mục 1–5 trong 12');
    expect(textOf((await pager(2, 5))('.tp-pager__where'))).toBe('Trang 2/3: mục 6–10 trong 12');
    expect(textOf((await pager(3, 5))('.tp-pager__where'))).toBe('Trang 3/3: mục 11–12 trong 12');
  });

  it('on the first page: no previous link, the next to page 2, every number linked, 1 marked current', async () => {
    expect(links(await pager(1, 5))).toEqual([
      { text: '‹ Trang trước', href: null, rel: null, current: null },
      { text: '1', href: '/nhiem-vu/#danh-sach', rel: null, current: 'page' },
      { text: '2', href: '/nhiem-vu/trang-2/#danh-sach', rel: null, current: null },
      { text: '3', href: '/nhiem-vu/trang-3/#danh-sach', rel: null, current: null },
      { text: 'Trang sau ›', href: '/nhiem-vu/trang-2/#danh-sach', rel: 'next', current: null },
    ]);
  });

  it('in the middle: previous to page 1 (the list\'s own address), next to page 3', async () => {
    const row = links(await pager(2, 5));
    expect(row[0]).toEqual({ text: '‹ Trang trước', href: '/nhiem-vu/#danh-sach', rel: 'prev', current: null });
    expect(row.at(-1)).toEqual({ text: 'Trang sau ›', href: '/nhiem-vu/trang-3/#danh-sach', rel: 'next', current: null });
    expect(row.filter((l) => l.current === 'page').map((l) => l.text)).toEqual(['2']);
  });

  it('on the last page: no next link, 3 marked current', async () => {
    const $ = await pager(3, 5);
    const row = links($);
    expect(row.at(-1)).toEqual({ text: 'Trang sau ›', href: null, rel: null, current: null });
    expect($('.tp-pager__off').map((_, s) => textOf($(s))).get()).toEqual(['Trang sau ›']);
    expect(row.filter((l) => l.current === 'page').map((l) => l.text)).toEqual(['3']);
  });

  it('tells the current page to a screen reader by name, the others by number', async () => {
    const $ = await pager(2, 5);
    expect($('a[aria-current="page"]').attr('aria-label')).toBe('Trang 2 (trang này)');
    expect($('a[aria-label="Trang 3"]').attr('href')).toBe('/nhiem-vu/trang-3/#danh-sach');
  });

  it('names the pager below the list apart from the one above (two landmarks)', async () => {
    expect((await pager(1, 5))('nav').attr('aria-label')).toBe('Phân trang');
    expect((await pager(1, 5, { position: 'bottom' }))('nav').attr('aria-label')).toBe('Phân trang (cuối danh sách)');
  });
});

describe('Pager over 12 pages of 1 item', () => {
  it('links the first, the last and two either side of the current page, with a gap marked …', async () => {
    const numbers = links(await pager(6, 1)).slice(1, -1).map((l) => l.text);
    expect(numbers).toEqual(['1', '…', '4', '5', '6', '7', '8', '…', '12']);
  });

  it('hides the gap from screen readers', async () => {
    const $ = await pager(6, 1);
    expect($('li[aria-hidden="true"]').map((_, li) => textOf($(li))).get()).toEqual(['…', '…']);
  });

  it('leaves no gap next to the first page: 1 2 3 4 5 … 12 on page 3', async () => {
    expect(links(await pager(3, 1)).slice(1, -1).map((l) => l.text)).toEqual(['1', '2', '3', '4', '5', '…', '12']);
  });
});

describe('Pager of a list that fits on one page', () => {
  it('shows nothing', async () => {
    const $ = await pager(1, 12);
    expect($('nav')).toHaveLength(0);
    expect(textOf($.root())).toBe('');
  });
});
