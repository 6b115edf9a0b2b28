/**
 * A real outlier is published once a person has listed it under `outliers` with a reason; the
 * same value without the entry stops the build (tests/fixtures/faults/plausible-*.json).
 */
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/load/load-model.ts';
import { contentCopy, type Edit } from '../helpers/content-copy.ts';

const N = 'notices/2024/2024-04-trang-dinh/';
const rate3516: Edit[] = [
  { file: `${N}source.txt`, find: 'đạt 35,16% dự toán', replace: 'đạt 3.516% dự toán' },
  { file: `${N}notice.mdx`, find: 'đạt 35,16% dự toán', replace: 'đạt 3.516% dự toán' },
  { file: `${N}figures.csv`, find: ',35.16,%,,,"35,16%","đạt 35,16% dự toán tỉnh giao"', replace: ',3516,%,,,"3.516%","đạt 3.516% dự toán tỉnh giao"' },
];

describe('an outlier listed with a reason', () => {
  it('is accepted and published with the value the notice prints (3.516% = 3516)', () => {
    const model = loadModel(
      contentCopy([
        ...rate3516,
        { file: `${N}notice.mdx`, find: 'dataQuality:', replace: 'outliers:\n  - figure: thu-nsnn-du-toan-tinh\n    reason: Bản gốc in đúng 3.516%, đã đối chiếu.\ndataQuality:' },
      ]),
    );
    expect(model.figures.find((f) => f.id === 'thu-nsnn-du-toan-tinh')?.value).toBe(3516);
  });

  it('is needed: without it the same value is refused', () => {
    expect(() => loadModel(contentCopy(rate3516))).toThrow('thấy "3516"; cần một giá trị từ 0 đến 1000 %');
  });
});
