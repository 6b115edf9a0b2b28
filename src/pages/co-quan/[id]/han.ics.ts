/** The deadlines of the items naming an agency, as a calendar (site/alerts.ts). */
import type { APIRoute } from 'astro';
import { getSiteData } from '../../../site/site-data.ts';
import { agencyAlerts, calendarResponse } from '../../../site/views/alerts-view.ts';
import { inShard } from '../../../site/shard.ts';

export function getStaticPaths() {
  const site = getSiteData();
  return inShard(site.model.agencies.filter((a) => agencyAlerts(site, a).calendar).map((agency) => ({ params: { id: agency.id }, props: { agency } })));
}

export const GET: APIRoute = ({ props }) => calendarResponse(getSiteData(), agencyAlerts(getSiteData(), props['agency']));
