/**
 * The open-data tables: what each download holds, field by field, and its rows, computed from
 * the one model. The documentation page, datapackage.json and every CSV/JSON file read this
 * module, so a field is described once.
 */
import type { Model } from '../../domain/model.ts';
import type { TrackerItem } from '../tracker.ts';
import { toIsoPartialDate } from '../../domain/vi-date.ts';
import { eraKind, type EraKind } from '../../domain/unit-validity.ts';
import { partyName } from '../party-name.ts';
import { figureUrl, localityUrl, noticeUrl, reportUrl } from '../urls.ts';
import { reportCitation } from '../report-text.ts';
import { trackerItemPageUrl } from '../paging.ts';
import { publicLink } from '../public-address.ts';

/** A cell: text, a number, or null for a blank (a blank in the source stays blank). */
export type Cell = string | number | null;
export type Row = Record<string, Cell>;

export interface Field {
  name: string;
  /** Table Schema type: how to read the CSV cell. */
  type: 'string' | 'number' | 'integer';
  /** Vietnamese meaning, with the unit where there is one. */
  description: string;
  /** An example value from the sample notice. */
  example?: string;
}

/** Which part of the data a table is cut by, for per-locality and per-notice downloads. */
export interface TableDef {
  name: string;
  title: string;
  description: string;
  fields: Field[];
  rows: (ctx: Context) => Row[];
  /** Units a row is about (for per-locality files); absent: the table is not cut by locality. */
  localitiesOf?: (row: Row) => string[];
  /** Notice a row comes from (for per-notice files). */
  noticeOf?: (row: Row) => string | null;
}

export interface Context {
  model: Model;
  items: TrackerItem[];
  /** The public address for the `url` columns; null: site-relative paths (see public-address.ts). */
  site: URL | null;
}

/** The era of a unit as the `era` column writes it. */
const ERA_CELL: Record<EraKind, string> = { cu: 'cu', moi: 'hien-nay', 'lien-tuc': 'lien-tuc' };

const LIST_SEPARATOR = '; ';
const list = (values: readonly string[]): string | null => (values.length > 0 ? values.join(LIST_SEPARATOR) : null);
const split = (cell: Cell | undefined): string[] => (typeof cell === 'string' && cell !== '' ? cell.split(LIST_SEPARATOR) : []);
const f = (name: string, type: Field['type'], description: string, example?: string): Field => ({ name, type, description, ...(example ? { example } : {}) });
const urlField = f('url', 'string', 'Địa chỉ trang trên cổng này (đầy đủ khi bản dựng có địa chỉ công khai, nếu không thì tính từ gốc của cổng: /thong-bao/…).');
const partialDate = 'Ngày theo ISO, có thể thiếu ngày hoặc tháng khi văn bản để trống (2024, 2024-04, 2024-04-09).';

const statusFields = [
  f('status', 'string', 'Trạng thái báo cáo gần nhất: chua-bao-cao (chưa có báo cáo), dang-thuc-hien, hoan-thanh, qua-han, khong-con-ap-dung.', 'chua-bao-cao'),
  f('status_date', 'string', `Ngày của báo cáo trạng thái gần nhất; trống nếu chưa có báo cáo. ${partialDate}`),
  f('status_source', 'string', 'Văn bản báo cáo trạng thái gần nhất; trống nếu chưa có.'),
  f('status_report_id', 'string', 'Mã của báo cáo đó trong bảng bao-cao; trống nếu chưa có.'),
];
const statusCells = (i: TrackerItem): Row => {
  const last = i.changes.at(-1);
  return { status: i.reported, status_date: last ? toIsoPartialDate(last.date) : null, status_source: last ? reportCitation(last.report) : null, status_report_id: last?.report.id ?? null };
};

