/**
 * Every RSS feed of the portal is written here (with @astrojs/rss): in Vietnamese, with its own
 * absolute address (atom:link rel="self", which the feed's page in a browser offers to copy) and
 * the stylesheet that shows it to a person who opens it as a page (site/feed-stylesheet.ts).
 * RSS needs absolute links: the routes exist only under a public address.
 */
import rss, { type RSSFeedItem } from '@astrojs/rss';
import { feedStylesheetUrl } from './urls.ts';
import { publicLink } from './public-address.ts';

export interface SiteFeed {
  title: string;
  description: string;
  /** The page the feed is about (the channel's link), a site path. */
  page: string;
  /** The feed's own site path (`/rss.xml`). */
  self: string;
  items: RSSFeedItem[];
}

const attribute = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** The feed's response, under the public address `site`. */
export function siteFeed(feed: SiteFeed, site: URL): Promise<Response> {
  return rss({
    title: feed.title,
    description: feed.description,
    site: publicLink(feed.page, site),
    stylesheet: feedStylesheetUrl,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>vi</language><atom:link href="${attribute(publicLink(feed.self, site))}" rel="self" type="application/rss+xml"/>`,
    items: feed.items,
  });
}
