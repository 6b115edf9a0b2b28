/** The base path rule (src/site/base.ts) and the search index's addresses under it. */
import { describe, expect, it } from 'vitest';
import { basePath, searchRoot, withBase, withoutBase } from '../../src/site/base.ts';
import { pageAddress } from '../../src/integrations/pagefind-index.ts';

describe('base path', () => {
  it('is / unless TP_BASE names folders, written with one slash each side', () => {
    expect(basePath({})).toBe('/');
    expect(basePath({ TP_BASE: '' })).toBe('/');
    expect(basePath({ TP_BASE: '/' })).toBe('/');
    expect(basePath({ TP_BASE: 'tinh-04' })).toBe('/tinh-04/');
    expect(basePath({ TP_BASE: '/tinh-cao-bang/' })).toBe('/tinh-cao-bang/');
    expect(basePath({ TP_BASE: '/vn/tinh-04' })).toBe('/vn/tinh-04/');
  });

  it('refuses what is not a plain folder path', () => {
    for (const bad of ['/Tỉnh/', '/a b/', 'https://x/', '/../x/', '/a//b/']) expect(() => basePath({ TP_BASE: bad }), bad).toThrow(/not a base path/);
  });

  it('prefixes site paths, and takes the prefix off addresses under it', () => {
    expect(withBase('/dia-phuong/x/', '/')).toBe('/dia-phuong/x/');
    expect(withBase('/dia-phuong/x/', '/tinh-04/')).toBe('/tinh-04/dia-phuong/x/');
    expect(withBase('/', '/tinh-04/')).toBe('/tinh-04/');
    expect(() => withBase('dia-phuong/', '/tinh-04/')).toThrow();
    expect(withoutBase('/tinh-04/ban-in/x/', '/tinh-04/')).toBe('/ban-in/x/');
    expect(withoutBase('/tinh-04', '/tinh-04/')).toBe('/');
    expect(withoutBase('/pagefind/x.js', '/tinh-04/')).toBeNull();
    expect(withoutBase('/ban-in/x/', '/')).toBe('/ban-in/x/');
  });

  it('the search index lives at the base, or at the root TP_SEARCH_ROOT names', () => {
    expect(searchRoot({ TP_BASE: '/tinh-04/' })).toBe('/tinh-04/');
    expect(searchRoot({ TP_BASE: '/tinh-04/', TP_SEARCH_ROOT: '/' })).toBe('/');
    expect(searchRoot({})).toBe('/');
  });

  it('names a page of the index by its address under the base', () => {
    expect(pageAddress('index.html', '/tinh-04/')).toBe('/tinh-04/');
    expect(pageAddress('dia-phuong/x/index.html', '/tinh-04/')).toBe('/tinh-04/dia-phuong/x/');
    expect(pageAddress('404.html', '/tinh-04/')).toBe('/tinh-04/404.html');
  });
});
