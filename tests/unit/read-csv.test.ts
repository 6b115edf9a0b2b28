/**
 * Every CSV error names the line a person would open in an editor: the header is line 1,
 * whatever the line endings, blank lines or quoted cells that span lines.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { readCsv } from '../../src/load/read-csv.ts';

const schema = z.strictObject({ id: z.string(), note: z.string() });
const lines = (text: string) => readCsv(text, 'x.csv', schema).rows.map((r) => [r.data.id, r.line]);

describe('readCsv line numbers', () => {
  it.each([
    ['trailing newline', 'id,note\na,1\nb,2\n', [['a', 2], ['b', 3]]],
    ['no trailing newline', 'id,note\na,1\nb,2', [['a', 2], ['b', 3]]],
    ['CRLF endings', 'id,note\r\na,1\r\nb,2\r\n', [['a', 2], ['b', 3]]],
    ['a blank line between rows', 'id,note\na,1\n\nb,2\n', [['a', 2], ['b', 4]]],
    ['a quoted cell over two lines', 'id,note\na,"x\ny"\nb,2\n', [['a', 2], ['b', 4]]],
    ['a byte-order mark', '\uFEFFid,note\na,1\n', [['a', 2]]],
  ])('%s', (_name, text, expected) => {
    expect(lines(text)).toEqual(expected);
  });
});
