/**
 * The extraction report (import-report.md): what was found, every fuzzy match, every
 * uncertainty and every flaw of the notice, each with its line in source.txt, and every figure
 * with its value and position — the checklist of the person who reviews the draft.
 */
import type { Draft, Note } from './draft.ts';
import { formatReviewItem } from './review.ts';

const SECTIONS: readonly [Note['kind'], string][] = [
  ['fuzzy', 'Khớp gần đúng (tên viết khác danh mục)'],
  ['anomaly', 'Lỗi hoặc chỗ trống của chính văn bản'],
  ['uncertain', 'Chưa chắc chắn: cần người xem'],
  ['missing', 'Không tìm thấy (để trống trong bản nháp)'],
  ['editorial', 'Phần người biên tập phải viết'],
];

/** A Markdown table cell: blank for null, pipes escaped. */
export const cell = (v: unknown): string => (v === null || v === undefined ? '' : String(v).replace(/\|/g, '\\|'));

/** The notes, one section per kind, each with its line: the checklist of the reviewer. */
export function renderNotes(notes: readonly Note[]): string[] {
  const out: string[] = [];
  for (const [kind, title] of SECTIONS) {
    const ofKind = notes.filter((n) => n.kind === kind);
    out.push(`## ${title} (${ofKind.length})`, '');
    out.push(...(ofKind.length === 0 ? ['Không có.'] : ofKind.map((n) => `- ${formatReviewItem(n)}`)), '');
  }
  return out;
}

/** import-report.md of a draft notice. */
export function renderReport(draft: Draft, inputFile: string): string {
  const fm = draft.frontmatter;
  const out: string[] = [
    `# Báo cáo nhập văn bản: ${draft.id}`,
    '',
    `Nguồn: \`${inputFile}\` — số dòng ghi dưới đây là dòng của \`source.txt\` trong thư mục này.`,
    '',
    '## Đã trích',
    '',
    `- Số: ${fm.number ?? '(để trống)'}; ngày: ${fm.date ?? '(không rõ)'}; cơ quan ban hành: ${fm.issuer ?? '(không rõ)'}`,
    `- Chủ trì: ${fm.presiding ? `${fm.presiding.name} (${fm.presiding.role ?? '?'})` : '(không rõ)'}; người ký: ${fm.signature === null ? '(văn bản không có phần chữ ký)' : `${fm.signature.signer ?? '(không rõ)'} (${fm.signature.chain.join(' / ')})`}`,
    `- Chương trình kiểm tra: ${fm.programme?.printed ?? '(không rõ)'}; ngày kiểm tra: ${fm.inspectionDate ?? '(không rõ)'}; ${fm.team ?? ''}`,
    `- Cơ quan tham dự: ${fm.agencies.length}; đơn vị được kiểm tra: ${fm.inspected.join(', ') || '(không rõ)'}`,
    `- Nhận định: ${fm.findings.length} (${fm.findings.filter((f) => f.kind === 'achievement').length} kết quả, ${fm.findings.filter((f) => f.kind === 'shortcoming').length} hạn chế); nhiệm vụ: ${fm.directives.length}; đề xuất: ${fm.proposals.length}; văn bản dẫn chiếu: ${fm.legalReferences.length}; số liệu: ${draft.figures.length}; nơi nhận: ${fm.recipients.length}`,
    '',
  ];
  out.push(...renderNotes(draft.notes));
  out.push('## Số liệu', '', '| id | in trong văn bản | giá trị | đơn vị | mẫu số / mục tiêu | chỉ tiêu | địa phương | dòng:cột (offset) | vì sao chỉ tiêu này |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const f of draft.figures) {
    out.push(`| ${cell(f.id)} | ${cell(f.printed)} | ${cell(f.value)} | ${cell(f.unit)} | ${cell(f.denominator ?? f.target)} | ${cell(f.indicator)} | ${cell(f.locality)} | ${f.line}:${f.column} (${f.offset}) | ${cell(f.reason)} |`);
  }
  if (draft.proposedIndicators.length > 0) {
    out.push('', '## Chỉ tiêu đề xuất (indicators-proposed.csv)', '', 'Duyệt từng dòng: sửa nhãn, chọn direction, viết description, chép vào content/indicators.csv rồi điền id vào cột indicator của figures.csv; hoặc chọn một chỉ tiêu có sẵn.', '', '| id | nhãn | đơn vị | loại |', '| --- | --- | --- | --- |');
    for (const p of draft.proposedIndicators) out.push(`| ${cell(p.id)} | ${cell(p.label)} | ${cell(p.unit)} | ${cell(p.kind)} |`);
  }
  out.push('', '## Văn bản dẫn chiếu', '', '| số, ký hiệu | loại | cơ quan ban hành | ngày | như in |', '| --- | --- | --- | --- | --- |');
  for (const r of [...(fm.programme ? [fm.programme] : []), ...fm.legalReferences]) {
    out.push(`| ${cell(r.number)} | ${cell(r.type)} | ${cell(r.issuer)} | ${cell(r.date)} | ${cell(r.printed)} |`);
  }
  out.push('', '## Nhiệm vụ và đề xuất', '');
  for (const d of fm.directives) {
    out.push(`- ${d.id}: gửi "${d.addressee.printed}" (${d.addressee.localities.join(', ') || 'không gắn địa phương'}); ${d.legalRefs.length} văn bản, ${d.proposals.length} đề xuất${d.deadline ? `, thời hạn ${d.deadline.date}` : ''}`);
  }
  for (const p of fm.proposals) {
    const who = (list: typeof p.lead): string => list.map((x) => ('agency' in x ? x.agency : 'locality' in x ? x.locality : x.text)).join(', ') || '—';
    out.push(`- ${p.id}: chủ trì ${who(p.lead)}; phối hợp ${who(p.coordinating)}; tổng hợp ${who(p.consolidating)}; quyết định ${p.decidedBy ?? '—'}`);
  }
  out.push('');
  return out.join('\n');
}
