/**
 * Every string readers see, in Vietnamese. Kept in one place so that wording is consistent and
 * an English edition is one file away.
 */
import type { CurrentStatus } from '../data/model.ts';
import type { LocalityLevel } from '../schemas/locality.ts';
import type { Direction, FundType, IndicatorKind } from '../schemas/indicator.ts';

export const vi = {
  siteName: 'Cổng công khai kết luận kiểm tra',
  siteOwner: 'UBND tỉnh Lạng Sơn',
  skipToContent: 'Bỏ qua, đến nội dung chính',
  nav: {
    label: 'Chuyên mục chính',
    home: 'Trang chủ',
    localities: 'Địa phương',
    notices: 'Thông báo',
    about: 'Giới thiệu và phương pháp',
  },
  breadcrumbs: 'Đường dẫn',
  footer: {
    dataSource:
      'Nguồn: các thông báo kết luận kiểm tra của UBND tỉnh Lạng Sơn; danh mục đơn vị hành chính của Tổng cục Thống kê (01/3/2025); Nghị quyết 1672/NQ-UBTVQH15.',
    licence: 'Dữ liệu được công bố theo giấy phép CC BY 4.0: được dùng lại, ghi rõ nguồn.',
    method: 'Phương pháp và nguồn dữ liệu',
    builtOn: 'Dữ liệu cập nhật ngày',
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
  findingKind: { achievement: 'Kết quả đạt được', shortcoming: 'Tồn tại, hạn chế' },
  roles: { lead: 'Chủ trì', coordinating: 'Phối hợp', consolidating: 'Tổng hợp, báo cáo', decidedBy: 'Cấp xem xét, quyết định' },
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
  notStated: 'văn bản không nêu',
} as const;
