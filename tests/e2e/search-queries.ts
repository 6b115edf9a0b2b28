/**
 * Twenty queries a reader types, each with the page the reader means: the page the search must
 * rank first (issue 24, point 2). Chosen from what the words mean on this portal, not from what
 * the engine returned; tests/e2e/search.test.ts runs them on the built site's real index.
 */
export interface SearchCase {
  query: string;
  /** The page meant, as its address on the site. */
  first: string;
  /** Why a reader typing this means that page. */
  because: string;
}

export const SEARCH_CASES: readonly SearchCase[] = [
  { query: 'chi minh', first: '/dia-phuong/06013-xa-chi-minh/', because: 'the only unit named Chí Minh, typed without diacritics' },
  { query: 'Chí Minh', first: '/dia-phuong/06013-xa-chi-minh/', because: 'the same, with diacritics' },
  { query: 'xã thất khê', first: '/dia-phuong/06040-xa-that-khe-2025/', because: 'Xã Thất Khê, the unit since 01/7/2025 (Thị trấn Thất Khê was a town)' },
  { query: 'thi tran that khe', first: '/dia-phuong/06040-thi-tran-that-khe/', because: 'the former town, by its old name' },
  { query: 'xa trang dinh', first: '/dia-phuong/06046-xa-trang-dinh-2025/', because: 'the commune of today, not the former district' },
  { query: 'Huyện Tràng Định', first: '/dia-phuong/180-huyen-trang-dinh/', because: 'the former district, by its full name' },
  { query: 'xa dong dang', first: '/dia-phuong/06184-xa-dong-dang-2025/', because: 'đ typed as d; the commune of today, not the former town' },
  { query: 'vinh tien', first: '/dia-phuong/180-vinh-tien/', because: 'an old name: Xã Vĩnh Tiến, merged into Xã Khánh Long' },
  { query: 'khanh long', first: '/dia-phuong/05998-xa-khanh-long/', because: 'Xã Khánh Long, not Xã Xuân Long' },
  { query: 'tinh lang son', first: '/dia-phuong/20-tinh-lang-son/', because: 'the province, not the city of Lạng Sơn' },
  { query: 'qua han', first: '/nhiem-vu/', because: 'a status: the tracker lists items by status ("Quá hạn"), not Văn Quan' },
  { query: 'quá hạn', first: '/nhiem-vu/', because: 'the same status, with diacritics' },
  { query: 'thu ngân sách nhà nước', first: '/chi-tieu/thu-nsnn/', because: 'an indicator: its page ranks the units by it' },
  { query: 'giai ngan von su nghiep', first: '/chi-tieu/giai-ngan-von-su-nghiep/', because: 'an indicator, without diacritics: its page, not its map' },
  { query: 'tiêu chí nông thôn mới chưa đạt', first: '/chi-tieu/tieu-chi-ntm-chua-dat/', because: 'an indicator by its full name' },
  { query: '15/CTr-UBND', first: '/thong-bao/2024-04-trang-dinh/', because: 'the number of the programme the notice was made under' },
  { query: 'Lương Trọng Quỳnh', first: '/thong-bao/2024-04-trang-dinh/', because: 'who presided: the notice he concluded' },
  { query: 'so tai chinh', first: '/co-quan/so-tai-chinh/', because: 'an agency, without diacritics' },
  { query: 'Sở Kế hoạch và Đầu tư', first: '/co-quan/so-ke-hoach-va-dau-tu/', because: 'an agency by its full name' },
  { query: 'ban do', first: '/ban-do/', because: 'the map page ("Bản đồ"), whose folded title leaked into excerpts before' },
];
