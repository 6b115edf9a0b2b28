/**
 * The search page's query rewrites (src/site/search-terms.ts): a unit's name typed without
 * diacritics searches as that name; words typed without đ get it back. Names from the register.
 */
import { describe, expect, it } from 'vitest';
import { dWordMap, nameMap } from '../../src/site/search-terms.ts';
import { loadModel } from '../../src/load/load-model.ts';

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