export const TABLES: TableDef[] = [
  {
    name: 'dia-phuong',
    title: 'Đơn vị hành chính',
    description: 'Tỉnh và các đơn vị của cả hai thời kỳ: các đơn vị cấp huyện và cấp xã theo danh mục ngày 01/3/2025 (đến 30/6/2025), các đơn vị cấp xã từ 01/7/2025, và các đơn vị cũ được thông báo nhắc tới. Mỗi dòng có thời gian hiệu lực; một mã GSO có thể thuộc hai đơn vị ở hai thời kỳ (06040), cột id phân biệt chúng.',
    fields: [
      f('id', 'string', 'Mã định danh trên cổng: mã GSO (đơn vị của danh mục 01/3/2025), mã GSO kèm năm bắt đầu với đơn vị từ 01/7/2025 (06040-2025), hoặc mã tạm của đơn vị cũ chưa rõ mã.', '06013'),
      f('code', 'string', 'Mã đơn vị hành chính của Tổng cục Thống kê (2, 3 hoặc 5 chữ số); trống nếu chưa rõ.', '06013'),
      f('name', 'string', 'Tên chính thức kèm loại đơn vị.', 'Xã Chí Minh'),
      f('type', 'string', 'Loại đơn vị: Tỉnh, Huyện, Thành phố, Thị xã, Xã, Phường, Thị trấn.', 'Xã'),
      f('level', 'string', 'Cấp: tinh, huyen, xa.', 'xa'),
      f('parent_id', 'string', 'Mã đơn vị cấp trên; trống với cấp tỉnh.', '180'),
      f('status', 'string', 'active: có trong một danh mục (01/3/2025, hoặc từ 01/7/2025); former: đơn vị cũ đã sáp nhập trước năm 2025, không có trong danh mục.', 'active'),
      f('era', 'string', 'Thời kỳ: hien-nay (đơn vị từ 01/7/2025), cu (đơn vị không còn: đến 30/6/2025 hoặc đã sáp nhập trước đó), lien-tuc (tỉnh, tồn tại qua cả hai thời kỳ).', 'cu'),
      f('valid_from', 'string', `Ngày đơn vị bắt đầu, nếu có nguồn; trống nếu không rõ (danh mục 01/3/2025 không ghi ngày thành lập). ${partialDate}`, '2025-07-01'),
      f('valid_to', 'string', `Ngày cuối cùng đơn vị tồn tại; trống nếu đơn vị còn tồn tại hoặc không rõ. ${partialDate}`, '2025-06-30'),
      urlField,
    ],
    rows: ({ model, site }) =>
      model.localities.map((l) => ({
        id: l.id,
        code: l.code,
        name: l.name,
        type: l.type,
        level: l.level,
        parent_id: l.parent?.id ?? null,
        status: l.status,
        era: ERA_CELL[eraKind(l)],
        valid_from: l.validFrom ? toIsoPartialDate(l.validFrom) : null,
        valid_to: l.validTo ? toIsoPartialDate(l.validTo) : null,
        url: publicLink(localityUrl(l), site),
      })),
  },
  {
    name: 'ke-thua',
    title: 'Đơn vị kế thừa',
    description: 'Đơn vị cũ đã trở thành đơn vị nào, từ ngày nào, theo văn bản nào (gồm sắp xếp đơn vị cấp xã từ 01/7/2025).',
    fields: [
      f('id', 'string', 'Mã định danh của đơn vị cũ (xem bảng dia-phuong).', '06013'),
      f('name', 'string', 'Tên đơn vị cũ.', 'Xã Chí Minh'),
      f('successor_id', 'string', 'Mã định danh của đơn vị kế thừa trong bảng dia-phuong (dùng để nối số liệu cũ với đơn vị mới); trống nếu đơn vị kế thừa chưa có trong danh mục.', '06040-2025'),
      f('successor_code', 'string', 'Mã GSO của đơn vị kế thừa; trống nếu chưa rõ.', '06040'),
      f('successor_name', 'string', 'Tên đơn vị kế thừa.', 'Xã Thất Khê'),
      f('effective_date', 'string', `Ngày có hiệu lực; trống nếu chưa đối chiếu được. ${partialDate}`, '2025-07-01'),
      f('basis', 'string', 'Văn bản làm căn cứ; trống nếu chưa đối chiếu được.', '1672/NQ-UBTVQH15'),
      f('evidence', 'string', 'Căn cứ ghi nhận khi chưa có văn bản (ví dụ lời của thông báo).'),
      f('split', 'string', 'co: đơn vị cũ được chia về nhiều đơn vị kế thừa (mỗi đơn vị một dòng), đơn vị này chỉ nhận một phần; khong: nhập toàn bộ.', 'khong'),
    ],
    rows: ({ model }) =>
      model.localities.flatMap((l) =>
        l.successors.map((s) => ({
          id: l.id,
          name: l.name,
          successor_id: s.locality?.id ?? null,
          successor_code: s.code,
          successor_name: s.name,
          effective_date: s.effectiveDate ? toIsoPartialDate(s.effectiveDate) : null,
          basis: s.basis,
          evidence: s.evidence,
          split: s.split ? 'co' : 'khong',
        })),
      ),
    localitiesOf: (row) => [String(row['id']), ...(row['successor_id'] ? [String(row['successor_id'])] : [])],
  },
  {
    name: 'co-quan',
    title: 'Cơ quan cấp tỉnh',
    description: 'Các sở, ban, ngành cấp tỉnh được thông báo nhắc tới, của cả hai thời kỳ: cơ quan cũ (đã hợp nhất, sắp xếp lại từ 01/3/2025) ghi ngày cuối và cơ quan tiếp nối.',
    fields: [
      f('id', 'string', 'Mã định danh trên cổng.', 'so-tai-chinh'),
      f('name', 'string', 'Tên cơ quan.', 'Sở Tài chính'),
      f('short_name', 'string', 'Tên ngắn như thông báo liệt kê thành phần dự.', 'Tài chính'),
      f('valid_from', 'string', 'Ngày thành lập theo văn bản (ISO); trống nếu có từ trước các thông báo.', '2025-03-01'),
      f('valid_to', 'string', 'Ngày hoạt động cuối cùng theo văn bản (ISO); trống nếu còn hoạt động.', '2025-02-28'),
      f('successor_ids', 'string', `Mã các cơ quan tiếp nối (bảng co-quan), cách nhau bởi "${LIST_SEPARATOR}"; trống nếu không có.`, 'so-tai-chinh'),
      f('successor_date', 'string', 'Ngày cơ quan tiếp nối bắt đầu tiếp nhận (ISO); trống nếu không có.', '2025-03-01'),
      f('basis', 'string', 'Văn bản làm căn cứ cho các ngày trên và cơ quan tiếp nối; trống nếu không có.'),
      f('source', 'string', 'Nơi đã đọc văn bản đó.'),
    ],
    rows: ({ model }) =>
      [...model.agencyById.values()].map((a) => ({
        id: a.id,
        name: a.name,
        short_name: a.short_name,
        valid_from: a.validFrom ? toIsoPartialDate(a.validFrom) : null,
        valid_to: a.validTo ? toIsoPartialDate(a.validTo) : null,
        successor_ids: list(a.successors.map((s) => s.agency.id)),
        successor_date: a.successors[0] ? toIsoPartialDate(a.successors[0].effectiveDate) : null,
        basis: a.successors[0]?.basis ?? a.basis,
        source: a.successors[0]?.source ?? a.source,
      })),
  },
  {
    name: 'chi-tieu',
    title: 'Chỉ tiêu',
    description: 'Định nghĩa các chỉ tiêu mà số liệu đo.',
    fields: [
      f('id', 'string', 'Mã chỉ tiêu.', 'thu-nsnn'),
      f('label', 'string', 'Tên chỉ tiêu.'),
      f('unit', 'string', 'Đơn vị chuẩn của mọi số liệu của chỉ tiêu: đồng, %, tiêu chí, công trình, km.', 'đồng'),
      f('kind', 'string', 'amount (tiền, đồng), percent (tỷ lệ %), count-of-total (09/19), quantity.', 'amount'),
      f('direction', 'string', 'Chiều tốt: higher (cao hơn là tốt), lower, neutral.', 'higher'),
      f('ratio_of', 'string', 'Với tỷ lệ: chỉ tiêu số tiền mà tỷ lệ tính trên đó.'),
      f('description', 'string', 'Chỉ tiêu đo gì.'),
    ],
    rows: ({ model }) => model.indicators.map((i) => ({ id: i.id, label: i.label, unit: i.unit, kind: i.kind, direction: i.direction, ratio_of: i.ratio_of, description: i.description })),
  },
  {
    name: 'thong-bao',
    title: 'Thông báo kết luận',
    description: 'Mỗi thông báo kết luận kiểm tra: số, ngày (để trống nếu văn bản để trống), người chủ trì, người ký.',
    fields: [
      f('id', 'string', 'Mã thông báo trên cổng.', '2024-04-trang-dinh'),
      f('issuer_id', 'string', 'Mã cơ quan ban hành trong danh mục cơ quan ban hành (content/issuers.csv).', 'ubnd-tinh-lang-son'),
      f('number', 'string', 'Số văn bản; trống nếu văn bản để trống.'),
      f('number_printed', 'string', 'Dòng số như in; trống nếu văn bản được lưu không có dòng số (lý do ghi trên trang thông báo).', 'Số: /TB-UBND'),
      f('date', 'string', `Ngày ban hành. ${partialDate}`, '2024-04'),
      f('date_printed', 'string', 'Dòng địa danh, ngày như in.', 'Lạng Sơn, ngày tháng 4 năm 2024'),
      f('title', 'string', 'Trích yếu, nguyên văn.'),
      f('presiding', 'string', 'Người chủ trì buổi kiểm tra và chức vụ; trống nếu văn bản được lưu không nêu.'),
      f('signer', 'string', 'Người ký; trống nếu văn bản được lưu không có phần chữ ký.', 'Dương Công Hiệp'),
      f('signature_chain', 'string', 'Thể thức ký (TL., KT.), từ trên xuống; trống nếu văn bản được lưu không có phần chữ ký.'),
      f('inspection_date', 'string', `Ngày kiểm tra. ${partialDate}`, '2024-04-09'),
      f('inspected', 'string', 'Mã các đơn vị được kiểm tra, cách nhau bởi "; ".', '180; 06013'),
      f('absent', 'string', 'Phần đầu hoặc phần chữ ký mà văn bản được lưu không có, và lý do: "trường: lý do", cách nhau bởi "; " (numberPrinted, presiding, signature); trống nếu văn bản đủ các phần.'),
      urlField,
    ],
    rows: ({ model, site }) =>
      model.notices.map((n) => ({
        id: n.id, issuer_id: n.issuer.id, number: n.number, number_printed: n.numberPrinted, date: toIsoPartialDate(n.date), date_printed: n.datePrinted, title: n.title,
        presiding: n.presiding === null ? null : `${n.presiding.name}, ${n.presiding.role}`, signer: n.signature?.signer ?? null, signature_chain: n.signature?.chain.join(' / ') ?? null,
        inspection_date: toIsoPartialDate(n.inspectionDate), inspected: list(n.inspected.map((l) => l.id)),
        absent: list(n.absent.map((a) => `${a.field}: ${a.reason}`)), url: publicLink(noticeUrl(n), site),
      })),
    localitiesOf: (row) => split(row['inspected']),
    noticeOf: (row) => String(row['id']),
  },
  {
    name: 'so-lieu',
    title: 'Số liệu',
    description: 'Mỗi số liệu in trong thông báo: giá trị chuẩn, đúng nguyên văn như in, câu chứa nó và vị trí trong văn bản gốc.',
    fields: [
      f('notice_id', 'string', 'Mã thông báo (bảng thong-bao).', '2024-04-trang-dinh'),
      f('id', 'string', 'Mã số liệu trong thông báo.', 'thu-nsnn'),
      f('locality_id', 'string', 'Đơn vị mà số liệu nói về (bảng dia-phuong).', '180'),
      f('indicator_id', 'string', 'Chỉ tiêu (bảng chi-tieu).', 'thu-nsnn'),
      f('value', 'number', 'Giá trị chuẩn, tính theo cột unit: đồng (không phải triệu hay tỷ đồng), % là số phần trăm, với số đếm là tử số.', '17420000000'),
      f('unit', 'string', 'Đơn vị của value.', 'đồng'),
      f('denominator', 'number', 'Mẫu số của số đếm dạng 09/19; trống với loại khác.', '19'),
      f('target', 'number', 'Dự toán hoặc kế hoạch cùng đơn vị, nếu văn bản nêu.'),
      f('as_of', 'string', `Ngày số liệu, nếu văn bản nêu. ${partialDate}`, '2024-03-31'),
      f('printed', 'string', 'Số liệu đúng như in.', '17,420 tỷ đồng'),
      f('excerpt', 'string', 'Câu chứa số liệu, nguyên văn.'),
      f('section', 'string', 'Mục của thông báo.', '1'),
      f('subject', 'string', 'Cái được đếm, khi chỉ tiêu là chung.'),
      f('ref', 'string', 'Kiến nghị hoặc nhiệm vụ mà số liệu thuộc về.', 'de-xuat-1'),
      f('source_line', 'integer', 'Dòng của văn bản gốc (source.txt) nơi câu trích bắt đầu.'),
      urlField,
    ],
    rows: ({ model, site }) =>
      model.figures.map((x) => ({
        notice_id: x.notice.id, id: x.id, locality_id: x.locality.id, indicator_id: x.indicator.id, value: x.value, unit: x.indicator.unit,
        denominator: x.denominator, target: x.target, as_of: x.asOf ? toIsoPartialDate(x.asOf) : null, printed: x.printed, excerpt: x.excerpt,
        section: x.section, subject: x.subject, ref: x.ref, source_line: x.sourceLine, url: publicLink(figureUrl(x), site),
      })),
    localitiesOf: (row) => [String(row['locality_id'])],
    noticeOf: (row) => String(row['notice_id']),
  },
  {
    name: 'ket-luan',
    title: 'Nhận định, kết luận',
    description: 'Kết quả đạt được và tồn tại, hạn chế mà thông báo nêu, nguyên văn.',
    fields: [
      f('notice_id', 'string', 'Mã thông báo.'),
      f('position', 'integer', 'Thứ tự trong thông báo.', '1'),
      f('kind', 'string', 'achievement (kết quả đạt được) hoặc shortcoming (tồn tại, hạn chế).'),
      f('section', 'string', 'Mục của thông báo.'),
      f('topic', 'string', 'Chủ đề.'),
      f('text', 'string', 'Nội dung, nguyên văn.'),
      f('locality_ids', 'string', 'Các đơn vị liên quan, cách nhau bởi "; ".'),
      f('figure_ids', 'string', 'Các số liệu được trích, cách nhau bởi "; ".'),
    ],
    rows: ({ model }) =>
      model.notices.flatMap((n) =>
        n.findings.map((x, i) => ({ notice_id: n.id, position: i + 1, kind: x.kind, section: x.section, topic: x.topic, text: x.text, locality_ids: list(x.localities.map((l) => l.id)), figure_ids: list(x.figures.map((f) => f.id)) })),
      ),
    localitiesOf: (row) => split(row['locality_ids']),
    noticeOf: (row) => String(row['notice_id']),
  },
  {
    name: 'nhiem-vu',
    title: 'Nhiệm vụ',
    description: 'Mỗi nhiệm vụ thông báo giao: đối tượng, cơ quan chủ trì, phối hợp, thời hạn và trạng thái.',
    fields: [
      f('notice_id', 'string', 'Mã thông báo.'),
      f('id', 'string', 'Mã nhiệm vụ trong thông báo: mục và điểm (a b c d đ e g…).', '2.1-đ'),
      f('addressee', 'string', 'Đối tượng, như in.', 'Đối với huyện Trảng Định'),
      f('locality_ids', 'string', 'Các đơn vị được giao, cách nhau bởi "; ".', '180'),
      f('topic', 'string', 'Chủ đề.'),
      f('text', 'string', 'Nội dung, nguyên văn.'),
      f('lead', 'string', 'Chủ trì, nếu văn bản nêu.'),
      f('coordinating', 'string', 'Phối hợp, nếu văn bản nêu.'),
      f('agency_ids', 'string', 'Mã các cơ quan cấp tỉnh được nêu (bảng co-quan).'),
      f('deadline', 'string', `Thời hạn, nếu văn bản nêu. ${partialDate}`, '2024'),
      f('deadline_printed', 'string', 'Câu nêu thời hạn, nguyên văn.'),
      ...statusFields,
      f('overdue_as_of', 'string', 'Quá hạn (tính toán): ngày dữ liệu mà tại đó thời hạn đã hết (thời hạn chỉ ghi năm tính đến 31/12) và chưa có báo cáo hoàn thành; trống nếu không quá hạn hoặc không có thời hạn.'),
      urlField,
    ],
    rows: (ctx) => ctx.items.filter((i) => i.kind === 'directive').map((i) => itemRow(ctx, i)),
    localitiesOf: (row) => split(row['locality_ids']),
    noticeOf: (row) => String(row['notice_id']),
  },
  {
    name: 'kien-nghi',
    title: 'Kiến nghị, đề xuất',
    description: 'Kiến nghị của địa phương, ý kiến trả lời của UBND tỉnh, cơ quan chủ trì, phối hợp, tổng hợp và trạng thái.',
    fields: [
      f('notice_id', 'string', 'Mã thông báo.'),
      f('id', 'string', 'Mã kiến nghị trong thông báo.', 'de-xuat-1'),
      f('from', 'string', 'Đơn vị đề xuất.', 'UBND huyện Tràng Định'),
      f('locality_ids', 'string', 'Đơn vị đề xuất và các đơn vị được nêu, cách nhau bởi "; ".'),
      f('topic', 'string', 'Chủ đề.'),
      f('request', 'string', 'Nội dung đề xuất, nguyên văn.'),
      f('response', 'string', 'Ý kiến của UBND tỉnh, nguyên văn.'),
      f('lead', 'string', 'Chủ trì.'),
      f('coordinating', 'string', 'Phối hợp.'),
      f('consolidating', 'string', 'Cơ quan tổng hợp, báo cáo.'),
      f('agency_ids', 'string', 'Mã các cơ quan cấp tỉnh được nêu (bảng co-quan).'),
      f('decided_by', 'string', 'Cấp xem xét, quyết định.'),
      ...statusFields,
      urlField,
    ],
    rows: (ctx) => ctx.items.filter((i) => i.kind === 'proposal').map((i) => itemRow(ctx, i)),
    localitiesOf: (row) => split(row['locality_ids']),
    noticeOf: (row) => String(row['notice_id']),
  },
  {
    name: 'bao-cao',
    title: 'Báo cáo kết quả thực hiện',
    description: 'Các báo cáo về việc thực hiện nhiệm vụ, kiến nghị của một thông báo kết luận: số, ngày, cơ quan báo cáo, thông báo được trả lời. Chưa có báo cáo nào thì bảng trống.',
    fields: [
      f('id', 'string', 'Mã báo cáo trên cổng (tên thư mục).', '2024-06-bc-trang-dinh'),
      f('document_type', 'string', 'Loại văn bản.', 'Báo cáo'),
      f('number', 'string', 'Số, ký hiệu; trống nếu văn bản để trống.', '112/BC-UBND'),
      f('date', 'string', `Ngày văn bản. ${partialDate}`),
      f('reporter', 'string', 'Cơ quan, đơn vị báo cáo.'),
      f('reporter_id', 'string', 'Mã cơ quan (bảng co-quan) hoặc đơn vị (bảng dia-phuong) báo cáo; trống nếu văn bản không nêu một cơ quan có mã.'),
      f('title', 'string', 'Trích yếu, nguyên văn.'),
      f('notice_id', 'string', 'Mã thông báo được báo cáo.'),
      f('notice_cited_as', 'string', 'Báo cáo dẫn thông báo bằng những chữ nào, nguyên văn.'),
      f('entries', 'integer', 'Số nhiệm vụ, kiến nghị được báo cáo.'),
      urlField,
    ],
    rows: ({ model, site }) =>
      model.reports.map((r) => ({
        id: r.id, document_type: r.documentType, number: r.number, date: toIsoPartialDate(r.date), reporter: partyName(r.issuer),
        reporter_id: 'agency' in r.issuer ? r.issuer.agency.id : 'locality' in r.issuer ? r.issuer.locality.id : null,
        title: r.title, notice_id: r.notice.id, notice_cited_as: r.answersPrinted, entries: r.entries.length, url: publicLink(reportUrl(r), site),
      })),
    noticeOf: (row) => String(row['notice_id']),
  },
  {
    name: 'trang-thai',
    title: 'Lịch sử trạng thái',
    description: 'Mỗi trạng thái mà một báo cáo nêu cho một nhiệm vụ hoặc kiến nghị: từ ngày nào, theo báo cáo nào, câu nguyên văn làm căn cứ. Chưa có báo cáo nào thì bảng trống.',
    fields: [
      f('notice_id', 'string', 'Mã thông báo.'),
      f('item_kind', 'string', 'directive (nhiệm vụ) hoặc proposal (kiến nghị).'),
      f('item_id', 'string', 'Mã nhiệm vụ hoặc kiến nghị trong thông báo.'),
      f('status', 'string', 'Trạng thái: dang-thuc-hien, hoan-thanh, qua-han, khong-con-ap-dung.'),
      f('date', 'string', `Ngày trạng thái bắt đầu, theo báo cáo. ${partialDate}`),
      f('source', 'string', 'Văn bản báo cáo: loại, số, ngày, cơ quan.'),
      f('report_id', 'string', 'Mã báo cáo trong bảng bao-cao.'),
      f('evidence', 'string', 'Câu nguyên văn trong báo cáo làm căn cứ cho trạng thái.'),
      f('evidence_line', 'integer', 'Dòng của câu đó trong văn bản gốc của báo cáo.'),
    ],
    rows: ({ items }) =>
      items.flatMap((i) => i.changes.map((c) => ({
        notice_id: i.notice.id, item_kind: i.kind, item_id: i.id, status: c.status, date: toIsoPartialDate(c.date),
        source: reportCitation(c.report), report_id: c.report.id, evidence: c.evidence, evidence_line: c.line,
      }))),
    noticeOf: (row) => String(row['notice_id']),
  },
];

