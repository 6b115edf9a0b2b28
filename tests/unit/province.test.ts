/**
 * The province is configuration (content/portal.yaml): the same code builds another province's
 * portal from its own content/. Here Cao Bằng (code 04), its units taken from the national
 * register by scripts/province-units.ts, with no notice yet. Names and counts are the register's.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/load/load-model.ts';
import { historySentences } from '../../src/site/locality-history.ts';
import { inSentence, vi } from '../../src/i18n/vi.ts';

/** A content/ of province `code`: the lists of this portal, the province's units, no issuer and no notice. */
function provinceContent(code: string): string {
  const content = join(mkdtempSync(join(tmpdir(), 'tp-province-')), 'content');
  mkdirSync(join(content, 'localities'), { recursive: true });
  mkdirSync(join(content, 'notices'));
  for (const file of ['agencies.csv', 'indicators.csv', 'ntm-criteria.csv', 'data-date.txt', 'gazetteer']) cpSync(join('content', file), join(content, file), { recursive: true });
  writeFileSync(join(content, 'localities/units.csv'), execFileSync(process.execPath, ['scripts/province-units.ts', code]));
  writeFileSync(join(content, 'localities/former-units.csv'), `${readFileSync('content/localities/former-units.csv', 'utf8').split('\n')[0]}\n`);
  // Its issuing bodies are its own, each with a source: none yet, with no notice.
  writeFileSync(join(content, 'issuers.csv'), `${readFileSync('content/issuers.csv', 'utf8').split('\n')[0]}\n`);
  writeFileSync(join(content, 'portal.yaml'), `province: "${code}"\nboundaries: null\nreform:\n  provinceUnchanged: true\n`);
  return content;
}

describe('a portal for another province', () => {
  const model = loadModel(provinceContent('04'));

  it('has that province at its root, with its units of the register and no map', () => {
    expect(model.province.name).toBe('Tỉnh Cao Bằng');
    expect(model.localities[0]).toBe(model.province);
    expect(model.localities.filter((l) => l.level === 'huyen')).toHaveLength(10);
    expect(model.localities.filter((l) => l.level === 'xa')).toHaveLength(161);
    expect(model.districtShapes).toEqual([]);
  });

  it('names its own People’s Committee, never Lạng Sơn', () => {
    expect(vi.siteOwner(model.province.name)).toBe('UBND tỉnh Cao Bằng');
    expect(vi.footer.dataSource(model.province.name, [])).toBe('Nguồn: các thông báo kết luận kiểm tra của UBND tỉnh Cao Bằng; danh mục đơn vị hành chính của Tổng cục Thống kê (01/3/2025).');
  });
});

describe('the province of this portal', () => {
  const model = loadModel();

  it('is Lạng Sơn, which kept its boundary in 2025', () => {
    expect(model.province.name).toBe('Tỉnh Lạng Sơn');
    expect(historySentences(model.province, model)).toEqual([
      'Từ 01/7/2025, tỉnh Lạng Sơn giữ nguyên địa giới; cấp huyện không còn và các đơn vị cấp xã được sắp xếp lại theo Nghị quyết 1672/NQ-UBTVQH15.',
    ]);
  });

  it('is named in a sentence with its type word in lower case', () => {
    expect(inSentence('Tỉnh Lạng Sơn')).toBe('tỉnh Lạng Sơn');
    expect(inSentence('Thành phố Hà Nội')).toBe('thành phố Hà Nội');
    expect(vi.siteOwner('Thành phố Hà Nội')).toBe('UBND thành phố Hà Nội');
  });
});

describe('synthetic notices for another province (benchmarks of a national edition)', () => {
  it('are generated over that province\'s units, with its committee, and pass every check', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tp-generate-')), 'content');
    execFileSync(process.execPath, ['scripts/generate-notices.ts', '--notices', '3', '--province', '04', '--out', out]);
    const model = loadModel(out);
    expect(model.province.name).toBe('Tỉnh Cao Bằng');
    expect(model.notices.map((n) => n.id.startsWith('tong-hop-'))).toEqual([true, true, true]);
    expect(model.notices.every((n) => n.issuer.name === 'Ủy ban nhân dân tỉnh Cao Bằng')).toBe(true);
    expect(model.notices.every((n) => n.inspected.every((l) => model.localities.includes(l) && l.ancestors.includes(model.province)))).toBe(true);
  });
});
