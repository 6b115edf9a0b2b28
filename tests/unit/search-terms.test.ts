/**
 * The search page's query rewrites (src/site/search-terms.ts): a unit's name typed without
 * diacritics searches as that name; words typed without đ get it back. Names from the register.
 */
import { describe, expect, it } from 'vitest';
import { dWordMap, nameMap, searchData, unitEntries } from '../../src/site/search-terms.ts';
import { loadModel } from '../../src/load/load-model.ts';
import { vi } from '../../src/i18n/vi.ts';

const model = loadModel();
const names = nameMap(model);

describe('a unit name typed without diacritics', () => {
  it('searches as the name, with or without its type word', () => {
    expect(names['trang dinh']).toBe('tràng định');
    expect(names['huyen trang dinh']).toBe('huyện tràng định');
    expect(names['xa that khe']).toBe('xã thất khê');
  });

  it('leaves a one-word query to the word rewrite', () => {
    expect(Object.keys(names).every((k) => k.includes(' '))).toBe(true);
  });
});

describe('a word typed without đ', () => {
  it('gets its đ back when the site writes it so', () => {
    expect(dWordMap(model)['dinh']).toBe('đinh');
  });
});

describe('the units the search page can name', () => {
  it('come current first: Xã Tràng Định (since 01/7/2025) before Huyện Tràng Định', () => {
    const named = unitEntries(model).filter((u) => u.keys.includes('trang dinh')).map((u) => u.name);
    expect(named).toEqual(['Xã Tràng Định', 'Huyện Tràng Định']);
  });

  it('travel in a data block that no name can close', () => {
    const province = { ...model.province, name: 'Tỉnh </script><script>alert(1)' };
    const data = searchData({ ...model, localities: [province, ...model.localities.slice(1)] }, vi.search.results);
    expect(data).not.toContain('</script>');
    expect((JSON.parse(data) as { units: { name: string }[] }).units[0]?.name).toBe('Tỉnh </script><script>alert(1)');
  });
});
