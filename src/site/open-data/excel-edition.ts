/**
 * The Excel edition of each table (`<table>-excel.csv`): for people who open the file in a
 * spreadsheet. Vietnamese column headers, and beside every code a column with its name or label
 * (`locality_id` 180 → "Mã địa phương" 180, "Địa phương" Huyện Tràng Định). Values stay as in
 * the machine format (canonical numbers, ISO dates, the notice's printed text beside them); the
 * plain CSV and JSON keep the English field names and codes as the stable machine format.
 */
import type { Model } from '../../domain/model.ts';
import { vi } from '../../i18n/vi.ts';
import type { Cell, Field, Row, TableDef } from './tables.ts';

/** Headers of the fields, by field name; `table.field` where one table means something else. */
const HEADERS: Record<string, string> = {
  id: 'Mã',
  'dia-phuong.id': 'Mã trên cổng',
  'ke-thua.id': 'Mã đơn vị cũ',
  'co-quan.id': 'Mã cơ quan',
  'chi-tieu.id': 'Mã chỉ tiêu',
  'thong-bao.id': 'Mã thông báo',
  'so-lieu.id': 'Mã số liệu',
  'nhiem-vu.id': 'Mã nhiệm vụ',
  'kien-nghi.id': 'Mã kiến nghị',
  'bao-cao.id': 'Mã báo cáo',
  document_type: 'Loại văn bản',
  reporter: 'Cơ quan, đơn vị báo cáo',
  reporter_id: 'Mã cơ quan, đơn vị báo cáo',
  notice_cited_as: 'Thông báo được dẫn là (nguyên văn)',
  entries: 'Số mục được báo cáo',
  report_id: 'Mã báo cáo',
  status_report_id: 'Mã báo cáo trạng thái',
  evidence_line: 'Dòng của căn cứ trong văn bản gốc',
  code: 'Mã đơn vị hành chính (GSO)',
  name: 'Tên',
  'ke-thua.name': 'Tên đơn vị cũ',
  'co-quan.name': 'Tên cơ quan',
  type: 'Loại đơn vị',
  level: 'Mã cấp',
  parent_id: 'Mã đơn vị cấp trên',
  status: 'Mã trạng thái',
  'dia-phuong.status': 'Mã tình trạng',
  url: 'Địa chỉ trên cổng',
  era: 'Mã thời kỳ',
  valid_from: 'Tồn tại từ ngày',
  valid_to: 'Tồn tại đến ngày',
  successor_id: 'Mã trên cổng của đơn vị kế thừa',
  split: 'Mã chia tách',
  successor_code: 'Mã đơn vị kế thừa',
  successor_name: 'Đơn vị kế thừa',
  effective_date: 'Ngày có hiệu lực',
  basis: 'Văn bản căn cứ',
  evidence: 'Căn cứ ghi nhận',
  short_name: 'Tên ngắn',
  label: 'Tên chỉ tiêu',
  unit: 'Đơn vị tính',
  kind: 'Mã loại',
  direction: 'Mã chiều tốt',
  ratio_of: 'Tỷ lệ tính trên chỉ tiêu',
  description: 'Mô tả',
  number: 'Số văn bản',
  number_printed: 'Số (như in)',
  date: 'Ngày',
  'thong-bao.date': 'Ngày ban hành',
  'trang-thai.date': 'Trạng thái từ ngày',
  date_printed: 'Địa danh, ngày (như in)',
  title: 'Trích yếu',
  presiding: 'Người chủ trì',
  signer: 'Người ký',
  signature_chain: 'Thể thức ký',
  inspection_date: 'Ngày kiểm tra',
  inspected: 'Mã đơn vị được kiểm tra',
  notice_id: 'Mã thông báo',
  locality_id: 'Mã địa phương',
  indicator_id: 'Mã chỉ tiêu',
  value: 'Giá trị chuẩn (theo đơn vị tính)',
  denominator: 'Mẫu số',
  target: 'Dự toán, kế hoạch',
  as_of: 'Ngày số liệu',
  printed: 'Số liệu như in',
  excerpt: 'Nguyên văn',
  section: 'Mục',
  subject: 'Cái được đếm',
  ref: 'Thuộc nhiệm vụ, kiến nghị',
  source_line: 'Dòng trong văn bản gốc',
  position: 'Thứ tự',
  topic: 'Chủ đề',
  text: 'Nội dung',
  locality_ids: 'Mã các địa phương',
  figure_ids: 'Mã các số liệu',
  addressee: 'Đối tượng (như in)',
  lead: 'Chủ trì',
  coordinating: 'Phối hợp',
  consolidating: 'Tổng hợp, báo cáo',
  agency_ids: 'Mã các cơ quan',
  deadline: 'Thời hạn',
  deadline_printed: 'Thời hạn (nguyên văn)',
  status_date: 'Ngày báo cáo trạng thái',
  status_source: 'Nguồn báo cáo trạng thái',
  overdue_as_of: 'Quá thời hạn (tính toán) tại ngày dữ liệu',
  from: 'Đơn vị đề xuất',
  request: 'Nội dung đề xuất',
  response: 'Ý kiến của UBND tỉnh',
  decided_by: 'Cấp xem xét, quyết định',
  item_kind: 'Mã loại mục',
  issuer_id: 'Mã cơ quan ban hành',
  absent: 'Phần văn bản được lưu không có (trường: lý do)',
  item_id: 'Mã nhiệm vụ, kiến nghị',
  source: 'Văn bản báo cáo',
  'co-quan.valid_from': 'Thành lập từ ngày',
  'co-quan.valid_to': 'Hoạt động đến ngày',
  'co-quan.successor_ids': 'Mã các cơ quan tiếp nối',
  'co-quan.successor_date': 'Cơ quan tiếp nối tiếp nhận từ ngày',
  'co-quan.source': 'Nơi đọc văn bản căn cứ',
};

