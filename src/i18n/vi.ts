/**
 * Every string readers see, in Vietnamese. Kept in one place so that wording is consistent and
 * an English edition is one file away.
 */
import type { AgencyRole, CurrentStatus } from '../domain/model.ts';
import type { LocalityLevel } from '../domain/schemas/locality.ts';
import type { Direction, FundType, IndicatorKind } from '../domain/schemas/indicator.ts';

/** A unit's name as it stands inside a sentence: `Tỉnh Lạng Sơn` → `tỉnh Lạng Sơn`, `Thành phố Hà Nội` → `thành phố Hà Nội`. */
export const inSentence = (name: string): string => name.replace(/^(Thành phố|\S+)/u, (type) => type.toLowerCase());

export const vi = {
  siteName: 'Cổng công khai kết luận kiểm tra',
  /** The body whose conclusions the portal publishes: `UBND tỉnh Lạng Sơn` for `Tỉnh Lạng Sơn`. */
  siteOwner: (province: string) => `UBND ${inSentence(province)}`,
  skipToContent: 'Bỏ qua, đến nội dung chính',
  nav: {
    label: 'Chuyên mục chính',
    home: 'Trang chủ',
    localities: 'Địa phương',
    notices: 'Thông báo',
    tracker: 'Nhiệm vụ',
    indicators: 'Chỉ tiêu',
    data: 'Dữ liệu',
    map: 'Bản đồ',
    agencies: 'Cơ quan',
    about: 'Giới thiệu và phương pháp',
  },
  search: {
    unitMatches: 'Địa phương có tên này',
    label: 'Tìm kiếm',
    placeholder: 'Tên địa phương, cơ quan, nhiệm vụ…',
    button: 'Tìm',
    title: 'Tìm kiếm',
    pageLabel: 'Từ khóa (tên địa phương, cơ quan, nhiệm vụ, thông báo)',
    noScript:
      'Tìm kiếm cần JavaScript: cổng là trang tĩnh, không có máy chủ tìm kiếm, nên không có JavaScript thì trang này không đọc được từ khóa bạn gõ (từ khóa vẫn ở trên thanh địa chỉ). Bạn vẫn tìm được mọi nội dung qua các danh sách dưới đây.',
    more: 'Xem thêm kết quả',
    /** The search page's sentences, filled in by its script: {n} results, {q} the query, {title} a page. */
    results: {
      found: '{n} kết quả cho “{q}”',
      none: 'Không có kết quả cho “{q}”',
      sections: 'Các phần của trang {title} có từ khóa',
    },
    hint: 'Gõ có dấu hoặc không dấu đều được: “trang dinh” tìm thấy Tràng Định, “chi minh” tìm thấy xã Chí Minh. Tên đơn vị cũ (trước sáp nhập) cũng tìm được.',
  },
  map: {
    none: 'Chưa có bản đồ: chưa thông báo nào có số liệu của đơn vị cấp huyện để tô màu.',
    noBoundaries: 'Chưa có bản đồ: cổng chưa có ranh giới các đơn vị cấp huyện (content/portal.yaml, boundaries).',
    currentUnitsLink: 'Các đơn vị hành chính hiện nay, theo đơn vị cấp huyện cũ',
    districtsWithData: 'đơn vị cấp huyện có số liệu',
    noData: 'Chưa có số liệu',
    legend: 'Chú giải',
    tableCaption: 'số liệu mới nhất của từng đơn vị cấp huyện',
    district: 'Đơn vị cấp huyện',
    value: 'Giá trị',
    printed: 'Như in trong thông báo',
    source: 'Nguồn',
    asOf: 'số liệu đến',
    method:
      'Mỗi huyện tô theo số liệu mới nhất của chính huyện đó (không cộng số liệu của các xã). Màu chia tối đa 4 khoảng đều nhau giữa giá trị nhỏ nhất và lớn nhất; màu càng đậm giá trị càng lớn. Ranh giới trước ngày 01/7/2025, đã đơn giản hóa, chỉ để minh họa vị trí.',
    locator: (name: string, province: string) => `Vị trí của ${name} trong ${inSentence(province)}`,
  },
  breadcrumbs: 'Đường dẫn',
  /** Under the caption of a table that scrolls sideways on a phone (styles/_tables.css). */
  tableScrollHint: 'Bảng rộng hơn màn hình: vuốt ngang để xem các cột bên phải.',
  footer: {
    dataSource: (province: string, resolutions: readonly string[]) =>
      `Nguồn: các thông báo kết luận kiểm tra của UBND ${inSentence(province)}; danh mục đơn vị hành chính của Tổng cục Thống kê (01/3/2025)${resolutions.map((r) => `; Nghị quyết ${r}`).join('')}.`,
    licence: 'Dữ liệu được công bố theo giấy phép CC BY 4.0: được dùng lại, ghi rõ nguồn.',
    method: 'Phương pháp và nguồn dữ liệu',
    builtOn: 'Dữ liệu cập nhật ngày',
    downloads: 'Tải dữ liệu (CSV, JSON)',
    feed: 'Nhận thông báo mới (RSS)',
  },
  levelName: { tinh: 'Tỉnh', huyen: 'Cấp huyện', xa: 'Cấp xã' } satisfies Record<LocalityLevel, string>,
  code: 'mã',
  codeUnknown: 'mã chưa xác định',
  status: {
    'chua-bao-cao': 'Chưa có báo cáo',
    'dang-thuc-hien': 'Đang thực hiện',
    'hoan-thanh': 'Hoàn thành',
    'qua-han': 'Quá hạn',
    'khong-con-ap-dung': 'Không còn áp dụng',
  } satisfies Record<CurrentStatus, string>,
  /** The computed overdue note, beside the reported status wherever an item is shown. */
  overdue: {
    full: (deadlineEnd: string, asOf: string) =>
      `Quá thời hạn (tính toán): thời hạn đã hết ngày ${deadlineEnd}, trước ngày dữ liệu ${asOf}, và chưa có báo cáo hoàn thành.`,
    brief: (deadlineEnd: string) => `quá thời hạn (tính toán) từ ${deadlineEnd}`,
  },
  findingKind: { achievement: 'Kết quả đạt được', shortcoming: 'Tồn tại, hạn chế' },
  roles: { lead: 'Chủ trì', coordinating: 'Phối hợp', consolidating: 'Tổng hợp, báo cáo', decidedBy: 'Cấp xem xét, quyết định' },
  agencyRole: { addressee: 'Nêu tên là đối tượng nhiệm vụ', lead: 'Chủ trì', coordinating: 'Phối hợp', consolidating: 'Tổng hợp, báo cáo' } satisfies Record<AgencyRole, string>,
  /** The four-way count of follow-up (site/follow-up.ts). */
  followUp: {
    'dung-han': 'Hoàn thành đúng hạn',
    'tre-han': 'Hoàn thành quá hạn',
    'trong-han': 'Đang thực hiện trong hạn',
    'qua-han': 'Quá hạn',
  },
  /** Items of a former unit or agency, shown with the unit or agency that continues it (site/reform-eras.ts, site/agency-eras.ts). */
  history: {
    givenTo: (former: string) => `giao cho ${former}`,
    /** Under a four-way count: whether it counts the items of the former units or agencies, and which. */
    countIncludes: (n: number, formers: string) => `Gồm cả ${n} nhiệm vụ, kiến nghị giao cho ${formers}.`,
    countExcludes: (formers: string) => `Không gồm nhiệm vụ, kiến nghị nào của ${formers}: các thông báo đã công bố không giao mục nào cho họ.`,
    agencyCountExcludes: (n: number, formers: string) =>
      `Không gồm ${n} nhiệm vụ, kiến nghị nêu tên ${formers}: mỗi mục được tính cho cơ quan mà thông báo nêu tên, xem phần lịch sử bên dưới.`,
    agencyLede: (n: number, formers: string) => `${formers} được nêu tên trong ${n} nhiệm vụ, kiến nghị: xem phần lịch sử.`,
    /** `Xã Chí Minh và Xã Chi Lăng (trước 01/7/2025)`, `Sở Kế hoạch và Đầu tư (đến 28/02/2025)`. */
    formers: (names: readonly string[], when: string) => `${names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} và ${names.at(-1)}`} (${when})`,
  },
  tracker: {
    title: 'Theo dõi nhiệm vụ và kiến nghị',
    filterLegend: 'Lọc danh sách',
    filterLocality: 'Địa phương',
    filterAgency: 'Cơ quan',
    filterStatus: 'Trạng thái',
    filterYear: 'Năm thông báo',
    all: 'Tất cả',
    showing: 'Đang hiện {shown} trên {total} mục',
    /** A filter's option with how many items it would show, the other filters as they are: "Quá hạn (3)". */
    option: '{name} ({count})',
    /** The list's heading while a filter is chosen ({page}: ", trang 1/3" on a paged list). */
    headingFiltered: 'Danh sách ({shown} mục theo bộ lọc{page})',
    /** Said (live region) when no item matches the filters chosen. */
    empty: 'Không có mục nào phù hợp với bộ lọc đã chọn (0 trên {total} mục).',
    reset: 'Bỏ lọc, hiện tất cả',
  },
  fieldType: { string: 'văn bản', number: 'số', integer: 'số nguyên' },
  itemKind: { directive: 'Nhiệm vụ', proposal: 'Kiến nghị' },
  fund: { 'dau-tu': 'Vốn đầu tư', 'su-nghiep': 'Vốn sự nghiệp', 'doi-ung': 'Vốn đối ứng' } satisfies Record<FundType, string>,
  fundNotStated: 'Không nêu loại vốn',
  indicatorKind: {
    amount: 'Số tiền',
    percent: 'Tỷ lệ phần trăm',
    'count-of-total': 'Số đạt trên tổng số',
    quantity: 'Số lượng',
  } satisfies Record<IndicatorKind, string>,
  direction: {
    higher: 'Càng cao càng tốt',
    lower: 'Càng thấp càng tốt',
    neutral: 'Không xếp tốt hay xấu (số đề xuất, yêu cầu)',
  } satisfies Record<Direction, string>,
  blank: 'để trống trong văn bản',
  /** What is said after an issue date that was not printed in full (src/site/notice-date.ts). */
  issueDate: {
    blank: (part: string, printed: string) => `${part} để trống trong văn bản (“${printed}”)`,
    partial: (printed: string) => `văn bản chỉ ghi đến tháng hoặc kỳ, không ghi ngày (“${printed}”)`,
    yearInferred: (printed: string, year: number, basis: string) =>
      `văn bản chỉ ghi ngày và tháng (“${printed}”); năm ${year} lấy từ “${basis}” trong văn bản`,
    notInText: (basis: string) => `văn bản được lưu không có dòng ngày ban hành; ngày ghi theo “${basis}” trong văn bản`,
  },
  notStated: 'văn bản không nêu',
  /** The page a reader sees on opening a feed in a browser (src/site/feed-stylesheet.ts). */
  feed: {
    kicker: 'Nguồn tin RSS',
    whatTitle: 'Đây là gì?',
    what: 'Đây là nguồn tin RSS của cổng: một địa chỉ để ứng dụng đọc tin tự động lấy các mục mới và báo cho bạn. Trang này dành cho ứng dụng đọc tin; bạn vẫn có thể đọc các mục ở dưới ngay tại đây.',
    howTitle: 'Cách theo dõi',
    steps: [
      'Mở một ứng dụng đọc tin RSS trên điện thoại hoặc máy tính (nhiều ứng dụng miễn phí; một số trình duyệt và ứng dụng thư điện tử cũng đọc được RSS).',
      'Sao chép địa chỉ của nguồn tin này:',
      'Trong ứng dụng, chọn thêm nguồn tin mới và dán địa chỉ vừa sao chép. Không cần tài khoản trên cổng; cổng không biết ai theo dõi.',
    ],
    /** Step 2 where the address follows the steps (site/feed-css.ts). */
    copyBelow: 'Sao chép địa chỉ của nguồn tin này, trong ô dưới đây.',
    page: 'Trang trên cổng',
    itemsTitle: 'Các mục mới nhất',
    none: 'Nguồn tin này chưa có mục nào.',
  },
  /** What is said in place of a header or signature field the kept text lacks (src/site/notice-absent.ts). */
  absent: {
    numberPrinted: (reason: string) => `văn bản được lưu không có dòng số, ký hiệu (${reason})`,
    presiding: (reason: string) => `văn bản được lưu không nêu người chủ trì, kết luận (${reason})`,
    signature: (reason: string) => `văn bản được lưu không có phần chữ ký (${reason})`,
  },
  corrections: {
    title: 'Đính chính',
    listTitle: 'Đính chính dữ liệu đã công bố',
    lede: 'Mọi thay đổi sau khi công bố đều được ghi lại ở đây và ngay trên trang của văn bản: ngày, phần được sửa, giá trị cũ và mới, lý do. Dữ liệu đã công bố không bao giờ bị sửa lặng lẽ.',
    none: 'Chưa có đính chính nào.',
    intro: 'Sau khi công bố, dữ liệu của văn bản này đã được sửa như sau (văn bản gốc không đổi):',
    feedTitle: 'Đính chính',
    feedDescription: 'Các đính chính dữ liệu đã công bố trên cổng: ngày, phần được sửa, giá trị cũ và mới, lý do.',
    columns: { date: 'Ngày', document: 'Văn bản', field: 'Phần được sửa', old: 'Trước', new: 'Sau', reason: 'Lý do' },
    blank: '(để trống)',
    /** The parts of a document a correction names, in readers' words. */
    fields: {
      title: 'Tiêu đề',
      shortTitle: 'Tên ngắn',
      findings: 'Nhận định',
      directives: 'Nhiệm vụ',
      proposals: 'Kiến nghị',
      entries: 'Mục báo cáo',
      figures: 'Số liệu',
      topic: 'chủ đề',
      text: 'nguyên văn',
      request: 'nội dung kiến nghị',
      response: 'trả lời',
      status: 'trạng thái',
      from: 'từ ngày',
      evidence: 'câu làm căn cứ',
      item: 'nhiệm vụ, kiến nghị',
      value: 'giá trị',
      printed: 'số như in',
      excerpt: 'câu trích',
      indicator: 'chỉ tiêu',
      locality: 'đơn vị',
      as_of: 'thời điểm',
      subject: 'đối tượng',
      target: 'mục tiêu',
      denominator: 'tổng số',
    } as Record<string, string>,
  },
} as const;
