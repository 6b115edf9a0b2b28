import { describe, expect, it } from 'vitest';
import { highlightLines } from '../../src/site/source-highlight.ts';
import { findVerbatim } from '../../src/domain/verbatim.ts';

describe('findVerbatim', () => {
  it('matches across a line break but not a changed character', () => {
    const source = 'tuyến đường nối liền\n\ntrụ sở xã Khánh Long';
    expect(findVerbatim(source, 'nối liền trụ sở')).toEqual([12]);
    expect(findVerbatim(source, 'nối liền trụ sơ')).toEqual([]);
  });

  it('matches NFD quotes against NFC text', () => {
    expect(findVerbatim('huyện Tràng Định', 'Tràng Định'.normalize('NFD'))).toHaveLength(1);
  });
});

describe('highlightLines', () => {
  it('marks the printed figure inside its excerpt, even when excerpts overlap', () => {
    const lines = ['huyện đề xuất bổ sung 240 triệu đồng để hỗ trợ xây mới 02 nhà văn hóa thôn: UBND'];
    const [segments] = highlightLines(lines, [
      { id: 'a', excerpt: 'đề xuất bổ sung 240 triệu đồng để hỗ trợ xây mới 02 nhà văn hóa thôn', printed: '240 triệu đồng' },
      { id: 'b', excerpt: 'hỗ trợ xây mới 02 nhà văn hóa thôn', printed: '02 nhà văn hóa thôn' },
    ]);
    expect(segments!.filter((s) => s.figureId).map((s) => [s.figureId, s.text])).toEqual([
      ['a', '240 triệu đồng'],
      ['b', '02 nhà văn hóa thôn'],
    ]);
    expect(segments!.map((s) => s.text).join('')).toBe(lines[0]);
  });
});
