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
  reform: z.strictObject({
    /** Whether the province kept its borders (not merged with another province) in 2025. */
    provinceUnchanged: z.boolean(),
  }),
});
export type PortalConfig = z.infer<typeof portalConfig>;
