/** Long lists cut into pages (src/site/paging.ts): the boundaries a reader would notice. */
import { describe, expect, it } from 'vitest';
import { pageOfIndex, pageParam, pagePath, pageSize, pagerNumbers, paginateList, trackerItemPageUrl } from '../../src/site/paging.ts';

const list = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

describe('paginateList', () => {
  it('exactly one page of items is one page, with no second', () => {
    const pages = paginateList(list(40), 40);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ number: 1, count: 1, start: 0, total: 40 });
    expect(pages[0]!.items).toHaveLength(40);
  });

  it('one item more makes a second page holding that one item', () => {
    const pages = paginateList(list(41), 40);
    expect(pages.map((p) => p.items.length)).toEqual([40, 1]);
    expect(pages[1]).toMatchObject({ number: 2, count: 2, start: 40, total: 41, items: [40] });
  });

  it('an empty list is one empty page (the page still exists and says so)', () => {
    expect(paginateList([], 10)).toEqual([{ number: 1, count: 1, items: [], start: 0, total: 0 }]);
  });

  it('keeps the order and loses nothing', () => {
    const pages = paginateList(list(101), 10);
    expect(pages).toHaveLength(11);
    expect(pages.flatMap((p) => p.items)).toEqual(list(101));
  });

  it('refuses a page size that is not a positive integer', () => {
    expect(() => paginateList(list(3), 0)).toThrow(/positive integer/);
    expect(() => paginateList(list(3), 2.5)).toThrow(/positive integer/);
  });
});

describe('addresses', () => {
  it('page 1 keeps the list\'s address; page n is trang-n/ (no diacritics)', () => {
    expect(pagePath('/nhiem-vu/', 1)).toBe('/nhiem-vu/');
    expect(pagePath('/nhiem-vu/', 2)).toBe('/nhiem-vu/trang-2/');
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(7)).toBe('trang-7');
  });

  it('an item\'s page follows from its place in the list', () => {
    expect(pageOfIndex(0, 40)).toBe(1);
    expect(pageOfIndex(39, 40)).toBe(1);
    expect(pageOfIndex(40, 40)).toBe(2);
    expect(trackerItemPageUrl({ anchor: 'a-nv-1', page: 1 })).toBe('/nhiem-vu/#a-nv-1');
    expect(trackerItemPageUrl({ anchor: 'a-nv-1', page: 3 })).toBe('/nhiem-vu/trang-3/#a-nv-1');
  });
});

describe('pagerNumbers', () => {
  it('links every page when there are few', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(4, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('otherwise the first, the last and two either side, with gaps marked', () => {
    expect(pagerNumbers(1, 126)).toEqual([1, 2, 3, null, 126]);
    expect(pagerNumbers(50, 126)).toEqual([1, null, 48, 49, 50, 51, 52, null, 126]);
    expect(pagerNumbers(126, 126)).toEqual([1, null, 124, 125, 126]);
    expect(pagerNumbers(4, 126)).toEqual([1, 2, 3, 4, 5, 6, null, 126]);
  });
});

describe('pageSize', () => {
  it('TP_PAGE_SIZE overrides every list (tests page small archives); nonsense is ignored', () => {
    expect(pageSize('tracker', {})).toBe(40);
    expect(pageSize('tracker', { TP_PAGE_SIZE: '5' })).toBe(5);
    expect(pageSize('tracker', { TP_PAGE_SIZE: '0' })).toBe(40);
    expect(pageSize('tracker', { TP_PAGE_SIZE: 'abc' })).toBe(40);
  });
});
