/** URL segments without diacritics: `Xã Chí Minh` → `xa-chi-minh` (đ → d). */
import slugify from '@sindresorhus/slugify';

export function slugifyVi(text: string): string {
  return slugify(text.normalize('NFC'), { locale: 'vi' });
}
