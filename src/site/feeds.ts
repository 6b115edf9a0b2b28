/**
 * Every RSS feed of the portal is written here (with @astrojs/rss): in Vietnamese, with its own
 * absolute address (atom:link rel="self", which the feed's page in a browser offers to copy) and
 * the stylesheets that show it to a person who opens it as a page (site/feed-stylesheet.ts, and
 * site/feed-css.ts where the browser no longer runs XSLT).
 * RSS needs absolute links: the routes exist only under a public address.
 */
import rss, { type RSSFeedItem } from '@astrojs/rss';
import { feedCssUrl, feedStylesheetUrl } from './urls.ts';
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

/**
 * The feed's response, under the public address `site`. Two stylesheets for browsers, in this
 * order: the XSLT one where XSLT still runs, the CSS one where it no longer does (@astrojs/rss
 * writes one instruction; the second is put after it).
 */
export async function siteFeed(feed: SiteFeed, site: URL): Promise<Response> {
  const response = await rss({
    title: feed.title,
    description: feed.description,
    site: publicLink(feed.page, site),
    stylesheet: feedStylesheetUrl,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>vi</language><atom:link href="${attribute(publicLink(feed.self, site))}" rel="self" type="application/rss+xml"/>`,
    items: feed.items,
  });
  const xsl = `<?xml-stylesheet href="${feedStylesheetUrl}" type="text/xsl"?>`;
  const xml = await response.text();
  if (!xml.includes(xsl)) throw new Error(`@astrojs/rss did not write ${xsl} as expected`);
  return new Response(xml.replace(xsl, `${xsl}<?xml-stylesheet href="${feedCssUrl}" type="text/css"?>`), { headers: response.headers });
}
