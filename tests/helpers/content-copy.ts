/**
 * Copies the project's real `content/` into a temporary folder and applies edits, so each
 * fault fixture is the published data with one deliberate break — no invented notice needed.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Replaces text in a file of content/, or (with `rename`) moves a file or folder. */
export type Edit =
  | {
      /** Path inside content/. */
      file: string;
      /** Text that must occur exactly once in the file. */
      find: string;
      replace: string;
    }
  | { rename: string; to: string };

/** Returns the path of the edited copy of content/. */
export function contentCopy(edits: readonly Edit[]): string {
  const root = mkdtempSync(join(tmpdir(), 'tp-content-'));
  const content = join(root, 'content');
  cpSync(resolve('content'), content, { recursive: true });
  for (const edit of edits) {
    if ('rename' in edit) {
      renameSync(join(content, edit.rename), join(content, edit.to));
      continue;
    }
    const path = join(content, edit.file);
    const text = readFileSync(path, 'utf8');
    const count = text.split(edit.find).length - 1;
    if (count !== 1) throw new Error(`Fixture edit of ${edit.file}: "${edit.find}" occurs ${count} times, expected once`);
    writeFileSync(path, text.replace(edit.find, edit.replace));
  }
  return content;
}
