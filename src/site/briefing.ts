/**
 * Printable briefings (bản in): which exist, where their HTML and PDF live, and the few
 * sentences they share. A briefing exists for every locality with a notice about it, for every
 * notice, and for the province (its districts side by side).
 */
import type { Locality, Notice } from '../domain/model.ts';
import type { LocalityRecord } from './locality-records.ts';
import { formatViDate, type PartialDate } from '../domain/vi-date.ts';
import { vi } from '../i18n/vi.ts';
import { urlOf } from './urls.ts';

export const briefingLocalityUrl = (l: Pick<Locality, 'slug'>): string => urlOf(`/ban-in/dia-phuong/${l.slug}/`);
export const briefingNoticeUrl = (n: Pick<Notice, 'id'>): string => urlOf(`/ban-in/thong-bao/${n.id}/`);
/** The PDF sits beside its HTML page's folder: `/ban-in/dia-phuong/<slug>.pdf`. */
export const pdfUrlOf = (briefingUrl: string): string => `${briefingUrl.replace(/\/$/, '')}.pdf`;

/** Does this locality get a briefing? Units with a notice about them or (as history) about a unit they were formed from, and the province. */
export function hasLocalityBriefing(r: Pick<LocalityRecord, 'locality' | 'notices' | 'predecessorNotices'>): boolean {
  return r.notices.length > 0 || r.predecessorNotices.length > 0 || r.locality.level === 'tinh';
}

export interface BriefingRef {
  /** Site path of the HTML briefing. */
  url: string;
  /** Site path of its PDF. */
  pdf: string;
  title: string;
}

/** Every briefing the site builds: localities in register order, then notices newest first. */
export function allBriefings(records: ReadonlyMap<string, LocalityRecord>, notices: readonly Notice[]): BriefingRef[] {
  const localities = [...records.values()].filter(hasLocalityBriefing).map((r) => {
    const url = briefingLocalityUrl(r.locality);
    return { url, pdf: pdfUrlOf(url), title: r.locality.name };
  });
  const byNotice = notices.map((n) => {
    const url = briefingNoticeUrl(n);
    return { url, pdf: pdfUrlOf(url), title: n.shortTitle };
  });
  return [...localities, ...byNotice];
}

/** `Thông báo kết luận tháng 4/2024, kiểm tra ngày 09/4/2024`, or a range over several notices. */
export function briefingPeriod(notices: readonly Notice[]): string {
  if (notices.length === 0) return 'Chưa có thông báo kết luận kiểm tra';
  if (notices.length === 1) {
    const n = notices[0]!;
    return `${n.documentType} ${formatViDate(n.date)}, kiểm tra ngày ${formatViDate(n.inspectionDate)}`;
  }
  // Notices come newest first.
  return `${notices.length} thông báo kết luận, từ ${formatViDate(notices.at(-1)!.date)} đến ${formatViDate(notices[0]!.date)}`;
}

/**
 * The line that says what a briefing is: a summary the portal compiled, from which notice, with
 * the date of its data; never a document issued that day (no number, no place-and-date line).
 */
export function briefingOrigin(notices: readonly Notice[], dataDate: PartialDate): string {
  const from =
    notices.length === 1
      ? `${notices[0]!.documentType} ${notices[0]!.number ? `số ${notices[0]!.number}` : '(số để trống trong văn bản)'} ${formatViDate(notices[0]!.date)} của ${notices[0]!.issuer.name}`
      : notices.length === 0
        ? 'danh mục đơn vị hành chính (chưa có thông báo kết luận)'
        : `${notices.length} thông báo kết luận kiểm tra (xem phần Nguồn cuối bản)`;
  return `Bản tóm tắt do ${vi.siteName} tổng hợp từ ${from}; không phải văn bản do UBND tỉnh ban hành. Dữ liệu cập nhật ngày ${formatViDate(dataDate)}.`;
}

/**
 * Whether every item gives the same answer for a column, so that a table can say it once above
 * the rows instead of repeating it in each (seven times "Chưa có báo cáo" tells nothing more).
 */
export function sameForAll<T>(items: readonly T[], key: (item: T) => unknown): boolean {
  if (items.length < 2) return false;
  const first = JSON.stringify(key(items[0]!));
  return items.every((item) => JSON.stringify(key(item)) === first);
}
