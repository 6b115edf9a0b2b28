/**
 * Directives that later notices repeat: two synthetic notices (tests only, copies of the sample
 * dated 2025) repeat its directive 2.2 on Xã Chí Minh; the first repeat is "lần 1", the second
 * makes the item stalled on the tracker.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/load/load-model.ts';
import { computeSiteData } from '../../src/site/compute-site-data.ts';
import { isStalled, repeatNumber } from '../../src/site/repeats.ts';
import { contentCopy } from '../helpers/content-copy.ts';
import { addSyntheticNotice } from '../helpers/synthetic-notice.ts';

const content = contentCopy([]);
const repeating = (id: string, date: string): void => {
  addSyntheticNotice(content, { year: '2025', id, date, ids: {} });
  const mdx = join(content, 'notices', '2025', id, 'notice.mdx');
  // Words of the directive's own text: what says, in these copies, that it goes on.
  const text = readFileSync(mdx, 'utf8').replace('  - id: "2.2"\n', '  - id: "2.2"\n    repeats: [{ notice: 2024-04-trang-dinh, item: "2.2", printed: "tiếp tục đẩy mạnh tuyên truyền" }]\n');
  writeFileSync(mdx, text);
};
repeating('2025-03-trang-dinh-lan-2', '2025-03');
repeating('2025-05-trang-dinh-lan-3', '2025-05');
const site = computeSiteData(loadModel(content));
const first = site.model.noticeById.get('2024-04-trang-dinh')!.directives.find((d) => d.id === '2.2')!;
const second = site.model.noticeById.get('2025-03-trang-dinh-lan-2')!.directives.find((d) => d.id === '2.2')!;
const third = site.model.noticeById.get('2025-05-trang-dinh-lan-3')!.directives.find((d) => d.id === '2.2')!;

describe('a directive repeated by later notices', () => {
  it('is linked both ways, the later notices oldest first', () => {
    expect(first.repeatedBy).toEqual([second, third]);
    expect(second.repeats).toEqual([first]);
    expect([repeatNumber(first, second), repeatNumber(first, third)]).toEqual([1, 2]);
  });

  it('is stalled from the second repeat, and only the repeated item is', () => {
    expect(isStalled(first)).toBe(true);
    expect(isStalled({ repeatedBy: [second] })).toBe(false);
    expect(isStalled(second)).toBe(false);
    expect(site.trackerCounts.stalled).toBe(1);
  });
});
