/**
 * Nothing people keep may point at a development address: the briefing PDFs (their text and QR
 * code), the downloads, canonical and Open Graph tags. Without a public address (SITE_URL) the
 * build writes site-relative links only and briefings carry no QR code; with one, every
 * absolute link uses it (see src/site/public-address.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { publicAddressOf } from '../../src/site/public-address.ts';
import { pdfText } from '../helpers/pdf.ts';
import { distDir, page } from '../helpers/dist-pages.ts';

const site = publicAddressOf(undefined);
const development = /localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}
const textOf = async (file: string): Promise<string> => (file.endsWith('.pdf') ? pdfText(file) : readFileSync(file).toString('utf8'));

describe('no development address in any output of the build', () => {
  const outputs = files(distDir).filter((f) => /\.(html|xml|csv|json|txt|pdf|svg|webmanifest)$/.test(f));

  it('pages, feeds, downloads and PDFs never say localhost', async () => {
    expect(outputs.length).toBeGreaterThan(200);
    const offenders: string[] = [];
    for (const f of outputs) if (development.test(await textOf(f))) offenders.push(relative(distDir, f));
    expect(offenders).toEqual([]);
  });

  it('every url cell of the downloads is a page of this site, on its public address or site-relative', () => {
    const { data } = Papa.parse<Record<string, string>>(readFileSync(join(distDir, 'du-lieu', 'so-lieu-excel.csv'), 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(data.length).toBeGreaterThan(0);
    for (const row of data) {
      const url = row['url'] ?? row['Địa chỉ trên cổng'] ?? '';
      expect(url.startsWith(site ? site.href : '/thong-bao/'), url).toBe(true);
    }
  });

  it.runIf(site === null)('a briefing without a public address has no QR code and prints the page path', () => {
    const $ = page('/ban-in/dia-phuong/06013-xa-chi-minh/');
    expect($('.tp-briefing__qr').length).toBe(0);
    expect($('.tp-briefing__source').text().replace(/\s+/g, ' ')).toContain('Trực tuyến: trang /dia-phuong/06013-xa-chi-minh/ của Cổng công khai kết luận kiểm tra');
  });

  it.runIf(site !== null)('a briefing with a public address has a QR code to the live page on it', () => {
    const $ = page('/ban-in/dia-phuong/06013-xa-chi-minh/');
    expect($('.tp-briefing__qr svg').attr('aria-label')).toBe(`Mã QR dẫn tới ${site!.href}dia-phuong/06013-xa-chi-minh/`);
  });
});
