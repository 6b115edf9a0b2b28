/**
 * The other pages' views: golden JSON on the real content (the lists of notices and briefings,
 * the home page, the localities' index, the maps, the open-data and about pages) and, for the
 * pages of a unit's long list, on a generated archive of 40 notices (never in content/) whose
 * lists are longer than a unit's page shows.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../../src/load/load-model.ts';
import { computeSiteData } from '../../../src/site/compute-site-data.ts';
import { aboutView } from '../../../src/site/views/about-view.ts';
import { briefingPages, briefingsView } from '../../../src/site/views/briefings-view.ts';
import { dataView } from '../../../src/site/views/data-view.ts';
import { homeView } from '../../../src/site/views/home-view.ts';
import { localitiesView } from '../../../src/site/views/localities-view.ts';
import { currentUnitsMapView, defaultMapView, mapPages } from '../../../src/site/views/map-view.ts';
import { noticePages, noticesView } from '../../../src/site/views/notices-view.ts';
import { unitListPages, unitListView } from '../../../src/site/views/unit-list-view.ts';
import { writeSyntheticContent } from '../../../scripts/lib/synthetic-content.ts';
import { goldenJson } from '../../helpers/golden.ts';

const site = computeSiteData(loadModel());
const golden = (name: string, view: unknown, of = site) => expect(goldenJson(view, of)).toMatchFileSnapshot(`golden/${name}.json`);

describe('views of the real content', () => {
  it('the list of notices: golden', async () => golden('notices-1', noticesView(site, noticePages(site)[0]!)));
  it('the list of briefings: golden', async () => golden('briefings-1', briefingsView(site, briefingPages(site)[0]!)));
  it('the home page: golden', async () => golden('home', homeView(site)));
  it('the localities: golden', async () => golden('localities', localitiesView(site)));
  it('the province map: golden', async () => golden('map', defaultMapView(site)));
  it.each(mapPages(site).map((v) => [v.map.indicator.id, v] as const))('the map of %s: golden', async (id, view) => golden(`map-${id}`, view));
  it('the units since 2025 where a map would be: golden', async () => golden('map-current-units', currentUnitsMapView(site)));
  it('the open data: golden', async () => golden('data', dataView(site)));
  it('the about page: golden', async () => golden('about', aboutView(site)));

  it('the home page counts what the sample notice gives', () => {
    const { totals, latest } = homeView(site);
    expect(totals).toEqual({ notices: 1, figures: 13, directives: 9, proposals: 3 });
    expect(latest?.inspected.map((l) => l.name)).toEqual(['Huyện Tràng Định', 'Xã Chí Minh']);
  });

  it('the localities: 65 units since 01/7/2025 (61 xã, 4 phường, Nghị quyết 1672/NQ-UBTVQH15)', () => {
    const { current } = localitiesView(site);
    expect(current?.units).toHaveLength(65);
    expect(current?.byType).toBe('61 xã, 4 phường');
    expect(current?.resolutions).toBe('1672/NQ-UBTVQH15');
  });

  it('no unit of the real content has a list too long for its page', () => {
    expect(unitListPages(site)).toEqual([]);
  });
});

describe('the pages of a unit long list, on a generated archive', () => {
  const root = mkdtempSync(join(tmpdir(), 'tp-views-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  writeSyntheticContent({ from: 'content', out: join(root, 'content'), notices: 40, seed: 3 });
  const generated = computeSiteData(loadModel(join(root, 'content')));
  const pages = unitListPages(generated);

  it('Huyện Tràng Định: each page of its directives (golden)', async () => {
    const mine = pages.filter((p) => p.record.locality.id === '180' && p.list.key === 'nhiem-vu');
    expect(mine.length).toBeGreaterThan(0);
    for (const { record, list, page } of mine) await golden(`unit-list-180-nhiem-vu-${page.number}`, unitListView(generated, record, list, page), generated);
  });

  it('each page shows its own slice of the list, and the pages together the whole list once', () => {
    for (const list of new Set(pages.map((p) => p.list))) {
      const shown = pages.filter((p) => p.list === list).flatMap((p): readonly unknown[] => unitListView(generated, p.record, p.list, p.page).shown.items);
      expect(shown as readonly unknown[]).toEqual(list.items as readonly unknown[]);
    }
  });
});
