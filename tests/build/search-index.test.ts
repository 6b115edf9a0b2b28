/**
 * The search index of the built site holds what readers search for (docs/search.md): the main
 * text of each page, its words apart as they read, with the names without diacritics as
 * metadata only; not charts, number tables, print or download links, nor the notice's original
 * text a second time.
 */
import { describe, expect, it } from 'vitest';
import { withoutDiacritics } from '../../src/domain/slug.ts';
import { loadModel } from '../../src/load/load-model.ts';
import { localityUrl, noticeUrl, trackerUrl } from '../../src/site/urls.ts';
import { distDir } from '../helpers/dist-pages.ts';
import { indexedPages } from '../helpers/search-fragments.ts';

const model = loadModel();
const pages = indexedPages(distDir);
const at = (url: string) => {
  const p = pages.find((x) => x.url === url);
  if (!p) throw new Error(`${url} is not in the search index`);
  return p;
};

describe('the search index', () => {
  it('holds no hidden copy of a name without diacritics in any page\'s text', () => {
    for (const p of pages) expect(p.content, p.url).not.toMatch(/[⟦⟧]/);
    const chiMinh = model.localityById.get('06013')!;
    expect(at(localityUrl(chiMinh)).content).not.toContain('Xa Chi Minh');
  });

  it('has the names without diacritics as metadata: the page\'s own, and for a unit the units it came from', () => {
    const thatKhe = model.localityById.get('06040-2025')!;
    const p = at(localityUrl(thatKhe));
    expect(p.meta['ten']).toBe('Xa That Khe');
    for (const pre of thatKhe.predecessors) expect(p.meta['ten-khac']).toContain(withoutDiacritics(pre.name));
  });

  it('keeps words apart where the page shows them apart (a term and its value, a tracker item\'s kind and number)', () => {
    expect(at(noticeUrl(model.notices[0]!)).content).toContain('Ngày kiểm tra: 09/4/2024');
    expect(at(trackerUrl).content).toMatch(/Nhiệm vụ 2\.1 a\)/);
    for (const p of pages) expect(p.content, p.url).not.toMatch(/Nhiệm vụ\d|\p{L}:\p{L}/u);
  });

  it('leaves out charts, number tables, print and download links, and the notice\'s original text', () => {
    const notice = at(noticeUrl(model.notices[0]!));
    expect(notice.content).toContain('Nhiệm vụ trọng tâm');
    for (const left of ['Văn bản gốc', 'Tải dữ liệu', 'Xem bản in', 'Biểu đồ']) expect(notice.content, left).not.toContain(left);
    const district = at(localityUrl(model.localityById.get('180')!));
    for (const left of ['Vị trí của', 'Tải dữ liệu', 'Số liệu chính', 'Tất cả số liệu']) expect(district.content, left).not.toContain(left);
  });

  it('holds every searchable page once, and not the search page nor 404', () => {
    const urls = pages.map((p) => p.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls).not.toContain('/tim-kiem/');
    expect(urls.some((u) => u.includes('404'))).toBe(false);
    for (const l of model.localities) expect(urls, l.id).toContain(localityUrl(l));
  });
});
