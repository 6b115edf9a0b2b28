/** What happened to the directives and proposals concerning a unit (site/alerts.ts). */
import type { APIRoute } from 'astro';
import { getSiteData } from '../../../site/site-data.ts';
import { localityAlerts, scopeFeedResponse } from '../../../site/views/alerts-view.ts';
import { inShard } from '../../../site/shard.ts';

export function getStaticPaths() {
  const site = getSiteData();
  return inShard(site.model.localities.filter((l) => localityAlerts(site, l).feed).map((locality) => ({ params: { slug: locality.slug }, props: { locality } })));
}

export const GET: APIRoute = ({ props }) => scopeFeedResponse(getSiteData(), localityAlerts(getSiteData(), props['locality']));
