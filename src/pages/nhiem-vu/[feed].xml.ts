/**
 * The feed of items newly overdue (/nhiem-vu/qua-han.xml), each dated the day after its
 * deadline's last day (site/alerts.ts). Like every feed, written only under a public address.
 */
import type { APIRoute } from 'astro';
import { overdueAlerts } from '../../site/alerts.ts';
import { getSiteData } from '../../site/site-data.ts';
import { feedResponse } from '../../site/views/alerts-view.ts';
import { overdueFeedUrl, trackerUrl } from '../../site/urls.ts';
import { inShard } from '../../site/shard.ts';

export function getStaticPaths() {
  return inShard(getSiteData().publicAddress ? [{ params: { feed: 'qua-han' } }] : []);
}

export const GET: APIRoute = () => {
  const site = getSiteData();
  return feedResponse(site, 'Nhiệm vụ mới quá thời hạn', 'Các nhiệm vụ có thời hạn đã qua mà chưa có báo cáo hoàn thành, tính tại ngày dữ liệu của cổng.', trackerUrl, overdueFeedUrl, overdueAlerts(site.items));
};
