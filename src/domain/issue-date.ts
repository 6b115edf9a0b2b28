/**
 * What a notice's issue date rests on (issue 11, point 3). The frontmatter may say it
 * (`dateSource`); when it does not, a full date was printed in full and a partial one was left
 * blank in the document, as in the sample.
 */
import type { NoticeFrontmatter } from './schemas/notice.ts';
import type { PartialDate } from './vi-date.ts';

export type DateSource = NonNullable<NoticeFrontmatter['dateSource']>;

export function issueDateSource(date: PartialDate, stored: DateSource | undefined): DateSource {
  return stored ?? (date.day !== null && date.month !== null ? 'printed' : 'blank');
}
