/** URL segments without diacritics: `Xã Chí Minh` → `xa-chi-minh` (đ → d). */
import slugify from '@sindresorhus/slugify';

export function slugifyVi(text: string): string {
  return slugify(text.normalize('NFC'), { locale: 'vi' });
}

/**
 * The text without tone marks or diacritics, đ → d: `Tràng Định` → `Trang Dinh`. Search indexes
 * this copy too, because Pagefind folds tone marks but not đ ("dinh" would not find "Định").
 */
export function withoutDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{Mn}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}
