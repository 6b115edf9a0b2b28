/** Locality and notice pages link to their printable briefing (HTML and PDF); units without a notice do not. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/load/load-model.ts';
import { localityRecords } from '../../src/site/locality-records.ts';
import { briefingLocalityUrl, briefingNoticeUrl, pdfUrlOf } from '../../src/site/briefing.ts';
import { localityUrl, noticeUrl } from '../../src/site/urls.ts';
import { distDir, page } from '../helpers/dist-pages.ts';

const model = loadModel();
const records = localityRecords(model);

function printLinks(path: string): { pdf: string | undefined; html: string | undefined } {
  const $ = page(path);
  return {
    pdf: $('a:contains("Tải bản in PDF")').attr('href'),
    html: $('a:contains("Xem bản in")').attr('href'),
  };
}

describe('links to the printable briefings', () => {
  it('from every locality page with a notice, to a PDF and a briefing that exist', () => {
    const withNotice = [...records.values()].filter((r) => r.notices.length > 0);
    expect(withNotice.length).toBeGreaterThan(0);
    for (const r of withNotice) {
      const links = printLinks(localityUrl(r.locality));
      expect(links.html, r.locality.name).toBe(briefingLocalityUrl(r.locality));
      expect(links.pdf, r.locality.name).toBe(pdfUrlOf(briefingLocalityUrl(r.locality)));
      expect(existsSync(join(distDir, links.pdf!)), links.pdf).toBe(true);
      expect(existsSync(join(distDir, links.html!, 'index.html')), links.html).toBe(true);
    }
  });

  it('from every notice page', () => {
    for (const n of model.notices) {
      const links = printLinks(noticeUrl(n));
      expect(links.pdf).toBe(pdfUrlOf(briefingNoticeUrl(n)));
      expect(existsSync(join(distDir, links.pdf!))).toBe(true);
    }
  });

  it('from the province page, whose briefing sets the districts side by side', () => {
    const province = model.localities.find((l) => l.level === 'tinh')!;
    expect(printLinks(localityUrl(province)).pdf).toBe(pdfUrlOf(briefingLocalityUrl(province)));
  });

  it('not from a unit no notice concerns', () => {
    const quiet = [...records.values()].find((r) => r.locality.level === 'xa' && r.notices.length === 0)!;
    expect(printLinks(localityUrl(quiet.locality))).toEqual({ pdf: undefined, html: undefined });
  });

  it('the briefing of a notice prints its number as the notice does: blank stays blank', () => {
    const n = model.notices[0]!;
    const $ = page(briefingNoticeUrl(n));
    const source = $('.tp-briefing__source').text().replace(/\s+/g, ' ');
    expect(source).toContain(n.numberPrinted);
    expect(n.number).toBeNull();
    expect(source).not.toMatch(/Số: \d/);
  });
});

describe('briefing pages', () => {
  it('carry no script (they print the same with JavaScript off) and no Chart.js canvas', () => {
    for (const n of model.notices) {
      const $ = page(briefingNoticeUrl(n));
      expect($('script').length).toBe(0);
      expect($('canvas').length).toBe(0);
      expect($('svg.tp-chart__static').length).toBeGreaterThan(0);
    }
  });
});
