/**
 * Copies the project's real `content/` into a temporary folder and applies edits, so each
 * fault fixture is the published data with one deliberate break — no invented notice needed.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ContentError, formatIssue } from '../../src/load/errors.ts';
import { loadModel } from '../../src/load/load-model.ts';

/** Replaces text in a file of content/, or (with `rename`) moves a file or folder. */
export type Edit =
  | {
      /** Path inside content/. */
      file: string;
      /** Text that must occur exactly once in the file. */
      find: string;
      replace: string;
    }
  | { rename: string; to: string }
  /** Deletes a file of content/. */
  | { remove: string }
  /** Copies a folder of the project (a fixture, e.g. tests/fixtures/reports/<id>) to a path inside content/. */
  | { copy: string; to: string }
  /** Writes the file's text in another encoding: UTF-16 with its byte order mark. */
  | { file: string; encode: 'utf-16le' }
  /** Replaces the file with these bytes (hex), e.g. text in a legacy encoding. */
  | { file: string; hex: string }
  /** Appends `text` `times` times (a file over its size limit). */
  | { file: string; append: string; times: number }
  /** Makes `file` a symbolic link to `symlinkTo` (the target as written in the link). */
  | { file: string; symlinkTo: string };

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
    if ('remove' in edit) {
      rmSync(join(content, edit.remove));
      continue;
    }
    if ('copy' in edit) {
      cpSync(resolve(edit.copy), join(content, edit.to), { recursive: true });
      continue;
    }
    const path = join(content, edit.file);
    if ('encode' in edit) {
      writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(path, 'utf8'), 'utf16le')]));
      continue;
    }
    if ('hex' in edit) {
      writeFileSync(path, Buffer.from(edit.hex, 'hex'));
      continue;
    }
    if ('append' in edit) {
      appendFileSync(path, edit.append.repeat(edit.times));
      continue;
    }
    if ('symlinkTo' in edit) {
      rmSync(path, { force: true });
      symlinkSync(edit.symlinkTo, path);
      continue;
    }
    const text = readFileSync(path, 'utf8');
    const count = text.split(edit.find).length - 1;
    if (count !== 1) throw new Error(`Fixture edit of ${edit.file}: "${edit.find}" occurs ${count} times, expected once`);
    writeFileSync(path, text.replace(edit.find, edit.replace));
  }
  return content;
}

/** The content errors of loading `contentDir`, one formatted line each as the build prints them (none if it loads). */
export function contentErrors(contentDir: string): string[] {
  try {
    loadModel(contentDir);
  } catch (e) {
    if (e instanceof ContentError) return e.issues.map(formatIssue);
    throw e;
  }
  return [];
}
