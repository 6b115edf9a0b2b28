/**
 * One fixture per validation fault (tests/fixtures/faults/*.json): the published content with
 * one deliberate break, and the exact errors the build must print for it — all at once.
 * Regenerate the expected errors only on purpose: UPDATE_FIXTURES=1 npm test -- validation-faults
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentCopy, contentErrors, type Edit } from '../helpers/content-copy.ts';

interface Fault {
  description: string;
  edits: Edit[];
  errors: string[];
}

const dir = join(import.meta.dirname, '../fixtures/faults');
const faults = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ name: f.replace(/\.json$/, ''), path: join(dir, f), fault: JSON.parse(readFileSync(join(dir, f), 'utf8')) as Fault }));

function errorsFor(edits: readonly Edit[]): string[] {
  return contentErrors(contentCopy(edits));
}

describe('the published content', () => {
  it('is valid', () => {
    expect(errorsFor([])).toEqual([]);
  });
});

describe.each(faults)('fault $name', ({ path, fault }) => {
  it(`stops the build with the exact errors: ${fault.description}`, () => {
    const actual = errorsFor(fault.edits);
    if (process.env['UPDATE_FIXTURES']) writeFileSync(path, `${JSON.stringify({ ...fault, errors: actual }, null, 2)}\n`);
    expect(actual.length).toBeGreaterThan(0);
    expect(actual).toEqual(fault.errors);
  });
});
