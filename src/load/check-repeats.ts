/**
 * Checks of the directives that repeat an earlier one (`repeats:`): the earlier notice exists
 * and is earlier, the item is one of its directives, and the words that say so are in this
 * notice's text. A repeat is what makes an item "stalled" on the tracker: it must be right.
 */
import { daySpan } from '../domain/unit-validity.ts';
import { findVerbatim } from '../domain/verbatim.ts';
import { parseIsoPartialDate } from '../domain/vi-date.ts';
import type { ContentIssue } from './errors.ts';
import type { RawNotice } from './read-content.ts';

export function checkRepeats(notices: readonly RawNotice[], issues: ContentIssue[]): void {
  const byId = new Map(notices.map((n) => [n.id, n]));
  for (const notice of notices) {
    const starts = daySpan(parseIsoPartialDate(notice.frontmatter.date)).first;
    for (const d of notice.frontmatter.directives) {
      d.repeats.forEach((r, i) => {
        const at = `directives[${d.id}].repeats[${i}]`;
        const issue = (field: string, found: string, expected: string): void => {
          issues.push({ file: notice.file, where: null, field: `${at}.${field}`, found, expected });
        };
        if (findVerbatim(notice.source, r.printed).length === 0) issue('printed', r.printed, `đoạn văn có nguyên văn trong ${notice.sourceFile} (không kể khoảng trắng): câu chữ cho biết nhiệm vụ được nhắc lại`);
        const earlier = byId.get(r.notice);
        if (!earlier) return issue('notice', r.notice, 'mã của một thông báo trong content/notices/ (tên thư mục của thông báo)');
        if (daySpan(parseIsoPartialDate(earlier.frontmatter.date)).last >= starts) {
          return issue('notice', r.notice, `một thông báo có ngày trước thông báo này (${notice.frontmatter.date}): ${r.notice} có ngày ${earlier.frontmatter.date}`);
        }
        if (!earlier.frontmatter.directives.some((x) => x.id === r.item)) {
          issue('item', r.item, `mã của một nhiệm vụ trong ${r.notice}: ${earlier.frontmatter.directives.map((x) => x.id).join(', ')}`);
        }
      });
    }
  }
}
