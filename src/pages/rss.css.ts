/**
 * The CSS stylesheet every feed names after /rss.xsl (site/feed-css.ts), for browsers that no
 * longer run XSLT. A fixed address the feeds can name; it imports the site's bundled fonts.
 */
import type { APIRoute } from 'astro';
import fontsCss from 'virtual:tp/fonts.css?url';
import { feedCss } from '../site/feed-css.ts';

export const GET: APIRoute = () => new Response(feedCss(fontsCss), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
