/**
 * Status reports on the built site, as a reader gets them: the published content with the three
 * report fixtures of tests/fixtures/reports/ (shaped like real reports; never in content/), built
 * into a temporary folder under a public address. Expected words are the fixtures' own.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentCopy } from '../helpers/content-copy.ts';

const fixtures = ['2024-06-bc-trang-dinh', '2024-12-bc-so-tai-chinh', '2025-03-bc-chi-minh'];
let out = '';
let content = '';
const page = (path: string): cheerio.CheerioAPI => cheerio.load(readFileSync(join(out, path, 'index.html'), 'utf8'));
const text = (s: string): string => s.replace(/\s+/g, ' ').trim();

beforeAll(() => {
  content = contentCopy(fixtures.map((id) => ({ copy: `tests/fixtures/reports/${id}`, to: `reports/${id.slice(0, 4)}/${id}` })));
  out = mkdtempSync(join(tmpdir(), 'tp-reports-'));
  const build = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
    env: { ...process.env, SITE_URL: 'https://ketluan.langson.gov.vn/', TP_CONTENT_DIR: content, TP_SEARCH_INDEX: 'off' },
    encoding: 'utf8',
    maxBuffer: 1024 ** 3,
  });
  if (build.status !== 0) throw new Error(`astro build with the report fixtures failed:\n${build.stdout.slice(-3000)}\n${build.stderr.slice(-3000)}`);
}, 240_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
  if (content) rmSync(dirname(content), { recursive: true, force: true });
});

describe('a report page', () => {
  it('lists every report newest first, each cited by number, date and issuer', () => {
    expect(page('bao-cao').root().find('main li a[href^="/bao-cao/"]').map((_, a) => text(cheerio.load(a).text())).get()).toEqual([
      'Báo cáo số 18/BC-UBND ngày 10/3/2025 của UBND xã Chí Minh',
      'Báo cáo số 2150/BC-STC ngày 16/12/2024 của Sở Tài chính',
      'Báo cáo số 112/BC-UBND ngày 20/6/2024 của UBND huyện Tràng Định',
    ]);
  });

  it('says each item\'s status, since when, on which sentence, and marks each sentence in the original text', () => {
    const $ = page('bao-cao/2024-06-bc-trang-dinh');
    const rows = $('section[aria-labelledby="trang-thai"] tbody tr').map((_, tr) => [$(tr).find('th a').text(), $(tr).find('td').eq(0).text(), $(tr).find('td').eq(1).text()]).get();
    expect(rows).toEqual(['Nhiệm vụ 2.1 a)', 'Đang thực hiện', '20/6/2024', 'Nhiệm vụ 2.1 b)', 'Đang thực hiện', '20/6/2024', 'Nhiệm vụ 2.1 d)', 'Đang thực hiện', '20/6/2024', 'Kiến nghị 2', 'Đang thực hiện', '20/6/2024', 'Nhiệm vụ 2.2', 'Đang thực hiện', '20/6/2024']);
    expect($('.tp-source mark')).toHaveLength(5);
    expect(text($('.tp-source mark').first().text())).toBe('Đến nay, nhiệm vụ đang được triển khai thực hiện, tổng thu ngân sách nhà nước trên địa bàn đến 31/5/2024 đạt 28,150 tỷ đồng, bằng 56,8% dự toán tỉnh giao.');
    for (const href of $('section[aria-labelledby="trang-thai"] td a').map((_, a) => $(a).attr('href')).get()) expect($(`[id="${href.slice(1)}"]`), href).toHaveLength(1);
  });
});

describe('figures of a report', () => {
  it('Xã Chí Minh\'s report shows its 13/19 with the words and the line they come from', () => {
    const $ = page('bao-cao/2025-03-bc-chi-minh');
    expect(text($('#so-lieu').text())).toBe('Số liệu trong báo cáo (1)');
    const cells = $('section[aria-labelledby="so-lieu"] tbody td').map((_, td) => text($(td).text())).get();
    expect(cells).toEqual(['Xã Chí Minh', '13/19 tiêu chí', '31/12/2024', '“13/19” (dòng 27)']);
  });
});

describe('the statuses where the items are shown', () => {
  it('the notice lists its three reports and gives 2.2 its timeline of two reports', () => {
    const $ = page('thong-bao/2024-04-trang-dinh');
    expect(text($('#bao-cao').text())).toBe('Báo cáo kết quả thực hiện (3)');
    const timeline = $('[id="nhiem-vu-2.2"] .tp-timeline li');
    expect(timeline.map((_, li) => text($(li).find('.tp-timeline__when').text())).get()).toEqual(['Từ 20/6/2024:', 'Từ 10/3/2025:']);
    expect(text(timeline.eq(1).find('blockquote').text())).toMatch(/^“Năm 2024 xã đạt 13\/19 tiêu chí, chưa đạt chuẩn nông thôn mới theo kế hoạch/);
  });

  it('Sở Tài chính: kiến nghị 3 done from 28/11/2024, the day of its decision', () => {
    const $ = page('co-quan/so-tai-chinh');
    const entry = $('li.tp-track').filter((_, li) => $(li).find('h3').text().includes('Kiến nghị 3'));
    expect(text(entry.find('.tp-status').first().text())).toBe('Hoàn thành');
    expect(text(entry.find('.tp-timeline__when').text())).toBe('Từ 28/11/2024:');
  });

  it('the tracker counts by deadline: 2.2, due in 2024 and not done, overdue', () => {
    const $ = page('nhiem-vu');
    const counts = Object.fromEntries($('.tp-follow-up__table tr').map((_, tr) => [[text($(tr).find('th').text()), text($(tr).find('td').text())]]).get());
    expect(counts).toEqual({ 'Hoàn thành đúng hạn': '0', 'Hoàn thành quá hạn': '0', 'Đang thực hiện trong hạn': '0', 'Quá hạn': '1' });
  });
});

describe('alerts', () => {
  it('Xã Chí Minh gets its calendar and feed, linked from its page', () => {
    expect(existsSync(join(out, 'dia-phuong/06013-xa-chi-minh/han.ics'))).toBe(true);
    expect(existsSync(join(out, 'dia-phuong/06013-xa-chi-minh/rss.xml'))).toBe(true);
    const links = page('dia-phuong/06013-xa-chi-minh')('.tp-alert-links a').map((_, a) => cheerio.load(a)('a').attr('href')).get();
    expect(links).toEqual(['/dia-phuong/06013-xa-chi-minh/han.ics', '/dia-phuong/06013-xa-chi-minh/rss.xml']);
  });

  it('every feed names the site\'s stylesheets for browsers and gives its own address', () => {
    const feeds = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.xml') && !f.startsWith('sitemap')).sort();
    expect(feeds).toEqual(expect.arrayContaining(['rss.xml', 'nhiem-vu/qua-han.xml', 'dia-phuong/06013-xa-chi-minh/rss.xml', 'co-quan/so-tai-chinh/rss.xml']));
    for (const feed of feeds) {
      const xml = readFileSync(join(out, feed), 'utf8');
      // XSLT first (a page where the browser runs it), then CSS (where it no longer does).
      expect(xml.slice(0, 300), feed).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?><\?xml-stylesheet href="\/rss\.xsl" type="text\/xsl"\?><\?xml-stylesheet href="\/rss\.css" type="text\/css"\?><rss /);
      const $ = cheerio.load(xml, { xml: true });
      expect($('channel > language').text(), feed).toBe('vi');
      expect($('channel > atom\\:link[rel="self"]').attr('href'), feed).toBe(`https://ketluan.langson.gov.vn/${feed}`);
    }
    // The stylesheet is there, and so is every file its page loads (all on this site).
    const xsl = readFileSync(join(out, 'rss.xsl'), 'utf8');
    const loads = [...xsl.matchAll(/<link rel="(?:stylesheet|icon)" href="([^"]+)"/g)].map((m) => m[1]!);
    expect(loads).toHaveLength(3);
    for (const href of loads) expect(existsSync(join(out, href)), href).toBe(true);
    expect(xsl).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
    const css = readFileSync(join(out, 'rss.css'), 'utf8');
    const imported = [...css.matchAll(/@import url\("([^"]+)"\)/g)].map((m) => m[1]!);
    expect(imported).toHaveLength(1);
    expect(existsSync(join(out, imported[0]!))).toBe(true);
    expect(css).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });

  it('the feed of items newly overdue holds 2.2, dated 01/01/2025', () => {
    const $ = cheerio.load(readFileSync(join(out, 'nhiem-vu/qua-han.xml'), 'utf8'), { xml: true });
    expect($('item title').map((_, t) => $(t).text()).get()).toEqual(['Quá thời hạn: Nhiệm vụ 2.2 — Xây dựng nông thôn mới']);
    expect($('item pubDate').text()).toBe('Wed, 01 Jan 2025 00:00:00 GMT');
  });
});
