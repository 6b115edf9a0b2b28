/** Turns zod validation errors into content issues that name field, value found and expectation. */
import type { z } from 'astro/zod';
import type { ContentIssue } from './errors.ts';
import { showValue } from './errors.ts';

/** Renders a zod path readably: `directives[3].lead[0].agency`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** One issue per zod issue, with the offending value taken from the input. */
export function issuesFromZod(error: z.ZodError, file: string, where: string | null, input: unknown): ContentIssue[] {
  return error.issues.map((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    if (keys.length > 0) {
      return { file, where, field: formatPath(issue.path) || null, found: keys.join(', '), expected: 'only the documented fields (unknown field)' };
    }
    const found = valueAt(input, issue.path);
    return {
      file,
      where,
      field: formatPath(issue.path) || null,
      found: found === undefined ? '(missing)' : showValue(found),
      // zod says "Invalid option: expected one of …"; the issue format supplies its own "expected".
      expected: issue.message.replace(/^(Invalid [a-z ]+: )?expected /i, ''),
    };
  });
}
