/**
 * Errors of the importer. They read like content errors (src/load/errors.ts): the file, the
 * line or field, the value found and what was expected, so an editor knows what to fix.
 */
import { formatIssue, type ContentIssue } from '../load/errors.ts';

/** Thrown when an input cannot be imported at all (wrong kind of file, legacy encoding). */
export class ImportError extends Error {
  readonly issue: ContentIssue;

  constructor(issue: ContentIssue) {
    super(formatIssue(issue));
    this.name = 'ImportError';
    this.issue = issue;
  }
}
