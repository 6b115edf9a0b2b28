/**
 * One page of each kind the portal builds, taken from the content model so the list follows
 * the content: the browser tests visit each of them.
 */
import { loadModel } from '../../src/load/load-model.ts';
import { localityRecords } from '../../src/site/locality-records.ts';
import { agenciesUrl, agencyUrl, briefingsUrl, dataUrl, indicatorUrl, localityUrl, mapUrl, noticeUrl, searchUrl, trackerUrl } from '../../src/site/urls.ts';
import { briefingLocalityUrl, briefingNoticeUrl } from '../../src/site/briefing.ts';
import { trackerItems } from '../../src/site/tracker.ts';
import { dataDate } from '../../src/load/data-date.ts';

export const model = loadModel();
const records = localityRecords(model);
const withNotice = (level: 'tinh' | 'huyen' | 'xa') =>
  model.localities.find((l) => l.level === level && records.get(l.id)!.figures.length > 0);
const quietCommune = model.localities.find((l) => l.level === 'xa' && l.status !== 'former' && records.get(l.id)!.descendantNotices.length === 0);
const formerUnit = model.localities.find((l) => l.status === 'former');
/** A unit since 01/7/2025 whose predecessors have notices: its page shows them as history. */
const currentWithHistory = model.localities.find((l) => l.validFrom !== null && l.predecessors.some((p) => records.get(p.id)!.notices.length > 0));

/** An agency that continues a former one (its page shows the former one's items as history), and a former agency. */
const agencyWithHistory = model.agencies.find((a) => a.predecessors.length > 0);
const formerAgency = model.agencies.find((a) => a.validTo !== null);

export interface PageType {
  /** File-name-safe name of the page type, used for screenshots. */
  name: string;
  path: string;
}

export const pageTypes: PageType[] = [
  { name: 'trang-chu', path: '/' },
  { name: 'danh-sach-dia-phuong', path: '/dia-phuong/' },
  { name: 'tinh', path: localityUrl(model.localities.find((l) => l.level === 'tinh')!) },
  { name: 'huyen-co-so-lieu', path: localityUrl(withNotice('huyen')!) },
  { name: 'xa-co-so-lieu', path: localityUrl(withNotice('xa')!) },
  { name: 'xa-chua-co-thong-bao', path: localityUrl(quietCommune!) },
  ...(formerUnit ? [{ name: 'don-vi-cu', path: localityUrl(formerUnit) }] : []),
  ...(currentWithHistory ? [{ name: 'xa-moi-co-lich-su', path: localityUrl(currentWithHistory) }, { name: 'don-vi-hien-nay', path: '/ban-do/don-vi-hien-nay/' }] : []),
  { name: 'danh-sach-co-quan', path: '/co-quan/' },
  ...(agencyWithHistory ? [{ name: 'co-quan-co-lich-su', path: agencyUrl(agencyWithHistory) }] : []),
  ...(formerAgency ? [{ name: 'co-quan-cu', path: agencyUrl(formerAgency) }] : []),
  { name: 'danh-sach-thong-bao', path: '/thong-bao/' },
  { name: 'thong-bao', path: noticeUrl(model.notices[0]!) },
  { name: 'gioi-thieu', path: '/gioi-thieu/' },
  { name: 'danh-sach-chi-tieu', path: '/chi-tieu/' },
  { name: 'danh-sach-bao-cao', path: '/bao-cao/' },
  { name: 'dinh-chinh', path: '/dinh-chinh/' },
  { name: 'chi-tieu', path: indicatorUrl(model.figures.find((f) => f.indicator.kind === 'percent')!.indicator) },
];

/** Pages that draw charts: a district, a commune, a notice and an indicator with figures. */
export const chartPages: PageType[] = pageTypes.filter((p) => ['huyen-co-so-lieu', 'xa-co-so-lieu', 'thong-bao', 'chi-tieu'].includes(p.name));

const items = trackerItems(model, dataDate());
export const busiestAgency = [...model.agencyById.values()].sort((a, b) => items.filter((i) => i.agencies.some((x) => x.id === b.id)).length - items.filter((i) => i.agencies.some((x) => x.id === a.id)).length)[0]!;

/** The tracker, agency, map, data, search and 404 pages. */
export const portalPages: PageType[] = [
  { name: 'nhiem-vu', path: trackerUrl },
  { name: 'co-quan', path: agenciesUrl },
  { name: 'co-quan-mot', path: agencyUrl(busiestAgency) },
  { name: 'ban-do', path: mapUrl },
  { name: 'du-lieu', path: dataUrl },
  { name: 'tim-kiem', path: `${searchUrl}?q=trang%20dinh` },
  { name: '404', path: '/404.html' },
];

/** The briefings as they show on screen: the list, a unit's and a notice's. */
export const briefingPages: PageType[] = [
  { name: 'ban-in', path: briefingsUrl },
  { name: 'ban-in-dia-phuong', path: briefingLocalityUrl(withNotice('xa')!) },
  { name: 'ban-in-thong-bao', path: briefingNoticeUrl(model.notices[0]!) },
];
