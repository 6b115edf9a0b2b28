/** Schema of `content/portal.yaml`: what makes this portal one province's. */
import { z } from 'astro/zod';

export const portalConfig = z.strictObject({
  /** GSO code of the province (two digits), as in the national register: `20` is Lạng Sơn. */
  province: z.string().regex(/^\d{2}$/, 'mã tỉnh 2 chữ số của Tổng cục Thống kê, đặt trong dấu ngoặc kép, ví dụ "20"'),
  /**
   * District boundaries of the province before 01/7/2025, a GeoJSON file under content/; null
   * when the office has none (the site then draws no map).
   */
  boundaries: z.string().regex(/^geo\/[a-z0-9-]+\.geojson$/, 'một tệp trong content/geo/, ví dụ geo/lang-son-districts-2025-03-01.geojson, hoặc null').nullable(),
  /** The 2025 reform as it applied to the province. */
  reform: z
    .strictObject({
      /** Whether the province kept its borders (not merged with another province) in 2025. */
      provinceUnchanged: z.boolean(),
      /**
       * A province merged on 01/7/2025: the provinces consolidated (their names, this one among
       * them) and the province they became. Absent for one that kept its borders.
       */
      merged: z
        .strictObject({
          provinces: z.array(z.string().min(1)).min(2),
          into: z.strictObject({ code: z.string().regex(/^\d{2}$/, 'mã tỉnh 2 chữ số của Tổng cục Thống kê, đặt trong dấu ngoặc kép, ví dụ "08"'), name: z.string().min(1) }),
        })
        .optional(),
    })
    .refine((r) => !(r.provinceUnchanged && r.merged), { message: 'không ghi "merged" với tỉnh giữ nguyên địa giới (provinceUnchanged: true)', path: ['merged'] }),
});
export type PortalConfig = z.infer<typeof portalConfig>;
