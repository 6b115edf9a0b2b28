/**
 * Content errors: each names the file, the row or field, the value found and what was
 * expected. The loader collects all of them, then the build stops and prints them together.
 * They are read by the clerks who publish, in Vietnamese only: every part is written in
 * Vietnamese at its source (`where`: "dòng 3"; `expected`: what is needed, worded to follow
 * "cần"), and only file names, field paths, codes and values stay as they are.
 */

/** One problem in the content. `where` is a line ("dòng 3") or a place in a file ("đối tượng 2, thuộc tính code"). */
export interface ContentIssue {
  file: string;
  where: string | null;
  field: string | null;
  found: string | null;
  expected: string;
}

/** Formats one issue as a single line: `file, dòng 3, trường "value": thấy "17,420"; cần …`. */
export function formatIssue(issue: ContentIssue): string {
  const parts = [issue.file];
  if (issue.where) parts.push(issue.where);
  if (issue.field) parts.push(`trường "${showInvisible(issue.field)}"`);
  const found = issue.found === null ? '' : `thấy ${showInvisible(JSON.stringify(issue.found))}; `;
  return `${parts.join(', ')}: ${found}cần ${issue.expected}`;
}

/**
 * Characters a reader cannot see, or cannot tell from a space, shown by code point: a
 * zero-width space in "06013\u200B" is printed as "06013<U+200B>". Format and control
 * characters, non-breaking and other unusual spaces, line and paragraph separators, the
 * replacement character and unassigned or private-use code points.
 */
const INVISIBLE = /[\p{Cf}\p{Cc}\p{Co}\p{Cn}\p{Zl}\p{Zp}\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\uFFFD]/gu;

/** `text` with every invisible character written as `<U+XXXX>`. */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (c) => `<U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>`);
}

/** Thrown when content is invalid; the message lists every issue, one per line. */
export class ContentError extends Error {
  readonly issues: readonly ContentIssue[];

  constructor(issues: readonly ContentIssue[]) {
    const n = issues.length;
    super(`${n} lỗi nội dung:\n${issues.map((i) => `  - ${formatIssue(i)}`).join('\n')}`);
    this.name = 'ContentError';
    this.issues = issues;
  }
}

/** Shows any value compactly in an error message. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return '(không có)';
  return JSON.stringify(value) ?? String(value);
}
