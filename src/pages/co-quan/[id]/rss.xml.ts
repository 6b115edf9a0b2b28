/** What happened to the items naming an agency: reported statuses, deadlines passed (site/alerts.ts). */
import type { APIRoute } from 'astro';
import { getSiteData } from '../../../site/site-data.ts';
import { agencyAlerts, scopeFeedResponse } from '../../../site/views/alerts-view.ts';
import { inShard } from '../../../site/shard.ts';

export function getStaticPaths() {
  const site = getSiteData();
  return inShard(site.model.agencies.filter((a) => agencyAlerts(site, a).feed).map((agency) => ({ params: { id: agency.id }, props: { agency } })));
}

export const GET: APIRoute = ({ props }) => scopeFeedResponse(getSiteData(), agencyAlerts(getSiteData(), props['agency']));
