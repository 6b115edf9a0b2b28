/**
 * The agencies', indicators' and tracker's pages: golden JSON of their views on the real content
 * (tests/unit/views/golden/), and the counts readers compare with the notice.
 */
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../../src/load/load-model.ts';
import { computeSiteData } from '../../../src/site/compute-site-data.ts';
import { agenciesView, agencyNoticePages, agencyNoticesView, agencyPages, agencyView } from '../../../src/site/views/agency-view.ts';
import { indicatorPages, indicatorsView, indicatorView } from '../../../src/site/views/indicator-view.ts';
import { trackerPages, trackerView } from '../../../src/site/views/tracker-view.ts';
import { goldenJson } from '../../helpers/golden.ts';

const site = computeSiteData(loadModel());
const golden = (name: string, view: unknown) => expect(goldenJson(view, site)).toMatchFileSnapshot(`golden/${name}.json`);

describe('agency views', () => {
  it('the list of agencies: golden', async () => golden('agencies', agenciesView(site)));
  it.each(agencyPages(site).map(({ agency, page }) => [`${agency.id}-${page.number}`, agency, page] as const))('agency page %s: golden', async (name, agency, page) =>
    golden(`agency-${name}`, agencyView(site, agency, page)));
  it.each(agencyNoticePages(site).map(({ agency, page }) => [`${agency.id}-${page.number}`, agency, page] as const))('agency notices %s: golden', async (name, agency, page) =>
    golden(`agency-notices-${name}`, agencyNoticesView(agency, page)));
  it('Sở Tài chính: "phối hợp với Sở Tài chính" on the rural roads, "giao Sở Tài chính chủ trì" on Khánh Long and Vĩnh Tiến (mục 2.1 g)', () => {
    const row = agenciesView(site).rows.find((r) => r.agency.name === 'Sở Tài chính')!;
    expect(row.total).toBe(2);
    expect(row.byRole.map((r) => [r.role, r.count])).toEqual([['lead', 1], ['addressee', 0], ['consolidating', 0], ['coordinating', 1]]);
    expect(row.attended).toBe(1);
  });
});

describe('indicator views', () => {
  it('the list of indicators: golden', async () => golden('indicators', indicatorsView(site)));
  it.each(indicatorPages(site).map(({ record, page }) => [`${record.indicator.id}-${page.number}`, record, page] as const))('indicator page %s: golden', async (name, record, page) =>
    golden(`indicator-${name}`, indicatorView(site, record, page)));
});

describe('tracker view', () => {
  it.each(trackerPages(site).map((page) => [page.number, page] as const))('tracker page %s: golden', async (n, page) => golden(`tracker-${n}`, trackerView(site, page)));
  it('the sample notice gives 9 directives and 3 proposals, none reported', () => {
    const view = trackerView(site, trackerPages(site)[0]!);
    expect([view.counts.directives, view.counts.proposals]).toEqual([9, 3]);
    expect(view.statusRows.find((r) => r.status === 'chua-bao-cao')?.count).toBe(12);
  });
});
