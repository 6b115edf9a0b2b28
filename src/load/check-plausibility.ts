/**
 * Plausibility of every figure: its value, target and total lie in the range of its unit
 * (domain/plausibility.ts), unless the notice lists the figure under `outliers` with a reason.
 * Every outlier entry names a figure of the notice that really is outside the range, so no
 * override outlives the slip it was written for.
 */
import { isPlausible, plausibleRange } from '../domain/plausibility.ts';
import type { Register } from './check-register.ts';
import type { ContentIssue } from './errors.ts';
import type { NoticeFiles } from './read-content.ts';

export function checkPlausibility(notice: NoticeFiles, register: Register, issues: ContentIssue[]): void {
  const outliers = new Map((notice.frontmatter?.outliers ?? []).map((o, i) => [o.figure, i]));
  const used = new Set<string>();
  for (const { line, data: f } of notice.figures) {
    const indicator = register.indicatorById.get(f.indicator);
    if (!indicator) continue; // reported by checkFigures
    const range = plausibleRange(indicator.unit);
    for (const [field, value] of [['value', f.value], ['target', f.target], ['denominator', f.denominator]] as const) {
      if (value === null || isPlausible(value, range)) continue;
      if (outliers.has(f.id)) {
        used.add(f.id);
        continue;
      }
      issues.push({
        file: notice.figuresFile,
        where: `dòng ${line}`,
        field,
        found: Number.isFinite(value) ? String(value) : `${value} (số quá lớn, không lưu được)`,
        expected:
          `một giá trị từ ${range.min} đến ${range.max} ${indicator.unit} (${range.why}); ` +
          `nếu thông báo thực sự ghi như vậy, hãy khai báo số liệu này trong notice.mdx: outliers: [{ figure: ${f.id}, reason: … }]`,
      });
    }
  }
  if (!notice.frontmatter) return;
  for (const [id, i] of outliers) {
    if (used.has(id)) continue;
    const exists = notice.figures.some((f) => f.data.id === id);
    issues.push({
      file: notice.file,
      where: null,
      field: `outliers[${i}].figure`,
      found: id,
      expected: exists
        ? `một số liệu nằm ngoài khoảng hợp lý của đơn vị tính (${id} nằm trong khoảng đó: hãy xóa mục này)`
        : 'mã của một số liệu (figures.csv) trong thông báo này',
    });
  }
}
