/**
 * The printable briefings as a meeting gets them: the PDFs that `npm run build` wrote into
 * dist/ban-in/, read with PDF.js (tests/helpers/pdf.ts: pages, fonts, text, word boxes), and
 * the HTML briefings in a real browser (axe, nothing from another origin, no JavaScript needed).
 * The first page of each PDF is kept as a PNG in artifacts/briefings/ to look at.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localityRecords } from '../../src/site/locality-records.ts';
import { allBriefings, briefingLocalityUrl, briefingNoticeUrl } from '../../src/site/briefing.ts';
import { keyFigures } from '../../src/site/key-figures.ts';
import { artifactPath, launchBrowser, openPage } from '../helpers/browser.ts';
import { pdfFonts, pdfPages, pdfText as pdfTextOf, pdfToPng, pdfWords } from '../helpers/pdf.ts';
import { distDir } from '../helpers/dist-pages.ts';
import { sampleFigure } from '../helpers/sample-figures.ts';
import { model } from './page-types.ts';

const records = localityRecords(model);
const briefings = allBriefings(records, model.notices);
const pdfFile = (url: string): string => join(distDir, url);
/** Text of a PDF, white space collapsed (tables and columns break lines anywhere). */
const pdfText = async (url: string): Promise<string> => (await pdfTextOf(pdfFile(url))).replace(/\s+/g, ' ');

// A4 in PostScript points, and the margins of Nghị định 30/2020 the briefings use (mm → pt).
const mm = 72 / 25.4;
const a4 = { width: 210 * mm, height: 297 * mm };
const margin = { top: 20 * mm, right: 15 * mm, bottom: 20 * mm, left: 30 * mm };
/** Word boxes span the font's ascent and descent, a little beyond the line: half a millimetre. */
const tolerance = 1.5;

describe('every briefing has its PDF', () => {
  it('one per locality with a notice, one per notice, and the province', () => {
    const withNotice = [...records.values()].filter((r) => r.notices.length > 0);
    const province = model.localities.find((l) => l.level === 'tinh')!;
    expect(briefings.map((b) => b.url)).toEqual(expect.arrayContaining([
      ...withNotice.map((r) => briefingLocalityUrl(r.locality)),
      ...model.notices.map(briefingNoticeUrl),
      briefingLocalityUrl(province),
    ]));
    for (const b of briefings) expect(existsSync(pdfFile(b.pdf)), b.pdf).toBe(true);
  });
});

describe.each(briefings)('$pdf', ({ url, pdf, title }) => {
  it('is A4 portrait, one or two pages, of a sensible size', async () => {
    const { count: pages, sizes } = await pdfPages(pdfFile(pdf));
    const bytes = statSync(pdfFile(pdf)).size;
    console.log(`${pdf}: ${pages} trang, ${(bytes / 1024).toFixed(0)} KiB`);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    for (const { width, height } of sizes) {
      expect(width).toBeCloseTo(a4.width, 0);
      expect(height).toBeCloseTo(a4.height, 0);
    }
    // Fonts are subset and no text is drawn as outlines: a briefing of one or two pages is tens of
    // KiB (80–120 KiB with its charts), never the 500–800 KiB it was with haloed chart labels.
    expect(bytes).toBeGreaterThan(10 * 1024);
    expect(bytes).toBeLessThan(300 * 1024);
  });

  it('embeds its fonts (Noto Serif) and keeps the text selectable, diacritics intact', async () => {
    const fonts = await pdfFonts(pdfFile(pdf));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.some((f) => f.name.includes('NotoSerif-Regular'))).toBe(true);
    expect(fonts.some((f) => f.name.includes('NotoSerif-Bold'))).toBe(true);
    // Every font's program is in the PDF (a Type 3 font's glyphs always are).
    for (const font of fonts) expect(font.embedded, JSON.stringify(font)).toBe(true);
    // No text drawn as Type 3 outlines (what Chromium makes of stroked text): they made each
    // briefing six times larger and slower to print.
    expect(fonts.filter((f) => f.type3)).toEqual([]);
    const text = await pdfText(pdf);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('UBND TỈNH LẠNG SƠN');
    expect(text).toContain(title.normalize('NFC'));
  });

  it('puts nothing past the margins of Nghị định 30/2020 (the page number sits in the top margin)', async () => {
    const all = await pdfWords(pdfFile(pdf));
    expect(all.length).toBeGreaterThan(50);
    const outside = all.filter((w) => {
      const pageNumber = /^\d+$/.test(w.text) && w.yMax <= margin.top;
      const inside = w.xMin >= margin.left - tolerance && w.xMax <= a4.width - margin.right + tolerance && w.yMin >= margin.top - tolerance && w.yMax <= a4.height - margin.bottom + tolerance;
      return !inside && !pageNumber;
    });
    expect(outside.map((w) => `p${w.page} "${w.text}" x ${w.xMin.toFixed(1)}–${w.xMax.toFixed(1)} y ${w.yMin.toFixed(1)}–${w.yMax.toFixed(1)}`)).toEqual([]);
  });

  it('turns its first page into a PNG for people to look at', async () => {
    const name = url.replace(/^\/ban-in\//, '').replace(/\/$/, '').replace(/\//g, '--');
    const [png] = await pdfToPng(pdfFile(pdf), artifactPath('briefings', name), { dpi: 110, firstPage: 1, lastPage: 1 });
    expect(statSync(png!).size).toBeGreaterThan(20 * 1024);
  });
});

