/**
 * What a reader on a slow connection downloads: chart code only on pages that draw a chart,
 * and no script at all on pages with neither charts nor sortable tables.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasChart, pageScripts } from '../../scripts/lib/page-js.ts';
import { distDir } from '../helpers/dist-pages.ts';

const pages = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
  .filter((p) => p.endsWith('index.html'))
  .map((p) => `/${relative(distDir, join(distDir, p)).split(sep).slice(0, -1).join('/')}/`.replace(/\/+/g, '/'));

describe('JavaScript per page', () => {
  it('loads chart code on every page with a chart and on no other page', () => {
    const withChart = pages.filter((p) => hasChart(distDir, p));
    expect(withChart.length).toBeGreaterThan(0);
    for (const page of pages) {
      const chartCode = pageScripts(distDir, page).filter((s) => s.chart);
      expect(chartCode.length > 0, page).toBe(withChart.includes(page));
    }
  });

  it('ships no script to the home page and the section lists', () => {
    for (const page of ['/', '/dia-phuong/', '/thong-bao/', '/gioi-thieu/']) expect(pageScripts(distDir, page), page).toEqual([]);
  });
});
