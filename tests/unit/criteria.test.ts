/**
 * Per-criterion new-rural data: when a notice says which criteria a commune has met, the grid
 * shows them, unknown cells stay unknown, and a list that contradicts the notice's own count
 * stops the build. The published sample gives only the count (09/19), so these tests add a
 * synthetic criteria.csv to a copy of the content (never to content/ itself).
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, formatIssue } from '../../src/load/errors.ts';
import { loadModel } from '../../src/load/load-model.ts';
import { localityRecords } from '../../src/site/locality-records.ts';
import { criteriaGrid } from '../../src/site/criteria-grid.ts';
import { contentCopy } from '../helpers/content-copy.ts';

const noticeDir = 'notices/2024/2024-04-trang-dinh';
const chiMinh = '06013';

/** A content copy whose sample notice lists criteria 1..n of xã Chí Minh, the first `met` as met. */
function withCriteria(rows: { criterion: number; met: boolean }[]): string {
  const content = contentCopy([]);
  const lines = rows.map((r) => `(thử) Tiêu chí số ${r.criterion} của xã Chí Minh ${r.met ? 'đã đạt' : 'chưa đạt'}.`);
  appendFileSync(join(content, noticeDir, 'source.txt'), `\n${lines.join('\n')}\n`);
  const csv = rows.map((r, i) => `${chiMinh},${r.criterion},${r.met ? 'dat' : 'chua-dat'},"${lines[i]}"`);
  writeFileSync(join(content, noticeDir, 'criteria.csv'), `locality,criterion,status,excerpt\n${csv.join('\n')}\n`);
  return content;
}

function errorsOf(content: string): string[] {
  try {
    loadModel(content);
    return [];
  } catch (e) {
    if (e instanceof ContentError) return e.issues.map(formatIssue);
    throw e;
  }
}

describe('new-rural criteria, criterion by criterion', () => {
  it('puts 9 met and 10 not met in Chí Minh’s grid row, agreeing with 09/19', () => {
    const model = loadModel(withCriteria(Array.from({ length: 19 }, (_, i) => ({ criterion: i + 1, met: i < 9 }))));
    const record = localityRecords(model).get(chiMinh)!;
    const [row] = criteriaGrid([record], model.ntmCriteria);
    expect(row!.met).toBe(9);
    expect(row!.notMet).toBe(10);
    expect(row!.cells.slice(0, 9).every((c) => c === 'dat')).toBe(true);
  });

  it('leaves criteria the notice does not mention unknown, not "not met"', () => {
    const model = loadModel(withCriteria([{ criterion: 2, met: false }, { criterion: 4, met: true }]));
    const [row] = criteriaGrid([localityRecords(model).get(chiMinh)!], model.ntmCriteria);
    expect(row!.cells.filter((c) => c === null)).toHaveLength(17);
    expect(row!.cells[1]).toBe('chua-dat');
    expect(row!.cells[3]).toBe('dat');
  });

  it('stops the build when the criteria listed as met contradict the count 09/19', () => {
    const errors = errorsOf(withCriteria(Array.from({ length: 19 }, (_, i) => ({ criterion: i + 1, met: i < 10 }))));
    expect(errors).toEqual([
      `content/${noticeDir}/criteria.csv, trường "status": thấy "10 tiêu chí đạt và 9 tiêu chí chưa đạt của ${chiMinh}"; cần khớp với content/${noticeDir}/figures.csv dòng 9: đạt 9 trên 19 tiêu chí ("09/19")`,
    ]);
  });

  it('stops the build on a criterion number that is not one of the 19', () => {
    const errors = errorsOf(withCriteria([{ criterion: 20, met: true }]));
    expect(errors).toEqual([`content/${noticeDir}/criteria.csv, dòng 2, trường "criterion": thấy "20"; cần số thứ tự của một tiêu chí có trong content/ntm-criteria.csv`]);
  });
});