describe('figures in the PDFs read the vi-VN way, as the source document gives them', () => {
  const trangDinh = records.get('180')!;
  const chiMinh = records.get('06013')!;
  const notice = model.notices[0]!;

  it('Tràng Định: 17,42 tỷ đồng, 35,16%, 0,22% and every other headline figure', async () => {
    const text = await pdfText(`${briefingLocalityUrl(trangDinh.locality).replace(/\/$/, '')}.pdf`);
    const expected = trangDinh.keyFigures.map((f) => sampleFigure(f.key));
    expect(expected).toEqual(expect.arrayContaining(['17,42 tỷ đồng', '35,16%', '0,22%']));
    for (const value of expected) expect(text).toContain(value);
  });

  it('xã Chí Minh: 09/19 criteria met', async () => {
    const text = await pdfText(`${briefingLocalityUrl(chiMinh.locality).replace(/\/$/, '')}.pdf`);
    expect(chiMinh.keyFigures.map((f) => sampleFigure(f.key))).toEqual(['09/19 tiêu chí']);
    expect(text).toContain('09/19 tiêu chí');
  });

  it('the notice: its headline figures, its number and date exactly as printed (blank stays blank), its signer', async () => {
    const text = await pdfText(`${briefingNoticeUrl(notice).replace(/\/$/, '')}.pdf`);
    const units = [...new Set(notice.figures.map((f) => f.locality.id))];
    const expected = units.flatMap((id) => keyFigures(notice.figures.filter((f) => f.locality.id === id), model.indicators)).map((f) => sampleFigure(f.key));
    expect(expected).toEqual(expect.arrayContaining(['17,42 tỷ đồng', '35,16%', '09/19 tiêu chí']));
    for (const value of expected) expect(text).toContain(value);
    expect(text).toContain(notice.numberPrinted);
    expect(text).toContain(notice.datePrinted);
    expect(text).toContain('số và ngày để trống trong văn bản gốc');
    expect(text).toContain(notice.signature!.signer);
    for (const line of notice.signature!.chain) expect(text).toContain(line);
  });

  it('the province: every district-level unit side by side, Tràng Định with its rates', async () => {
    const province = model.localities.find((l) => l.level === 'tinh')!;
    const text = await pdfText(`${briefingLocalityUrl(province).replace(/\/$/, '')}.pdf`);
    for (const district of province.children) expect(text).toContain(district.name);
    for (const value of ['35,16%', '100,65%', '0,22%', '09/19']) expect(text).toContain(value);
  });
});

describe('the HTML briefings in a browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(briefings)('$url has no axe violations, loads nothing from another origin, is set in 13 pt serif', async ({ url, pdf }) => {
    const { context, page, foreignRequests } = await openPage(browser, url);
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(await page.locator('main h1').innerText()).toContain('BẢN TÓM TẮT KẾT LUẬN KIỂM TRA');
    expect(await page.locator(`a[href="${pdf}"]`).innerText()).toBe('Tải bản in PDF');
    // The body is set in Noto Serif at 13 pt, as Nghị định 30/2020 asks (13–14 pt).
    const body = await page.evaluate(() => ({ family: getComputedStyle(document.body).fontFamily, size: getComputedStyle(document.body).fontSize }));
    expect(body.family).toMatch(/^"?Noto Serif"?/);
    const points = Math.round(parseFloat(body.size) * 0.75 * 10) / 10;
    expect(points).toBeGreaterThanOrEqual(13);
    expect(points).toBeLessThanOrEqual(14);
    await context.close();
  });

  it('/ban-in/ lists every briefing with its PDF, without axe violations', async () => {
    const { context, page } = await openPage(browser, '/ban-in/');
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((v) => v.id)).toEqual([]);
    const pdfs = await page.locator('main a[download]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(pdfs).toEqual(briefings.map((b) => b.pdf));
    await context.close();
  });
});
