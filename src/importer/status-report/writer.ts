/**
 * Writes a report draft to a folder: report.yaml (the fields of src/domain/schemas/report.ts
 * with `draft: true` and the `review:` list, so the build refuses it until a person has reviewed
 * it), source.txt and import-report.md (what was found, how each entry was matched, every note
 * and every figure with its line). The folder rules are the notice drafts' (../draft-writer.ts).
 */
import yaml from 'js-yaml';
import { prepareDraftDir, renderFiguresCsv, writeDraftFiles } from '../draft-writer.ts';
import { cell, renderNotes } from '../report.ts';
import type { ReportDraft } from './draft.ts';

/** The report.yaml text of a draft. */
export function renderReportYaml(draft: ReportDraft): string {
  return (
    '# BẢN NHÁP báo cáo do `npm run import` tạo: đối chiếu với import-report.md và source.txt, sửa\n' +
    '# các mục trong review:, điền các item còn null, rồi xóa draft: true và review: để công bố.\n' +
    yaml.dump(draft.data, { schema: yaml.CORE_SCHEMA, lineWidth: 100, noRefs: true })
  );
}

const partyText = (p: ReportDraft['data']['issuer']): string =>
  p === null ? '(không rõ)' : 'locality' in p ? `đơn vị ${p.locality}` : 'agency' in p ? `cơ quan ${p.agency}` : `"${p.text}" (chưa gắn)`;

/** import-report.md of a report draft. */
export function renderReportSummary(draft: ReportDraft, inputFile: string): string {
  const d = draft.data;
  const out: string[] = [
    `# Báo cáo nhập văn bản: ${draft.id} (báo cáo kết quả thực hiện)`,
    '',
    `Nguồn: \`${inputFile}\` — số dòng ghi dưới đây là dòng của \`source.txt\` trong thư mục này.`,
    '',
    '## Đã trích',
    '',
    `- Số: ${d.number ?? '(để trống)'}; ngày: ${d.date ?? '(không rõ)'}; cơ quan ban hành: ${d.issuerPrinted ?? '(không rõ)'} → ${partyText(d.issuer)}; người ký: ${d.signer ?? '(không rõ)'}`,
    `- Thông báo được báo cáo: ${d.answers.notice ?? '(chưa xác định)'} — ${draft.answersBasis}`,
    `- Mục: ${d.entries.length} (${d.entries.filter((e) => e.item === null).length} chưa rõ nhiệm vụ/đề xuất); số liệu: ${draft.figures.length}; tên thư mục theo ${draft.idBasis}`,
    '',
    ...renderNotes(draft.notes),
    '## Các mục (entries)',
    '',
    '| # | item | trạng thái | từ ngày | dòng | từ chỉ trạng thái | vì sao mục này | ứng viên | vì sao ngày này |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...d.entries.map((e, i) => {
      const t = draft.traces[i]!;
      return `| ${i} | ${cell(e.item ?? '(chưa rõ)')} | ${cell(e.status)} | ${cell(e.from)} | ${t.line} | ${cell(t.phrase)} | ${cell(t.basis)} | ${cell(t.candidates.join('; '))} | ${cell(t.fromBasis)} |`;
    }),
    '',
    `Đoạn trong phần kết quả không nêu trạng thái (không thành mục): ${draft.unstated.length === 0 ? 'không có' : `dòng ${draft.unstated.join(', ')}`}.`,
    '',
    '## Số liệu trong báo cáo',
    '',
    'Các số dưới đây chưa được ghi vào dữ liệu: số nào cần công bố thì thêm vào figures.csv của báo cáo (định dạng như figures.csv của thông báo), mỗi số kèm nguyên văn.',
    '',
    '| in trong văn bản | giá trị | đơn vị | mẫu số | dòng:cột |',
    '| --- | --- | --- | --- | --- |',
    ...draft.figures.map((f) => `| ${cell(f.words)} | ${cell(f.value)} | ${cell(f.unit)} | ${cell(f.denominator)} | ${f.line}:${f.column} |`),
    '',
  ];
  return out.join('\n');
}

/**
 * Writes report.yaml, source.txt, figures.csv (when the reader gave figures an indicator) and
 * import-report.md into `dir`; returns their paths.
 * @throws {ImportError} when `dir` is not empty and `force` is not set
 */
export function writeReportDraft(draft: ReportDraft, dir: string, inputFile: string, options: { force?: boolean } = {}): string[] {
  prepareDraftDir(dir, options.force);
  return writeDraftFiles(dir, [
    ['report.yaml', renderReportYaml(draft)],
    ['source.txt', draft.source],
    ...(draft.csvFigures.length > 0 ? [['figures.csv', renderFiguresCsv({ figures: draft.csvFigures })] as const] : []),
    ['import-report.md', renderReportSummary(draft, inputFile)],
  ]);
}
