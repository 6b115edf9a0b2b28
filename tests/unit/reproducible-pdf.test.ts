/**
 * Two prints of the same briefing differ only in Chromium's DOM node numbers and the moment
 * of printing; reproduciblePdf makes them byte-identical. The fragments are those of a tagged
 * Chromium PDF (dist/ban-in/dia-phuong/06013-xa-chi-minh.pdf), with the ids of two prints.
 */
import { describe, expect, it } from 'vitest';
import { reproduciblePdf } from '../../scripts/lib/reproducible-pdf.ts';

const print = (first: string, second: string, stamp: string): Buffer =>
  Buffer.from(
    [
      '%PDF-1.4',
      '50 0 obj\n<</Type /StructElem\n/S /TH\n/ID (node' + first + ')>>\nendobj',
      '52 0 obj\n<</Type /StructElem\n/S /TH\n/ID (node' + second + ')>>\nendobj',
      // The name tree is sorted by the ids of that print.
      '138 0 obj\n<</Limits [(node' + [first, second].sort()[0] + ') (node' + [first, second].sort()[1] + ')]\n/Names [' +
        [[first, '50 0 R'], [second, '52 0 R']].sort(([a], [b]) => (a! < b! ? -1 : 1)).map(([k, r]) => `(node${k}) ${r}`).join(' ') + ']>>\nendobj',
      `<</CreationDate (D:${stamp}+00'00')\n/ModDate (D:${stamp}+00'00')>>`,
    ].join('\n'),
    'latin1',
  );
const dataDate = { year: 2026, month: 12, day: 1 };

describe('a briefing printed twice', () => {
  // The first print numbered the second header cell before the first; the second did not.
  const a = reproduciblePdf(print('00000004', '00000003', '20261201103245'), dataDate).toString('latin1');
  const b = reproduciblePdf(print('00000003', '00000004', '20261201104512'), dataDate).toString('latin1');

  it('gives the same bytes', () => {
    expect(a).toBe(b);
  });

  it('numbers the structure ids in document order and keeps the name tree sorted', () => {
    expect(a).toContain('50 0 obj\n<</Type /StructElem\n/S /TH\n/ID (node00000001)>>');
    expect(a).toContain('52 0 obj\n<</Type /StructElem\n/S /TH\n/ID (node00000002)>>');
    expect(a).toContain('/Limits [(node00000001) (node00000002)]\n/Names [(node00000001) 50 0 R (node00000002) 52 0 R]');
  });

  it('dates the file with the data date, not the moment of printing', () => {
    expect(a).toContain("/CreationDate (D:20261201000000+00'00')");
    expect(a).not.toContain('103245');
  });
});
