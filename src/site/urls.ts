/**
 * Site URLs, one place: paths without diacritics, always with a trailing slash, each under the
 * base path of the build (site/base.ts: `/` unless TP_BASE says otherwise). The `…Path` helpers
 * give the same place relative to the site's own root, for writing files into dist/.
 */
import type { Figure, Indicator, Locality, Notice } from '../domain/model.ts';
import { basePath, searchRoot, withBase } from './base.ts';

const base = basePath();
/** A site path (`/dia-phuong/`) as the address pages link to. */
export const urlOf = (path: string): string => withBase(path, base);

export const homeUrl = urlOf('/');
export const localitiesUrl = urlOf('/dia-phuong/');
export const noticesUrl = urlOf('/thong-bao/');
export const aboutUrl = urlOf('/gioi-thieu/');
export const briefingsUrl = urlOf('/ban-in/');
export const faviconUrl = urlOf('/favicon.svg');
/**
 * Pagefind's bundle (its UI finds the index beside itself): this site's, or the merged national
 * site's one index at `/pagefind/` (TP_SEARCH_ROOT=/, scripts/build-national.ts).
 */
export const pagefindUrl = `${searchRoot()}pagefind/`;

export const localityUrl = (l: Pick<Locality, 'slug'>): string => urlOf(`/dia-phuong/${l.slug}/`);
export const noticeUrl = (n: Pick<Notice, 'id'>): string => urlOf(`/thong-bao/${n.id}/`);
/** Anchor of a figure on its notice page. */
export const figureAnchor = (f: Pick<Figure, 'id'>): string => `so-lieu-${f.id}`;
/** Anchor of a line of the original text on the notice page. */
export const sourceLineAnchor = (line: number): string => `dong-${line}`;
export const figureUrl = (f: { id: string; notice: Pick<Notice, 'id'> }): string => `${noticeUrl(f.notice)}#${figureAnchor(f)}`;

export const reportsUrl = urlOf('/bao-cao/');
/** Every correction of published data, newest first (site/corrections.ts). */
export const correctionsUrl = urlOf('/dinh-chinh/');
export const reportUrl = (r: { id: string }): string => urlOf(`/bao-cao/${r.id}/`);
/** The sentence a reported status rests on, highlighted in the report's original text. */
export const evidenceUrl = (s: { report: { id: string }; line: number }): string => `${reportUrl(s.report)}#${sourceLineAnchor(s.line)}`;

export const trackerUrl = urlOf('/nhiem-vu/');
/** The feed of items newly overdue. */
export const overdueFeedUrl = `${trackerUrl}qua-han.xml`;
/** The calendar of deadlines and the feed of what happened, of a unit's or an agency's items (site/alerts.ts). */
export const calendarUrlOf = (pageUrl: string): string => `${pageUrl}han.ics`;
export const feedUrlOf = (pageUrl: string): string => `${pageUrl}rss.xml`;
/** A directive or proposal in the tracker (anchor from site/tracker.ts). */
export const trackerItemUrl = (item: { anchor: string }): string => `${trackerUrl}#${item.anchor}`;
export const agenciesUrl = urlOf('/co-quan/');
export const agencyUrl = (a: { id: string }): string => urlOf(`/co-quan/${a.id}/`);
export const indicatorsUrl = urlOf('/chi-tieu/');
export const searchUrl = urlOf('/tim-kiem/');
export const mapUrl = urlOf('/ban-do/');
/** The map shaded by one indicator. */
/** The current units, grouped by former district (no citable boundaries to draw them). */
export const currentUnitsMapUrl = urlOf('/ban-do/don-vi-hien-nay/');
export const mapIndicatorUrl = (i: { id: string }): string => urlOf(`/ban-do/${i.id}/`);
export const feedUrl = urlOf('/rss.xml');
/** The XSLT stylesheet every feed names, so a browser shows it as a page (site/feed-stylesheet.ts). */
export const feedStylesheetUrl = urlOf('/rss.xsl');
/** The CSS stylesheet every feed names after it, for browsers that no longer run XSLT (site/feed-css.ts). */
export const feedCssUrl = urlOf('/rss.css');

/** Open data: downloads, their documentation, and the Frictionless descriptor. */
const dataPath = '/du-lieu/';
export const dataUrl = urlOf(dataPath);
export const dataPackageUrl = urlOf(`${dataPath}datapackage.json`);
export type DataFormat = 'csv' | 'csv-excel' | 'json';
/** File name of a table in a format: `so-lieu.csv`, `so-lieu-excel.csv` (UTF-8 with BOM), `so-lieu.json`. */
export const dataFileName = (table: string, format: DataFormat): string =>
  format === 'json' ? `${table}.json` : format === 'csv-excel' ? `${table}-excel.csv` : `${table}.csv`;
/** Where a download lives: the whole table, or the part about one locality or one notice. */
export type DataScope = { kind: 'all' } | { kind: 'locality'; slug: string } | { kind: 'notice'; id: string };
/** The folder of a scope's downloads, relative to the site's root (`/du-lieu/dia-phuong/<slug>/`). */
export const dataScopePath = (scope: DataScope): string =>
  scope.kind === 'all' ? dataPath : scope.kind === 'locality' ? `${dataPath}dia-phuong/${scope.slug}/` : `${dataPath}thong-bao/${scope.id}/`;
export const dataScopeDir = (scope: DataScope): string => urlOf(dataScopePath(scope));
/** A download relative to the site's root: where the build writes it under dist/. */
export const dataFilePath = (scope: DataScope, table: string, format: DataFormat): string => `${dataScopePath(scope)}${dataFileName(table, format)}`;
export const dataFileUrl = (scope: DataScope, table: string, format: DataFormat): string => urlOf(dataFilePath(scope, table, format));
/** A notice's original text as published (source.txt, NFC), beside its data; relative to the site's root. */
export const sourceTextPath = (n: { id: string }): string => `${dataPath}thong-bao/${n.id}/van-ban-goc.txt`;
export const sourceTextUrl = (n: { id: string }): string => urlOf(sourceTextPath(n));
/** SHA-256 of every published data file, original text and PDF (`sha256sum -c` format), written after the build. */
export const checksumsUrl = `${dataUrl}sha256sums.txt`;
export const indicatorUrl = (i: Pick<Indicator, 'id'>): string => urlOf(`/chi-tieu/${i.id}/`);
/** The locator map image of a district (by GSO code), shared by the district and its communes. */
export const locatorImageUrl = (code: string): string => urlOf(`/ban-do/vi-tri/${code}.svg`);
