/**
 * The XSLT stylesheet every feed names (`<?xml-stylesheet?>`, site/feeds.ts): a browser that opens a
 * feed shows, instead of raw XML and its own English notice, a page of the site in Vietnamese that
 * says what a feed is and how to follow it, gives the feed's address to copy, and lists its items
 * with their links. Feed readers ignore it. The page loads only this site's stylesheet (fonts
 * included) and runs no script; its own policy says so.
 *
 * Feed text reaches the page through `xsl:value-of` only: written as text, never as markup.
 */
import { vi } from '../i18n/vi.ts';

export interface FeedStylesheetOptions {
  /** The feed page's stylesheets, on this site: the fonts, then the page's own. */
  stylesheets: string[];
  home: string;
  favicon: string;
  /** The province's name, for the site's owner ("UBND tỉnh Lạng Sơn"). */
  province: string;
}

/** Text and attribute values written into the stylesheet's XML. */
const xml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The policy of the page the stylesheet makes: this site's stylesheet and pictures, no script at all. */
export const feedPagePolicy = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; script-src 'none'; style-src 'self'";

export function feedStylesheet(o: FeedStylesheetOptions): string {
  const t = vi.feed;
  const owner = vi.siteOwner(o.province);
  const [openApp, copy, paste] = t.steps;
  return `<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom" exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="UTF-8" doctype-system="about:legacy-compat" indent="yes"/>
  <xsl:variable name="channel" select="/rss/channel"/>
  <xsl:template match="/">
    <html lang="vi">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta http-equiv="content-security-policy" content="${xml(feedPagePolicy)}"/>
        <title>${xml(t.kicker)}: <xsl:value-of select="$channel/title"/></title>
        ${o.stylesheets.map((href) => `<link rel="stylesheet" href="${xml(href)}"/>`).join('\n        ')}
        <link rel="icon" href="${xml(o.favicon)}" type="image/svg+xml"/>
      </head>
      <body>
        <header class="tp-header">
          <div class="tp-header__inner">
            <a class="tp-header__title" href="${xml(o.home)}">${xml(vi.siteName)}<span class="tp-header__owner">${xml(owner)}</span></a>
          </div>
        </header>
        <div class="tp-container">
          <main id="noi-dung">
            <p class="tp-feed__kicker">${xml(t.kicker)}</p>
            <h1><xsl:value-of select="$channel/title"/></h1>
            <p class="tp-lede"><xsl:value-of select="$channel/description"/></p>
            <section class="tp-feed__about" aria-labelledby="la-gi">
              <h2 id="la-gi">${xml(t.whatTitle)}</h2>
              <p>${xml(t.what)}</p>
              <h2>${xml(t.howTitle)}</h2>
              <ol>
                <li>${xml(openApp)}</li>
                <li>${xml(copy)} <code class="tp-feed__address"><xsl:value-of select="$channel/atom:link[@rel='self']/@href"/></code></li>
                <li>${xml(paste)}</li>
              </ol>
              <p>${xml(t.page)}: <a href="{$channel/link}"><xsl:value-of select="$channel/link"/></a></p>
            </section>
            <h2 id="cac-muc">${xml(t.itemsTitle)} (<xsl:value-of select="count($channel/item)"/>)</h2>
            <xsl:choose>
              <xsl:when test="$channel/item">
                <ol class="tp-feed__items">
                  <xsl:for-each select="$channel/item">
                    <li>
                      <h3><a href="{link}"><xsl:value-of select="title"/></a></h3>
                      <p><xsl:value-of select="description"/></p>
                    </li>
                  </xsl:for-each>
                </ol>
              </xsl:when>
              <xsl:otherwise><p>${xml(t.none)}</p></xsl:otherwise>
            </xsl:choose>
          </main>
        </div>
        <footer class="tp-footer">
          <div class="tp-container"><p><a href="${xml(o.home)}">${xml(vi.siteName)}</a> — ${xml(owner)}</p></div>
        </footer>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
`;
}
