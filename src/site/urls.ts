/** Site URLs, one place: paths without diacritics, always with a trailing slash. */
import type { Figure, Indicator, Locality, Notice } from '../domain/model.ts';

export const localityUrl = (l: Pick<Locality, 'slug'>): string => `/dia-phuong/${l.slug}/`;
export const noticeUrl = (n: Pick<Notice, 'id'>): string => `/thong-bao/${n.id}/`;
/** Anchor of a figure on its notice page. */
export const figureAnchor = (f: Pick<Figure, 'id'>): string => `so-lieu-${f.id}`;
/** Anchor of a line of the original text on the notice page. */
export const sourceLineAnchor = (line: number): string => `dong-${line}`;
export const figureUrl = (f: { id: string; notice: Pick<Notice, 'id'> }): string => `${noticeUrl(f.notice)}#${figureAnchor(f)}`;

export const trackerUrl = '/nhiem-vu/';
/** A directive or proposal in the tracker (anchor from site/tracker.ts). */
export const trackerItemUrl = (item: { anchor: string }): string => `${trackerUrl}#${item.anchor}`;
export const agenciesUrl = '/co-quan/';
export const agencyUrl = (a: { id: string }): string => `/co-quan/${a.id}/`;
export const indicatorsUrl = '/chi-tieu/';
export const searchUrl = '/tim-kiem/';
export const mapUrl = '/ban-do/';
/** The map shaded by one indicator. */
/** The current units, grouped by former district (no citable boundaries to draw them). */
export const currentUnitsMapUrl = '/ban-do/don-vi-hien-nay/';
export const mapIndicatorUrl = (i: { id: string }): string => `/ban-do/${i.id}/`;
export const feedUrl = '/rss.xml';

/** Open data: downloads, their documentation, and the Frictionless descriptor. */
export const dataUrl = '/du-lieu/';
export const dataPackageUrl = '/du-lieu/datapackage.json';
export type DataFormat = 'csv' | 'csv-excel' | 'json';
/** File name of a table in a format: `so-lieu.csv`, `so-lieu-excel.csv` (UTF-8 with BOM), `so-lieu.json`. */
export const dataFileName = (table: string, format: DataFormat): string =>
  format === 'json' ? `${table}.json` : format === 'csv-excel' ? `${table}-excel.csv` : `${table}.csv`;
/** Where a download lives: the whole table, or the part about one locality or one notice. */
export type DataScope = { kind: 'all' } | { kind: 'locality'; slug: string } | { kind: 'notice'; id: string };
export const dataScopeDir = (scope: DataScope): string =>
  scope.kind === 'all' ? dataUrl : scope.kind === 'locality' ? `${dataUrl}dia-phuong/${scope.slug}/` : `${dataUrl}thong-bao/${scope.id}/`;
export const dataFileUrl = (scope: DataScope, table: string, format: DataFormat): string => `${dataScopeDir(scope)}${dataFileName(table, format)}`;
/** A notice's original text as published (source.txt, NFC), beside its data. */
export const sourceTextUrl = (n: { id: string }): string => `${dataUrl}thong-bao/${n.id}/van-ban-goc.txt`;
/** SHA-256 of every published data file, original text and PDF (`sha256sum -c` format), written after the build. */
export const checksumsUrl = `${dataUrl}sha256sums.txt`;
export const indicatorUrl = (i: Pick<Indicator, 'id'>): string => `/chi-tieu/${i.id}/`;
/** The locator map image of a district (by GSO code), shared by the district and its communes. */
export const locatorImageUrl = (code: string): string => `/ban-do/vi-tri/${code}.svg`;
