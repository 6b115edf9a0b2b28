/**
 * The feed of corrections (/dinh-chinh/rss.xml), newest first, each dated its day. Like every
 * feed, written only under a public address.
 */
import type { APIRoute } from 'astro';
import { getSiteData } from '../../site/site-data.ts';
import { correctionRecords } from '../../site/corrections.ts';
import { feedResponse } from '../../site/views/alerts-view.ts';
import { correctionsUrl, feedUrlOf } from '../../site/urls.ts';
import { inShard } from '../../site/shard.ts';
import { vi } from '../../i18n/vi.ts';

export function getStaticPaths() {
  return inShard(getSiteData().publicAddress ? [{ params: { feed: 'rss' } }] : []);
}

export const GET: APIRoute = () => {
  const site = getSiteData();
  const alerts = correctionRecords(site.model).map((r) => ({
    date: r.date,
    title: `${vi.corrections.title}: ${r.document.title} — ${r.field}`,
    link: r.document.href,
    description: `${r.field}: “${r.old}” → “${r.new}”. ${r.reason}`,
  }));
  return feedResponse(site, vi.corrections.feedTitle, vi.corrections.feedDescription, correctionsUrl, feedUrlOf(correctionsUrl), alerts);
};
