/** One locator image per district: the province with that district filled (referenced by every page in it). */
import type { APIRoute } from 'astro';
import { getMapGeometry } from '../../../site/map/map-context.ts';
import { LOCATOR_WIDTH, locatorSvg } from '../../../site/map/locator-svg.ts';
import { vi } from '../../../i18n/vi.ts';


export function getStaticPaths() {
  return getMapGeometry(LOCATOR_WIDTH).paths.map((p) => ({ params: { code: p.code }, props: { code: p.code, name: p.name } }));
}

export const GET: APIRoute<{ code: string; name: string }> = ({ props }) =>
  new Response(locatorSvg(getMapGeometry(LOCATOR_WIDTH), props.code, vi.map.locator(props.name)), { headers: { 'Content-Type': 'image/svg+xml' } });
