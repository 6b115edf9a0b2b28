/** One locator image per district: the province with that district filled (referenced by every page in it). */
import type { APIRoute } from 'astro';
import { LOCATOR_WIDTH, locatorSvg } from '../../../site/map/locator-svg.ts';
import { getSiteData } from '../../../site/site-data.ts';
import { vi } from '../../../i18n/vi.ts';
import { inShard } from '../../../site/shard.ts';

export function getStaticPaths() {
  const { mapGeometry, model } = getSiteData();
  const geometry = mapGeometry(LOCATOR_WIDTH);
  return inShard(geometry.paths.map((p) => ({ params: { code: p.code }, props: { svg: locatorSvg(geometry, p.code, vi.map.locator(p.name, model.province.name)) } })));
}

export const GET: APIRoute<{ svg: string }> = ({ props }) => new Response(props.svg, { headers: { 'Content-Type': 'image/svg+xml' } });
