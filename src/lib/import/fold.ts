/** Comparison keys for Vietnamese names: without diacritics, đ → d, lower case, single spaces. */

/** `Trảng Định` → `trang dinh`; also makes old and new tone placement (`hoá`, `hóa`) equal. */
export function foldVi(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}
