/**
 * Errors of the importer. They read like content errors (src/data/errors.ts): the file, the
 * line or field, the value found and what was expected, so an editor knows what to fix.
 */
import { formatIssue, type ContentIssue } from '../../data/errors.ts';

/** Thrown when an input cannot be imported at all (wrong kind of file, legacy encoding). */
export class ImportError extends Error {
  readonly issue: ContentIssue;

  constructor(issue: ContentIssue) {
    super(formatIssue(issue));
    this.name = 'ImportError';
    this.issue = issue;
  }
}
