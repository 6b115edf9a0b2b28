/**
 * The CSS stylesheet every feed names after its XSLT one (site/feeds.ts), for a browser that no
 * longer runs XSLT (all three engines are removing it): the feed's own XML, laid out as a page in
 * the site's fonts, with the same Vietnamese words as the XSLT page (what a feed is, how to follow
 * it, its address) and its items; only their links are text, not links. A browser that runs the
 * XSLT stylesheet shows that page instead and ignores this one.
 */
import { vi } from '../i18n/vi.ts';

/** A CSS string: quotes and backslashes escaped, line breaks as `\A` (shown with white-space: pre-line). */
const cssString = (text: string): string => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\A ')}"`;

/** The stylesheet, importing the site's fonts (`fonts`: the bundled @font-face rules and --tp-font-sans). */
export function feedCss(fonts: string): string {
  const t = vi.feed;
  const [openApp, , paste] = t.steps;
  const about = [t.whatTitle, t.what, '', t.howTitle, `1. ${openApp}`, `2. ${t.copyBelow}`, `3. ${paste}`].join('\n');
  return `@import url(${cssString(fonts)});
@namespace atom url("http://www.w3.org/2005/Atom");
rss { display: block; max-width: 44rem; margin: 0 auto; padding: 1rem; font-family: var(--tp-font-sans, sans-serif); font-size: 1rem; line-height: 1.5; color: #0b0c0c; background: #fff; }
rss::before { content: ${cssString(t.kicker)}; display: block; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; font-size: 0.9rem; color: #8b1a1a; }
channel { display: flex; flex-direction: column; }
channel > title { order: 1; display: block; font-size: 1.8rem; line-height: 1.25; font-weight: 700; margin: 0.5rem 0 1rem; }
channel > description { order: 2; display: block; font-size: 1.15rem; }
channel > description::after { content: ${cssString(about)}; display: block; white-space: pre-line; margin: 1.5rem 0 0; padding: 1rem; background: #f3f2f1; font-size: 1rem; }
atom|link { order: 3; display: block; padding: 0 1rem 1rem; background: #f3f2f1; overflow-wrap: anywhere; }
atom|link::after { content: attr(href); display: block; padding: 0.5rem; background: #fff; border: 1px solid #b1b4b6; }
channel > |link { order: 4; display: block; margin-top: 1rem; overflow-wrap: anywhere; }
channel > |link::before { content: ${cssString(`${t.page}: `)}; }
channel > item { order: 5; }
channel > item:first-of-type::before { content: ${cssString(t.itemsTitle)}; display: block; margin: 2.5rem 0 0.75rem; padding-top: 0.5rem; border-top: 1px solid #b1b4b6; font-size: 1.45rem; font-weight: 700; }
item { display: block; margin: 1.25rem 0; }
item > title { display: block; font-weight: 700; font-size: 1.05rem; }
item > |link { display: block; overflow-wrap: anywhere; color: #1d4f91; }
item > description { display: block; }
language, guid, pubDate { display: none; }
`;
}
