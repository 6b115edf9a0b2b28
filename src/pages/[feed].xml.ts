/**
 * RSS feed of notices (/rss.xml), newest first. A notice whose day is blank gets no pubDate
 * rather than an invented one. RSS needs absolute links: without a public address (SITE_URL,
 * see site/public-address.ts) the feed is not written, rather than pointing at a development address.
 */
import type { APIContext } from 'astro';
import { getSiteData } from '../site/site-data.ts';
import { formatViDate } from '../domain/vi-date.ts';
import { feedUrl, homeUrl, noticeUrl } from '../site/urls.ts';
import { siteFeed } from '../site/feeds.ts';
import { vi } from '../i18n/vi.ts';
import { inShard } from '../site/shard.ts';

export function getStaticPaths() {
  return inShard(getSiteData().publicAddress ? [{ params: { feed: 'rss' } }] : []);
}

export function GET(context: APIContext) {
  const { model, publicAddress } = getSiteData();
  const site = context.site ?? publicAddress;
  if (!site) throw new Error('rss.xml needs the public address (SITE_URL)');
  return siteFeed(
    {
      title: `${vi.siteName} — ${vi.siteOwner(model.province.name)}`,
      description: 'Thông báo kết luận kiểm tra mới công bố trên cổng.',
      // The channel's link is the portal's home, under its base path (src/site/base.ts).
      page: homeUrl,
      self: feedUrl,
      items: model.notices.map((n) => ({
        title: n.shortTitle,
        link: noticeUrl(n),
        description: `${n.documentType} ${n.number ? `số ${n.number}` : '(số để trống trong văn bản)'}, ${formatViDate(n.date)}: ${n.title}`,
        ...(n.date.day !== null && n.date.month !== null ? { pubDate: new Date(Date.UTC(n.date.year, n.date.month - 1, n.date.day)) } : {}),
      })),
    },
    site,
  );
}
