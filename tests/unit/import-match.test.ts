/**
 * Names matched to the register and the agency list: by code, tolerant of diacritics, old tone
 * placement and small typos, and never a guess between two units of the same name.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchAgencyAt, matchAgencyList } from '../../src/importer/match-agency.ts';
import { findLocalityMentions, matchLocality } from '../../src/importer/match-locality.ts';
import { loadModel } from '../../src/load/load-model.ts';
import { referenceOf } from '../../src/importer/reference-lists.ts';

const reference = referenceOf(loadModel(resolve('content')));
const match = (text: string, near: string[] = []) =>
  findLocalityMentions(text, reference.units).map((m) => {
    const r = matchLocality(m, reference.units, near);
    return `${m.printed} → ${r.unit?.id ?? '-'} ${r.how}`;
  });

describe('localities', () => {
  it.each([
    ['UBND huyện Tràng Định', ['huyện Tràng Định → 180 exact']],
    ['huyện Trảng Định', ['huyện Trảng Định → 180 diacritics']],
    ['huyện Trang Dinh', ['huyện Trang Dinh → 180 diacritics']],
    ['huyện Tràng Địng', ['huyện Tràng Địng → 180 typo']],
    ['xã Tân Minh, Chí Minh thực hiện', ['xã Tân Minh → 06028 exact', 'Chí Minh → 06013 exact']],
    ['xã Khánh Long và xã Vĩnh Tiến', ['xã Khánh Long → 05998 exact', 'xã Vĩnh Tiến → 180-vinh-tien exact']],
    ['tỉnh Cao Bằng', ['tỉnh Cao Bằng → - none']],
    ['Thường trực Huyện ủy, HĐND', []],
  ])('%s', (text, expected) => {
    expect(match(text, ['180'])).toEqual(expected);
  });

  it('leaves a name shared by units of two districts unmatched unless the context tells which', () => {
    const shared = reference.units.filter((u) => u.type === 'xã' && u.name === 'Hồng Phong');
    expect(shared.length).toBeGreaterThan(1);
    expect(match('xã Hồng Phong')).toEqual(['xã Hồng Phong → - ambiguous']);
    const district = shared[0]!.parentId!;
    expect(match('xã Hồng Phong', [district])).toEqual([`xã Hồng Phong → ${shared[0]!.id} exact`]);
  });
});

describe('agencies', () => {
  it('splits a printed list whose names contain commas, and reports what matches nothing', () => {
    const list = matchAgencyList('Tài chính, Văn hoá, Thể thao và Du lịch, Y tế, Sở Ngoại vụ.', reference.agencies);
    expect(list.map((m) => `${m.printed} → ${m.agency?.id ?? '-'} ${m.how}`)).toEqual([
      'Tài chính → so-tai-chinh exact',
      'Văn hoá, Thể thao và Du lịch → so-van-hoa-the-thao-va-du-lich diacritics',
      'Y tế → so-y-te exact',
      'Sở Ngoại vụ → - none',
    ]);
  });

  it('finds an agency named in running text', () => {
    expect(matchAgencyAt('Sở Giao thông vận tải chủ trì', reference.agencies)?.agency?.id).toBe('so-giao-thong-van-tai');
    expect(matchAgencyAt('các cơ quan liên quan', reference.agencies)).toBeNull();
  });
});
