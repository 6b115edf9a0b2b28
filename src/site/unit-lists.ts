/**
 * The lists a locality's page previews (its latest items, PREVIEW in paging.ts) and shows in full
 * on pages of their own: /dia-phuong/<slug>/<list>/, then /dia-phuong/<slug>/<list>/trang-2/, …
 * A list gets its own pages only when the locality page cannot show it all.
 */
import type { DirectiveItem, Figure, FindingItem, Notice, ProposalItem } from '../domain/model.ts';
import type { LocalityRecord } from './locality-records.ts';
import { PREVIEW } from './paging.ts';
import { localityUrl } from './urls.ts';

export type UnitList =
  | { key: 'so-lieu'; items: readonly Figure[] }
  | { key: 'ket-luan'; items: readonly FindingItem[] }
  | { key: 'nhiem-vu'; items: readonly DirectiveItem[] }
  | { key: 'kien-nghi'; items: readonly ProposalItem[] }
  | { key: 'thong-bao'; items: readonly Notice[] }
  | { key: 'thong-bao-don-vi-truc-thuoc'; items: readonly Notice[] };
export type UnitListKey = UnitList['key'];

/** What each list is called (title of its pages, after the unit's name) and counts, and how many the unit's page shows. */
export const UNIT_LISTS: Record<UnitListKey, { title: string; noun: string; preview: number }> = {
  'so-lieu': { title: 'Tất cả số liệu', noun: 'số liệu', preview: PREVIEW.figures },
  'ket-luan': { title: 'Kết luận (kết quả, tồn tại)', noun: 'kết luận', preview: PREVIEW.findings },
  'nhiem-vu': { title: 'Nhiệm vụ được giao', noun: 'nhiệm vụ', preview: PREVIEW.directives },
  'kien-nghi': { title: 'Kiến nghị, đề xuất liên quan', noun: 'kiến nghị', preview: PREVIEW.proposals },
  'thong-bao': { title: 'Thông báo kết luận liên quan', noun: 'thông báo', preview: PREVIEW.notices },
  'thong-bao-don-vi-truc-thuoc': { title: 'Thông báo về các đơn vị trực thuộc', noun: 'thông báo', preview: PREVIEW.notices },
};

/** Every list of a unit, newest first (the order of the model: newest notice first). */
export function unitLists(r: LocalityRecord): UnitList[] {
  return [
    { key: 'so-lieu', items: r.figures },
    { key: 'ket-luan', items: r.findings },
    { key: 'nhiem-vu', items: r.directives },
    { key: 'kien-nghi', items: r.proposals },
    { key: 'thong-bao', items: r.notices },
    { key: 'thong-bao-don-vi-truc-thuoc', items: r.descendantNotices },
  ];
}

/** Whether the unit's page shows only part of the list (and the list has pages of its own). */
export const isCapped = (list: { key: UnitListKey; items: readonly unknown[] }): boolean => list.items.length > UNIT_LISTS[list.key].preview;

/** The first items of a list, as many as the unit's page shows. */
export const preview = <T,>(key: UnitListKey, items: readonly T[]): readonly T[] => items.slice(0, UNIT_LISTS[key].preview);

/** Address of a unit's list (page 1). */
export const unitListUrl = (l: { slug: string }, key: UnitListKey): string => `${localityUrl(l)}${key}/`;

/** Where a unit's page shows each list (the section's id). */
const SECTION: Record<UnitListKey, string> = {
  'so-lieu': 'tat-ca-so-lieu',
  'ket-luan': 'nhan-dinh',
  'nhiem-vu': 'nhiem-vu',
  'kien-nghi': 'kien-nghi',
  'thong-bao': 'thong-bao',
  'thong-bao-don-vi-truc-thuoc': 'thong-bao',
};

/** Where a unit's whole list is read: its own pages when the unit's page shows only part of it, else that section of the unit's page. */
export function fullListUrl(r: LocalityRecord, key: UnitListKey): string {
  const list = unitLists(r).find((x) => x.key === key)!;
  return isCapped(list) ? unitListUrl(r.locality, key) : `${localityUrl(r.locality)}#${SECTION[key]}`;
}
