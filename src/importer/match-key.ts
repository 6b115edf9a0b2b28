/** Comparison keys for Vietnamese names: without diacritics, đ → d, lower case, single spaces. */
import { withoutDiacritics } from '../domain/slug.ts';

/** `Trảng Định` → `trang dinh`; also makes old and new tone placement (`hoá`, `hóa`) equal. */
export function matchKey(text: string): string {
  return withoutDiacritics(text).toLowerCase().replace(/\s+/gu, ' ').trim();
}
