/**
 * How each figure of the sample notice (content/notices/2024/2024-04-trang-dinh/) reads on the
 * site, written by hand from its source.txt and the vi-VN rules of the spec (DOMAIN.md: comma
 * for decimals, dot for thousands, money above a billion in "tỷ đồng" without trailing zeros,
 * a count out of a total with its unit), never from the site's own formatter. A figure the
 * sample gains later must be added here, or the tests that read it say which key is missing.
 */
export const sampleFigureText: Readonly<Record<string, string>> = {
  // "đạt 100,65% kế hoạch vốn tỉnh giao"
  'phan-bo-ke-hoach-von': '100,65%',
  // "thực hiện đạt 17,420 tỷ đồng": 17.42 billion, printed with three decimals
  'thu-nsnn': '17,42 tỷ đồng',
  // "đạt 35,16% dự toán tỉnh giao"
  'thu-nsnn-du-toan-tinh': '35,16%',
  // "hoàn thành 04/04 công trình Trạm y tế"
  'tram-y-te-hoan-thanh': '04/04 công trình',
  // "đã bàn giao đưa vào khai thác sử dụng 03/04 Trạm y tế"
  'tram-y-te-ban-giao': '03/04 công trình',
  // "giải ngân vốn sự nghiệp đạt thấp (0,22%)"
  'giai-ngan-von-su-nghiep': '0,22%',
  // "3.740 triệu đồng": 3.74 billion
  'von-doi-ung-chua-can-doi': '3,74 tỷ đồng',
  // "mới đạt 09/19 tiêu chí"
  'tieu-chi-ntm-dat': '09/19 tiêu chí',
  // "còn lại 10/19 tiêu chí chưa đạt"
  'tieu-chi-ntm-chua-dat': '10/19 tiêu chí',
  // "đề xuất bổ sung 240 triệu đồng"
  'de-xuat-1-kinh-phi': '240 triệu đồng',
  // "xây mới 02 nhà văn hóa thôn"
  'de-xuat-1-so-nha-van-hoa': '2 công trình',
  // "đối với 02 tuyến đường xã"
  'de-xuat-2-so-tuyen-duong': '2 công trình',
  // "dài khoảng 10km": an approximate length keeps its "khoảng"
  'de-xuat-3-chieu-dai-duong': 'khoảng 10 km',
};

/** The expected text of a figure of the sample notice, by its model key ("<notice>/<id>"). */
export function sampleFigure(key: string): string {
  const id = key.replace(/^2024-04-trang-dinh\//, '');
  const text = sampleFigureText[id];
  if (text === undefined) throw new Error(`tests/helpers/sample-figures.ts has no expected text for figure ${key}`);
  return text;
}
