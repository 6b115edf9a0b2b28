/**
 * The gazetteer knows the whole country (issue 11, point 5): a unit of another province is
 * recognised as such and never matched to a Lạng Sơn unit, a name that matches no unit is not a
 * unit, and a register unit named without its type word is reported. Codes and names are those
 * of content/gazetteer/units-vn-2025-03-01.csv (GSO register of 01/3/2025).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../src/importer/index.ts';
import { findLocalityMentions, matchLocality } from '../../src/importer/match-locality.ts';
import { referenceOf } from '../../src/importer/reference-lists.ts';
import { loadModel } from '../../src/load/load-model.ts';
import { readGazetteer } from '../../src/load/gazetteer.ts';

const reference = referenceOf(loadModel(resolve('content')), readGazetteer(resolve('content')));
const match = (text: string) =>
  findLocalityMentions(text, reference.units).map((m) => {
    const r = matchLocality(m, reference.units, ['180'], reference.others);
    return `${m.printed} → ${r.unit?.id ?? (r.candidates.map((c) => `(${c.id})`).join('') || '-')} ${r.how}`;
  });
const notes = (text: string) => importText(`${text}\n`, reference).notes.filter((n) => n.field === 'localities').map((n) => n.message);

describe('names of the whole country', () => {
  it('holds every province and commune of the register, Lạng Sơn apart', () => {
    expect(reference.others.filter((u) => u.type === 'tỉnh' || (u.type === 'thành phố' && u.parentId === null)).length).toBe(62);
    expect(reference.others.find((u) => u.id === '10303')).toMatchObject({ type: 'xã', name: 'Hoàng Long', province: 'thành phố Hà Nội' });
  });

  it.each([
    // One letter from xã Hoàng Đồng (05986, Lạng Sơn): before, matched to it as a typo.
    ['xã Hoàng Long', 'xã Hoàng Long → (10303) other-province'],
    ['tỉnh Cao Bằng', 'tỉnh Cao Bằng → (04) other-province'],
    ['xã Hoàng Đồng', 'xã Hoàng Đồng → 05986 exact'],
    ['UBND HUYỆN TRÀNG ĐỊNH', 'HUYỆN TRÀNG ĐỊNH → 180 exact'],
  ])('%s', (text, expected) => {
    expect(match(text)).toEqual([expected]);
  });

  it('says a unit of another province is one, with its province', () => {
    expect(notes('Làm việc tại xã Hoàng Long.')).toEqual(['"xã Hoàng Long" là đơn vị của tỉnh khác (10303 xã Hoàng Long, thành phố Hà Nội), không phải của tỉnh này; không gắn, dòng 1']);
  });

  it('does not take a person\'s name after "huyện" or "tỉnh" for a unit', () => {
    expect(match('Phó Chủ tịch UBND tỉnh Đặng Văn Minh')).toEqual(['tỉnh Đặng Văn Minh → - none']);
    expect(notes('Đồng chí Phó Chủ tịch UBND huyện Hà Thị Minh Quang dự họp.')).toEqual([
      '"Hà Thị Minh Quang" sau chữ "huyện" không trùng tên đơn vị nào trong content/localities và danh mục cả nước (content/gazetteer): không coi là đơn vị (có thể là tên người); nếu là đơn vị cũ đã sáp nhập, thêm vào former-units.csv — dòng 1',
    ]);
  });

  it('reports a register unit named without its type word, without attaching it', () => {
    // Dated 2024: only the districts existed (the communes of the same names began 01/7/2025).
    expect(notes('Lạng Sơn, ngày 10 tháng 4 năm 2024\nKiểm tra dự án tại Tràng Định và Văn Lãng.')).toEqual([
      '"Tràng Định" (không kèm loại đơn vị) trùng tên huyện Tràng Định (180); chưa gắn — gắn nếu văn bản nói về đơn vị này, dòng 2',
      '"Văn Lãng" (không kèm loại đơn vị) trùng tên huyện Văn Lãng (182); chưa gắn — gắn nếu văn bản nói về đơn vị này, dòng 2',
    ]);
  });

  it('names every unit of the name when the text has no date to tell the eras apart', () => {
    expect(notes('Kiểm tra dự án tại Tràng Định.')).toEqual([
      '"Tràng Định" (không kèm loại đơn vị) trùng tên huyện Tràng Định (180) hoặc xã Tràng Định (06046-2025); chưa gắn — gắn nếu văn bản nói về đơn vị này, dòng 1',
    ]);
  });
});
