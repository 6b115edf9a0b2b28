/**
 * What `npm run validate` accepts in a narrative: ordinary text that merely looks like markup
 * ("<5%", escaped braces), http(s) links and links to the site's own pages; and the narrative
 * is published in NFC whatever the editor's keyboard produced. What it refuses is in
 * tests/fixtures/faults/narrative-*.json.
 */
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/load/load-model.ts';
import { contentCopy } from '../helpers/content-copy.ts';

const N = 'notices/2024/2024-04-trang-dinh/notice.mdx';
const END = 'Trưởng Đoàn kiểm tra số 03 kết luận như sau:';

function narrativeWith(extra: string): string {
  const model = loadModel(contentCopy([{ file: N, find: END, replace: `${END}${extra}` }]));
  return model.notices[0]?.narrative ?? '';
}

describe('a narrative that is ordinary text', () => {
  it('passes with "<5%", "a < b", escaped braces, an https link and a link to a page of the site', () => {
    const extra =
      '\n\nTỷ lệ hộ nghèo <5% và 3 < 4; ký hiệu \\{A\\}. Xem [Quyết định](https://langson.gov.vn/van-ban) và [trang huyện](/dia-phuong/180-huyen-trang-dinh/).';
    expect(narrativeWith(extra)).toContain('Tỷ lệ hộ nghèo <5% và 3 < 4');
  });

  it('is published in NFC when typed decomposed (NFD)', () => {
    const nfd = '\n\nHuyện Tràng Định'.normalize('NFD');
    const narrative = narrativeWith(nfd);
    expect(narrative).toContain('Huyện Tràng Định');
    expect(narrative).toBe(narrative.normalize('NFC'));
  });
});