type Lookup = (id: string, model: Model) => string | undefined;
const one = (lookup: Lookup): Lookup => lookup;
const locality: Lookup = (id, m) => m.localityById.get(id)?.name;
const agency: Lookup = (id, m) => m.agencyById.get(id)?.name;
const from = <K extends string>(labels: Record<K, string>): Lookup => (id) => (id in labels ? labels[id as K] : undefined);

/** The name or label column written right after a code column: its header and how to read a code. */
const LABELS: Record<string, { header: string; lookup: Lookup; list?: boolean }> = {
  notice_id: { header: 'Thông báo', lookup: one((id, m) => m.noticeById.get(id)?.shortTitle) },
  locality_id: { header: 'Địa phương', lookup: locality },
  parent_id: { header: 'Đơn vị cấp trên', lookup: locality },
  indicator_id: { header: 'Chỉ tiêu', lookup: one((id, m) => m.indicatorById.get(id)?.label) },
  locality_ids: { header: 'Các địa phương', lookup: locality, list: true },
  inspected: { header: 'Đơn vị được kiểm tra', lookup: locality, list: true },
  agency_ids: { header: 'Các cơ quan', lookup: agency, list: true },
  status: { header: 'Trạng thái', lookup: from(vi.status) },
  item_kind: { header: 'Loại mục', lookup: from(vi.itemKind) },
  issuer_id: { header: 'Cơ quan ban hành', lookup: one((id, m) => m.issuers.find((i) => i.id === id)?.name) },
  level: { header: 'Cấp', lookup: from(vi.levelName) },
  'dia-phuong.status': { header: 'Tình trạng', lookup: from({ active: 'Có trong danh mục (01/3/2025 hoặc từ 01/7/2025)', former: 'Đơn vị cũ, đã sáp nhập trước năm 2025' }) },
  era: { header: 'Thời kỳ', lookup: from({ 'hien-nay': 'Đơn vị hiện nay (từ 01/7/2025)', cu: 'Đơn vị cũ (đến 30/6/2025 hoặc đã sáp nhập trước đó)', 'lien-tuc': 'Qua cả hai thời kỳ' }) },
  successor_id: { header: 'Đơn vị kế thừa trên cổng', lookup: locality },
  'co-quan.successor_ids': { header: 'Cơ quan tiếp nối', lookup: agency, list: true },
  split: { header: 'Chia tách', lookup: from({ co: 'Chia về nhiều đơn vị kế thừa', khong: 'Nhập toàn bộ' }) },
  direction: { header: 'Chiều tốt', lookup: from(vi.direction) },
  'ket-luan.kind': { header: 'Loại', lookup: from(vi.findingKind) },
  'chi-tieu.kind': { header: 'Loại', lookup: from(vi.indicatorKind) },
};

const LIST_SEPARATOR = '; ';

/** The header of a field in the Excel edition; a field without one stops the build. */
export function excelHeader(table: string, field: string): string {
  const header = HEADERS[`${table}.${field}`] ?? HEADERS[field];
  if (!header) throw new Error(`open data: field "${field}" of table "${table}" has no Vietnamese header in src/site/open-data/excel-edition.ts`);
  return header;
}

/**
 * The table's fields as the Excel edition writes them (Vietnamese headers, each code followed by
 * its name) and the edition of one row. An unknown code stops the build rather than leaving a
 * blank name.
 */
export function excelEdition(table: TableDef, model: Model): { fields: Field[]; rowOf: (row: Row) => Row } {
  const columns = table.fields.flatMap((field) => {
    const label = LABELS[`${table.name}.${field.name}`] ?? LABELS[field.name];
    const code = { field: { ...field, name: excelHeader(table.name, field.name) }, cell: (row: Row): Cell => row[field.name] ?? null };
    if (!label) return [code];
    const name = (id: string): string => {
      const found = label.lookup(id, model);
      if (found === undefined) throw new Error(`open data: ${table.name}.${field.name} = "${id}" names nothing known (expected an id of the register, agencies, indicators or notices)`);
      return found;
    };
    const labelCell = (row: Row): Cell => {
      const value = row[field.name];
      if (value === null || value === undefined || value === '') return null;
      const ids = label.list ? String(value).split(LIST_SEPARATOR) : [String(value)];
      return ids.map(name).join(LIST_SEPARATOR);
    };
    return [code, { field: { name: label.header, type: 'string' as const, description: `${label.header} (tên của ${code.field.name}).` }, cell: labelCell }];
  });
  return {
    fields: columns.map((c) => c.field),
    rowOf: (row) => Object.fromEntries(columns.map((c) => [c.field.name, c.cell(row)])),
  };
}
