/** Site URLs, one place: paths without diacritics, always with a trailing slash. */
import type { Figure, Indicator, Locality, Notice } from '../data/model.ts';

export const localityUrl = (l: Pick<Locality, 'slug'>): string => `/dia-phuong/${l.slug}/`;
export const noticeUrl = (n: Pick<Notice, 'id'>): string => `/thong-bao/${n.id}/`;
/** Anchor of a figure on its notice page. */
export const figureAnchor = (f: Pick<Figure, 'id'>): string => `so-lieu-${f.id}`;
/** Anchor of a line of the original text on the notice page. */
export const sourceLineAnchor = (line: number): string => `dong-${line}`;
export const figureUrl = (f: Pick<Figure, 'id' | 'noticeId'>): string => `/thong-bao/${f.noticeId}/#${figureAnchor(f)}`;
export const indicatorUrl = (i: Pick<Indicator, 'id'>): string => `/chi-tieu/${i.id}/`;
