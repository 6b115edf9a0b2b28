/** Schema of `content/portal.yaml`: what makes this portal one province's. */
import { z } from 'astro/zod';

export const portalConfig = z.strictObject({
  /** GSO code of the province (two digits), as in the national register: `20` is Lạng Sơn. */
  province: z.string().regex(/^\d{2}$/, 'a two-digit GSO province code such as "20", in quotes'),
  /**
   * District boundaries of the province before 01/7/2025, a GeoJSON file under content/; null
   * when the office has none (the site then draws no map).
   */
  boundaries: z.string().regex(/^geo\/[a-z0-9-]+\.geojson$/, 'a file under content/geo/, e.g. geo/lang-son-districts-2025-03-01.geojson, or null').nullable(),
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
          into: z.strictObject({ code: z.string().regex(/^\d{2}$/, 'a two-digit GSO province code such as "08", in quotes'), name: z.string().min(1) }),
        })
        .optional(),
    })
    .refine((r) => !(r.provinceUnchanged && r.merged), { message: 'no "merged" for a province that kept its borders (provinceUnchanged: true)', path: ['merged'] }),
});
export type PortalConfig = z.infer<typeof portalConfig>;
