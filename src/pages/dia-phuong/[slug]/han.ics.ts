/** The deadlines of the directives and proposals concerning a unit, as a calendar (site/alerts.ts). */
import type { APIRoute } from 'astro';
import { getSiteData } from '../../../site/site-data.ts';
import { calendarResponse, localityAlerts } from '../../../site/views/alerts-view.ts';
import { inShard } from '../../../site/shard.ts';

export function getStaticPaths() {
  const site = getSiteData();
  return inShard(site.model.localities.filter((l) => localityAlerts(site, l).calendar).map((locality) => ({ params: { slug: locality.slug }, props: { locality } })));
}

export const GET: APIRoute = ({ props }) => calendarResponse(getSiteData(), localityAlerts(getSiteData(), props['locality']));
