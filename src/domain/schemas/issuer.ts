/** Schema of content/issuers.csv: the bodies that issue the notices the portal publishes. */
import { z } from 'astro/zod';
import { localityRef, slugId } from './common.ts';

export const issuerRow = z.strictObject({
  /** Key a notice's `issuer` names: ubnd-tinh-lang-son. */
  id: slugId,
  /** Full name as in the document's heading: Ủy ban nhân dân tỉnh Lạng Sơn. */
  name: z.string().min(1),
  /** As notices cite it: UBND tỉnh Lạng Sơn. */
  short_name: z.string().min(1),
  /** Level of government: tinh (province), huyen (district), xa (commune). */
  level: z.enum(['tinh', 'huyen', 'xa']),
  /** The unit it governs (an id of the register, of the same level). */
  locality: localityRef,
  /** Its symbol at the end of a document number: UBND in "Số: /TB-UBND". */
  symbol: z.string().min(1),
});
export type IssuerRow = z.infer<typeof issuerRow>;