function itemRow({ site }: Context, i: TrackerItem): Row {
  const names = (parties: TrackerItem['lead']) => list(parties.map(partyName));
  const common = {
    notice_id: i.notice.id, id: i.id, locality_ids: list(i.localities.map((l) => l.id)), topic: i.topic, lead: names(i.lead), coordinating: names(i.coordinating),
    agency_ids: list(i.agencies.map((a) => a.id)), ...statusCells(i), url: publicLink(trackerItemPageUrl(i), site),
  };
  if (i.kind === 'directive') {
    return {
      ...common, addressee: i.addressee, text: i.text, deadline: i.deadline ? toIsoPartialDate(i.deadline.date) : null, deadline_printed: i.deadline?.printed ?? null,
      overdue_as_of: i.overdue ? toIsoPartialDate(i.overdue.asOf) : null,
    };
  }
  const p = i.source as { decidedBy: string | null };
  return { ...common, from: i.requester ? partyName(i.requester) : null, request: i.text, response: i.response, consolidating: names(i.consolidating), decided_by: p.decidedBy };
}

/** Rows in field order (every field present, blanks as null). */
export function tableRows(table: TableDef, ctx: Context): Row[] {
  return table.rows(ctx).map((row) => Object.fromEntries(table.fields.map((fd) => [fd.name, row[fd.name] ?? null])));
}
