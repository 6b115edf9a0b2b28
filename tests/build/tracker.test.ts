/**
 * The tracker and the agency pages as a reader gets them: every directive and proposal of the
 * content, with the agencies the notice names in each role, and an honest status.
 */
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/load/load-model.ts';
import { trackerItems } from '../../src/site/tracker.ts';
import { dataDate } from '../../src/load/data-date.ts';
import { partyName } from '../../src/site/party-name.ts';
import { agencyUrl, noticeUrl, trackerUrl } from '../../src/site/urls.ts';
import { vi } from '../../src/i18n/vi.ts';
import { page, pageExists } from '../helpers/dist-pages.ts';

const model = loadModel();
const buildDate = dataDate();
const items = trackerItems(model, buildDate);
const tracker = page(trackerUrl);
const text = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe('tracker (/nhiem-vu/)', () => {
  it('lists every directive and every proposal of every notice, once', () => {
    const expected = model.notices.reduce((n, notice) => n + notice.directives.length + notice.proposals.length, 0);
    expect(expected).toBeGreaterThan(0);
    expect(tracker('li.tp-track')).toHaveLength(expected);
    for (const d of model.directives) {
      const li = tracker('li.tp-track').filter((_, el) => text(tracker(el).text()).includes(text(d.text)));
      expect(li.length, d.id).toBe(1);
      expect(li.find(`a[href="${noticeUrl(d.notice)}#nhiem-vu-${d.id}"]`).length, d.id).toBe(1);
    }
    for (const p of model.proposals) {
      const li = tracker('li.tp-track').filter((_, el) => text(tracker(el).text()).includes(text(p.request)));
      expect(li.length, p.id).toBe(1);
      expect(text(li.text())).toContain(text(p.response));
    }
  });

  it('names the lead, coordinating and consolidating parties of each item under their role', () => {
    for (const p of [...model.directives, ...model.proposals]) {
      const li = tracker('li.tp-track').filter((_, el) => text(tracker(el).text()).includes(text('request' in p ? p.request : p.text)));
      const roles: [string, typeof p.lead][] = [
        [vi.roles.lead, p.lead],
        [vi.roles.coordinating, p.coordinating],
        ['consolidating' in p ? vi.roles.consolidating : '', 'consolidating' in p ? p.consolidating : []],
      ];
      for (const [label, parties] of roles) {
        if (parties.length === 0) continue;
        const dd = li.find(`dt:contains("${label}:") + dd`);
        expect(text(dd.text()), `${p.id} ${label}`).toBe(parties.map(partyName).join(', '));
      }
      const agencyIds = [...p.lead, ...p.coordinating, ...('consolidating' in p ? p.consolidating : [])].flatMap((x) => ('agency' in x ? [x.agency.id] : []));
      expect((li.attr('data-agencies') ?? '').split(' ').filter(Boolean).sort(), p.id).toEqual([...new Set(agencyIds)].sort());
    }
  });

  it('says "chưa có báo cáo" for an item with no reported status, and flags computed overdue with its method', () => {
    for (const item of items) {
      const li = tracker(`li.tp-track:has(> h3[id="${item.anchor}"])`);
      expect(li.length, item.id).toBe(1);
      if (item.changes.length === 0) expect(li.find('.tp-status').text(), item.id).toBe(vi.status['chua-bao-cao']);
      // Only deadlines in an earlier or later year than the data date: no day arithmetic here.
      if (item.deadline?.date.year === buildDate.year) continue;
      const deadlinePassed = item.deadline !== null && item.deadline.date.year < buildDate.year;
      expect(li.find('.tp-overdue').length, item.id).toBe(deadlinePassed && item.changes.length === 0 ? 1 : 0);
      if (deadlinePassed) expect(li.find('.tp-overdue').text()).toContain('tính toán');
    }
    expect(text(tracker('main').text())).toContain('chỉ được nêu khi văn bản ghi thời hạn');
  });

  it('has filters for locality, agency, status and year, labelled, hidden until the script runs', () => {
    const form = tracker('form[data-tp-filters]');
    expect(form.attr('hidden')).toBeDefined();
    for (const name of ['dia-phuong', 'co-quan', 'trang-thai', 'nam']) {
      const select = form.find(`select[name="${name}"]`);
      expect(select.length, name).toBe(1);
      expect(form.find(`label[for="${select.attr('id')}"]`).text().trim().length, name).toBeGreaterThan(0);
    }
    const district = model.directives.flatMap((d) => d.addressee.localities)[0]!;
    expect(form.find(`select[name="dia-phuong"] option[value="${district.id}"]`).length).toBe(1);
  });
});

describe('agency pages (/co-quan/…)', () => {
  it('exist for every agency and list what each was assigned, in which role, by which notice', () => {
    for (const agency of model.agencyById.values()) {
      expect(pageExists(agencyUrl(agency)), agency.id).toBe(true);
      const $ = page(agencyUrl(agency));
      expect($('h1').text()).toBe(agency.name);
      const assigned = items.filter((i) => i.agencies.some((a) => a.id === agency.id));
      const listed = $('#duoc-giao ~ ol li.tp-track');
      expect(listed.length, agency.id).toBe(assigned.length);
      for (const item of assigned) {
        const li = listed.filter((_, el) => text($(el).text()).includes(text(item.text)));
        expect(li.length, `${agency.id} ${item.id}`).toBe(1);
        expect(li.find(`a[href^="${noticeUrl(item.notice)}#"]`).length).toBe(1);
        const roles = item.agencies.find((a) => a.id === agency.id)!.roles.map((r) => vi.agencyRole[r]).join(', ');
        expect(text(li.find('dt:contains("Vai trò") + dd').text())).toBe(roles);
      }
      if (assigned.length === 0) expect(text($('main').text())).toContain(`Chưa có nhiệm vụ hay kiến nghị nào nêu tên ${agency.name}`);
    }
  });

  it('show Sở Tài chính leading one proposal and coordinating another in the sample', () => {
    const $ = page(agencyUrl({ id: 'so-tai-chinh' }));
    const roles = $('#duoc-giao ~ ol dt:contains("Vai trò") + dd').map((_, el) => $(el).text()).get().sort();
    expect(roles).toEqual([vi.agencyRole.coordinating, vi.agencyRole.lead].sort());
  });
});
