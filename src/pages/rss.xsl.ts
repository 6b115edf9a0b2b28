/**
 * The stylesheet every feed names (/rss.xsl, site/feed-stylesheet.ts): written with or without a
 * public address, so a feed copied elsewhere or built later finds it; it links its own
 * stylesheet, bundled by Vite with the site's fonts (styles/feed.css).
 */
import type { APIRoute } from 'astro';
import fontsCss from 'virtual:tp/fonts.css?url';
import feedCss from '../styles/feed.css?url';
import { feedStylesheet } from '../site/feed-stylesheet.ts';
import { getSiteData } from '../site/site-data.ts';
import { faviconUrl, homeUrl } from '../site/urls.ts';

export const GET: APIRoute = () =>
  new Response(feedStylesheet({ stylesheets: [fontsCss, feedCss], home: homeUrl, favicon: faviconUrl, province: getSiteData().model.province.name }), {
    headers: { 'Content-Type': 'application/xslt+xml; charset=utf-8' },
  });
