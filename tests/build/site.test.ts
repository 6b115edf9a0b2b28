/**
 * The built site, read as a reader gets it: figures on the pages they belong to, every unit
 * with a page, every figure, directive and proposal of the content reaching a page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/load/load-model.ts';
import { localityRecords } from '../../src/site/locality-records.ts';
import { localityUrl, noticeUrl } from '../../src/site/urls.ts';
import { distDir, mainText, page, pageExists } from '../helpers/dist-pages.ts';
import { sampleFigure } from '../helpers/sample-figures.ts';

const model = loadModel();
const records = localityRecords(model);
const byCode = (code: string) => model.localityById.get(code)!;
const trangDinh = page(localityUrl(byCode('180')));
const chiMinh = page(localityUrl(byCode('06013')));

describe('locality pages', () => {
  it('exist for every unit of the register, titled with its name, and for nothing else', () => {
    for (const l of model.localities) {
      expect(pageExists(localityUrl(l)), l.name).toBe(true);
      expect(page(localityUrl(l))('h1').text()).toBe(l.name);
    }
    const built = readdirSync(join(distDir, 'dia-phuong'), { withFileTypes: true }).filter((d) => d.isDirectory());
    expect(built).toHaveLength(model.localities.length);
  });

  it('show Tràng Định revenue as 17,42 tỷ đồng and 35,16% of the estimate, ahead of the year', () => {
    const keyFigures = trangDinh('.tp-key-figure').text().replace(/\s+/g, ' ');
    expect(keyFigures).toContain('17,42 tỷ đồng');
    expect(keyFigures).toContain('35,16%');
    expect(keyFigures).toContain('Vượt tiến độ thời gian (25%');
    const chart = trangDinh('figure.tp-chart').first();
    expect(chart.find('.tp-chart__summary').text()).toContain('17,42 tỷ đồng, bằng 35,16% dự toán tỉnh giao, vượt tiến độ thời gian (25%)');
    expect(chart.find('table').text()).toContain('17,42 tỷ đồng');
  });

  it('flag the 0,22% disbursement as very low', () => {
    expect(trangDinh('.tp-key-figure--warn').text()).toContain('0,22%');
    expect(trangDinh('.tp-key-figure--warn').text()).toContain('Rất thấp');
  });

  it('show xã Chí Minh with 09/19 new-rural criteria met and what it became in 2025', () => {
    expect(chiMinh('.tp-key-figure').text()).toContain('09/19 tiêu chí');
    expect(mainText(chiMinh)).toContain('Từ 01/7/2025, Xã Chí Minh thuộc Xã Thất Khê (mã 06040), theo Nghị quyết 1672/NQ-UBTVQH15.');
    expect(chiMinh('figure.tp-chart table').text()).toMatch(/Tiêu chí nông thôn mới đã đạt\s*9\s*19\s*10/);
  });

  it('show on the province page the notices about its districts and their rates side by side', () => {
    const province = page(localityUrl(byCode('20')));
    expect(province('#thong-bao ~ .tp-items a').first().attr('href')).toBe(noticeUrl(model.notices[0]!));
    const row = province('caption:contains("Tỷ lệ mới nhất") ~ tbody tr').filter((_, tr) => province(tr).text().includes('Huyện Tràng Định'));
    expect(row.text()).toContain('35,16%');
    expect(row.text()).toContain('0,22%');
  });

  it('say plainly when a unit has no notice', () => {
    const quiet = model.localities.find((l) => l.level === 'xa' && records.get(l.id)!.notices.length === 0)!;
    expect(mainText(page(localityUrl(quiet)))).toContain(`Chưa có thông báo kết luận kiểm tra nào được công bố cho ${quiet.name}.`);
  });

  it('record xã Vĩnh Tiến as a former unit merged into xã Khánh Long', () => {
    const vinhTien = page(localityUrl(byCode('180-vinh-tien')));
    expect(mainText(vinhTien)).toContain('đã sáp nhập vào Xã Khánh Long (mã 05998)');
    expect(mainText(page(localityUrl(byCode('05998'))))).toContain('Đơn vị cũ đã sáp nhập vào đây: Xã Vĩnh Tiến');
  });
});

describe('every input reaches a page', () => {
  it('each figure is on its notice page and its locality page, with its value and printed text', () => {
    expect(model.figures.length).toBeGreaterThan(0);
    for (const f of model.figures) {
      const onNotice = page(noticeUrl(f.notice))(`tr[data-figure-key="${f.key}"]`);
      expect(onNotice.text(), f.key).toContain(sampleFigure(f.key));
      expect(onNotice.text(), f.key).toContain(f.printed);
      const onLocality = page(localityUrl(byCode(f.locality.id)))(`tr[data-figure-key="${f.key}"]`);
      expect(onLocality.text(), f.key).toContain(sampleFigure(f.key));
    }
  });

  it('each directive is on its notice page and on the page of each unit it is addressed to', () => {
    for (const d of model.directives) {
      const item = page(noticeUrl(d.notice))(`[id="nhiem-vu-${d.id}"]`);
      expect(item.text().replace(/\s+/g, ' '), d.id).toContain(d.text.slice(0, 60));
      for (const unit of d.addressee.localities) {
        expect(page(localityUrl(unit))(`[id="nhiem-vu-${d.id}"]`).length, `${d.id} on ${unit.id}`).toBe(1);
      }
    }
  });

  it('each proposal is on its notice page with its amount and the agencies that must answer it', () => {
    for (const p of model.proposals) {
      const text = page(noticeUrl(p.notice))(`[id="${p.id}"]`).text().replace(/\s+/g, ' ');
      for (const party of [...p.lead, ...p.coordinating, ...p.consolidating]) {
        if ('agency' in party) expect(text, p.id).toContain(party.agency.name);
      }
      for (const f of p.figures) expect(text, p.id).toContain(sampleFigure(f.key));
    }
  });
});

describe('notice pages', () => {
  const n = model.notices[0]!;
  const $ = page(noticeUrl(n));
  const text = mainText($);

  it('keep a blank number and day blank and say so', () => {
    const fact = (label: string): string => $(`.tp-facts dt:contains("${label}") + dd`).text();
    expect(fact('Số:')).toBe('để trống trong văn bản (“Số: /TB-UBND”)');
    expect(fact('Ngày ban hành:')).toBe('tháng 4/2024 — ngày để trống trong văn bản (“Lạng Sơn, ngày tháng 4 năm 2024”)');
  });

  it('list the agencies present, the legal references, recipients and the signature chain', () => {
    for (const a of n.agencies) expect(text).toContain(a.name);
    for (const r of n.legalReferences) expect(text).toContain(r.number);
    for (const r of n.recipients) expect(text).toContain(r);
    expect(text).toContain('TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG');
    expect(text).toContain(n.signature!.signer);
  });

  it('show the data-quality notes', () => {
    for (const q of n.dataQuality) expect(text).toContain(q.note);
  });

  it('mark each figure in the original text', () => {
    for (const f of n.figures) expect($(`mark[id="nguyen-van-${f.id}"]`).text(), f.id).toContain(f.printed);
  });
});

describe('what the browser loads', () => {
  const htmlFiles = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));

  it('requests nothing from another origin', () => {
    for (const file of htmlFiles) {
      const html = readFileSync(join(distDir, file), 'utf8');
      const external = [...html.matchAll(/<(?:script|img|iframe)[^>]*\ssrc="(https?:)?\/\/|<link(?![^>]*rel="canonical")[^>]*\shref="(https?:)?\/\//g)];
      expect(external, file).toHaveLength(0);
    }
    const css = readdirSync(join(distDir, '_astro')).filter((f) => f.endsWith('.css'));
    for (const file of css.map((f) => join('_astro', f))) {
      expect(readFileSync(join(distDir, file), 'utf8'), file).not.toMatch(/url\((["']?)(https?:)?\/\//);
    }
  });

  it('ships chart code only to pages with a chart', () => {
    const withChart = htmlFiles.filter((f) => readFileSync(join(distDir, f), 'utf8').includes('data-tp-chart'));
    expect(withChart.length).toBeGreaterThan(0);
    // The chart bundles are the module scripts chart pages load; no other page loads them.
    const moduleSrcs = (html: string): string[] => [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
    const chartBundles = new Set(withChart.flatMap((f) => moduleSrcs(readFileSync(join(distDir, f), 'utf8'))));
    expect(chartBundles.size).toBeGreaterThan(0);
    for (const file of htmlFiles) {
      const loaded = moduleSrcs(readFileSync(join(distDir, file), 'utf8')).filter((src) => chartBundles.has(src));
      expect(loaded.length > 0, file).toBe(withChart.includes(file));
    }
  });
});
