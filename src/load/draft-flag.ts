/**
 * An imported draft (`npm run import`: `draft: true` and a `review:` list) is refused by the
 * build, a notice's and a status report's alike, and every other error of the file is still
 * listed, so the editor sees at once all that is left to fix.
 */
import type { ContentIssue } from './errors.ts';

/**
 * Pushes the draft error when `data` is marked `draft: true`, and returns it without its
 * `draft` and `review` keys, to be checked like a published file; other data is returned as is.
 */
export function refuseDraft(data: unknown, file: string, expected: string, issues: ContentIssue[]): unknown {
  if (data === null || typeof data !== 'object' || (data as { draft?: unknown }).draft !== true) return data;
  issues.push({ file, where: null, field: 'draft', found: 'true', expected });
  return Object.fromEntries(Object.entries(data).filter(([key]) => key !== 'draft' && key !== 'review'));
}
