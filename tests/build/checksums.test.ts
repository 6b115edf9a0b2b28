/**
 * Anyone can verify a copy of the published data: /du-lieu/sha256sums.txt lists the SHA-256
 * of every data file, every notice's original text and every briefing PDF, the open-data page
 * links it, and every hash is right. The PDFs carry the data date, not the time they printed.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicAddressOf } from '../../src/site/public-address.ts';
import { distDir, page } from '../helpers/dist-pages.ts';

const manifest = readFileSync(join(distDir, 'du-lieu/sha256sums.txt'), 'utf8');
const entries = manifest.trimEnd().split('\n').map((line) => {
  const m = /^([0-9a-f]{64}) {2}(\S.*)$/.exec(line);
  expect(m, line).not.toBeNull();
  return { hash: m?.[1] ?? '', path: m?.[2] ?? '' };
});
const under = (dir: string, ext: RegExp): string[] =>
  readdirSync(join(distDir, dir), { recursive: true, encoding: 'utf8' }).filter((p) => ext.test(p)).map((p) => `${dir}/${p}`);

describe('the SHA-256 manifest', () => {
  it('lists every data file, original text and PDF, each once', () => {
    const expected = [...under('du-lieu', /\.(csv|json)$/), ...under('du-lieu', /van-ban-goc\.txt$/), ...under('ban-in', /\.pdf$/)].sort();
    expect(expected).toContain('du-lieu/thong-bao/2024-04-trang-dinh/van-ban-goc.txt');
    expect(expected).toContain('du-lieu/datapackage.json');
    expect(entries.map((e) => e.path).sort()).toEqual(expected);
  });

  it('holds the right hash of every file', () => {
    for (const { hash, path } of entries) expect(createHash('sha256').update(readFileSync(join(distDir, path))).digest('hex'), path).toBe(hash);
  });

  it('is linked from the open-data page', () => {
    expect(page('/du-lieu/')('a[href="/du-lieu/sha256sums.txt"]').length).toBe(1);
  });
});

describe('the original text of a notice', () => {
  it('is published as it reads in content/, and linked from the open-data page', () => {
    const text = readFileSync(join(distDir, 'du-lieu/thong-bao/2024-04-trang-dinh/van-ban-goc.txt'), 'utf8');
    expect(text).toContain('tổng thu ngân sách nhà nước trên địa bàn đến 31/03/2024 thực hiện đạt 17,420 tỷ đồng');
    expect(page('/du-lieu/')('a[href="/du-lieu/thong-bao/2024-04-trang-dinh/van-ban-goc.txt"]').length).toBe(1);
  });
});

describe('every PDF', () => {
  it('is dated with the data date of content/data-date.txt (2026-12-01), not the moment it printed', () => {
    const pdfs = under('ban-in', /\.pdf$/);
    expect(pdfs.length).toBeGreaterThan(0);
    for (const pdf of pdfs) {
      const text = readFileSync(join(distDir, pdf)).toString('latin1');
      expect(text.match(/\/(CreationDate|ModDate) \(D:[^)]*\)/g), pdf).toEqual(["/CreationDate (D:20261201000000+00'00')", "/ModDate (D:20261201000000+00'00')"]);
    }
  });

  it('links to the public site (SITE_URL) only, never to the local address it was printed from; none without one', () => {
    const site = publicAddressOf(undefined);
    for (const pdf of under('ban-in', /\.pdf$/)) {
      const links = [...readFileSync(join(distDir, pdf)).toString('latin1').matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1] ?? '');
      if (site === null) expect(links, pdf).toEqual([]);
      else {
        expect(links.length, pdf).toBeGreaterThan(0);
        for (const link of links) expect(new URL(link).origin, `${pdf}: ${link}`).toBe(site.origin);
      }
    }
  });
});
