/**
 * The progress line of a long run (pages, open-data files, PDFs): at most one every 10 s, with
 * the count of the total, the rate and the time left. The clock is given, not read.
 */
import { describe, expect, it } from 'vitest';
import { duration, progressLine } from '../../src/site/progress-line.ts';

const clock = (): { now: () => number; at: (ms: number) => void } => {
  let t = 0;
  return { now: () => t, at: (ms) => (t = ms) };
};

describe('a progress line', () => {
  it('waits 10 s: nothing at 9,999 ms, a line at 10,000 ms, then nothing until 10 s later', () => {
    const lines: string[] = [];
    const c = clock();
    const report = progressLine('files', (l) => lines.push(l), 10_000, c.now);
    c.at(9_999);
    report(4_000, 50_000);
    expect(lines).toEqual([]);
    c.at(10_000);
    report(4_800, 50_000);
    expect(lines).toEqual(['4800/50000 files, 480 a second, about 1 min 34 s left']);
    c.at(19_999);
    report(9_000, 50_000);
    expect(lines).toHaveLength(1);
  });

  it('says nothing on the last item, gives count and rate alone while the total is unknown, and never more than the total', () => {
    const lines: string[] = [];
    const c = clock();
    const report = progressLine('pages', (l) => lines.push(l), 10_000, c.now);
    c.at(10_000);
    report(25, 0);
    c.at(20_000);
    report(8_011, 8_001);
    c.at(30_000);
    report(90, 100);
    expect(lines).toEqual(['25 pages, 2.5 a second', '90/100 pages, 3.0 a second, about 3 s left']);
  });

  it('writes minutes from 60 s on', () => {
    expect(duration(59.4)).toBe('59 s');
    expect(duration(59.6)).toBe('1 min 0 s');
    expect(duration(95)).toBe('1 min 35 s');
  });
});
