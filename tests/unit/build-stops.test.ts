/**
 * Invalid content must stop a build (non-zero exit) and print every error: through the Astro
 * integration that runs before rendering, and through `npm run validate`.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { contentValidation } from '../../src/integrations/content-validation.ts';
import { contentCopy } from '../helpers/content-copy.ts';

const broken = [
  { file: 'notices/2024/2024-04-trang-dinh/figures.csv', find: ',17420000000,', replace: ',17420,' },
  { file: 'notices/2024/2024-04-trang-dinh/figures.csv', find: 'tieu-chi-ntm-dat,06013,', replace: 'tieu-chi-ntm-dat,06014,' },
];
const thousandfold = 'figures.csv, dòng 3, trường "value": thấy "17420"; cần 17420000000, giá trị đọc từ số như in "17,420 tỷ đồng"';
const unknownCode = 'figures.csv, dòng 9, trường "locality": thấy "06014"; cần mã của một đơn vị hành chính có trong content/localities';

describe('the Astro integration', () => {
  it('throws before rendering and logs every error', () => {
    const logger = { info: vi.fn(), error: vi.fn() };
    const setup = contentValidation(contentCopy(broken)).hooks['astro:config:setup'] as unknown as (o: { logger: typeof logger }) => void;
    expect(() => setup({ logger })).toThrow('content/ có 2 lỗi (liệt kê ở trên); dừng build.');
    const logged = logger.error.mock.calls.map((c) => String(c[0])).join('\n');
    expect(logged).toContain(thousandfold);
    expect(logged).toContain(unknownCode);
  });

  it('ends `astro build` after the list of errors, with exit code 1 and no stack trace', () => {
    const logger = { info: vi.fn(), error: vi.fn() };
    const exit = vi.fn((code: number): never => {
      throw new Error(`exit ${code}`);
    });
    const setup = contentValidation(contentCopy(broken), exit).hooks['astro:config:setup'] as unknown as (o: { logger: typeof logger; command: string }) => void;
    expect(() => setup({ logger, command: 'build' })).toThrow('exit 1');
    expect(exit).toHaveBeenCalledWith(1);
    const logged = logger.error.mock.calls.map((c) => String(c[0]));
    expect(logged.at(-1)).toBe('content/ có 2 lỗi (liệt kê ở trên); dừng build.');
    expect(logged.join('\n')).toContain(thousandfold);
  });
});

describe('npm run validate', () => {
  it('exits 1 and prints every error for broken content', () => {
    const run = spawnSync(process.execPath, ['scripts/validate-content.ts', contentCopy(broken)], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('2 lỗi nội dung:');
    expect(run.stderr).toContain(thousandfold);
    expect(run.stderr).toContain(unknownCode);
  });

  it('exits 0 for the published content', () => {
    const run = spawnSync(process.execPath, ['scripts/validate-content.ts'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^content\/ hợp lệ: \d+ đơn vị hành chính, \d+ thông báo, \d+ số liệu, \d+ nhiệm vụ, \d+ kiến nghị\.$/mu);
  });
});
