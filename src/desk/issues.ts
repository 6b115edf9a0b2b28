/**
 * Puts each error of a failed publication at its place in the review form: an error of
 * figures.csv at its row (by line), of notice.mdx or report.yaml at the item its field path
 * names (`directives[3].topic`, `entries[0].item`, `findings[2].text`); what has no item
 * (the head, another file of content/) is shown at the top with its file.
 */
import type { ContentIssue } from '../load/errors.ts';
import type { DeskDocument } from './documents.ts';
import { pathSteps } from './items.ts';

export interface PlacedIssues {
  /** Issues by item key. */
  byItem: Map<string, ContentIssue[]>;
  /** Issues about the whole document or another file. */
  general: ContentIssue[];
}

const LISTS: Record<string, string> = { findings: 'finding', directives: 'directive', proposals: 'proposal', entries: 'entry' };

function keyOf(issue: ContentIssue, doc: DeskDocument): string | null {
  const file = issue.file.replace(/\\/g, '/');
  if (file.endsWith('/figures.csv')) {
    const line = /^dòng (\d+)/u.exec(issue.where ?? '')?.[1];
    if (line === undefined) return null;
    const row = doc.figures[Number(line) - 2];
    return row ? `figure:${row['id'] ?? Number(line) - 2}` : null;
  }
  if (!file.endsWith('/notice.mdx') && !file.endsWith('/report.yaml')) return null;
  const path = issue.field ?? issue.where ?? '';
  const [list, at] = pathSteps(path);
  if (path === 'date' || path === 'datePrinted') return 'date';
  const kind = typeof list === 'string' ? LISTS[list] : undefined;
  if (kind === undefined || at === undefined) return null;
  const items = doc.data[list as string];
  if (kind === 'finding' || kind === 'entry') return `${kind}:${at}`;
  // A directive or proposal is named by its index (zod) or its id (the checks: directives[2.1-a]).
  const byIndex = typeof at === 'number' && Array.isArray(items) ? (items[at] as Record<string, unknown> | undefined)?.['id'] : undefined;
  const bracket = /^[a-z]+\[([^\]]+)\]/u.exec(path)?.[1];
  return `${kind}:${String(byIndex ?? bracket ?? at)}`;
}

/** Each issue at its item, or among the general ones. */
export function placeIssues(issues: readonly ContentIssue[], doc: DeskDocument, draftFolder: string): PlacedIssues {
  const byItem = new Map<string, ContentIssue[]>();
  const general: ContentIssue[] = [];
  for (const issue of issues) {
    const ours = issue.file.replace(/\\/g, '/').includes(`/${draftFolder}/`);
    const key = ours ? keyOf(issue, doc) : null;
    if (key === null) general.push(issue);
    else byItem.set(key, [...(byItem.get(key) ?? []), issue]);
  }
  return { byItem, general };
}
